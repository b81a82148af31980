// The interface font, bundled: served by the app itself, never fetched from a font CDN.
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import './styles.css'
// Starts the first view's requests (in a build, its own entry script has already done so).
import './first-view'
// The map engine's worker, started before the page's own modules run and React renders.
import './map/maplibre-worker'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { startUrlSync } from './state/url-sync'

startUrlSync()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
