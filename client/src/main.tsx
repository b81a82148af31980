// The interface font, bundled: served by the app itself, never fetched from a font CDN.
import '@fontsource/inter/400.css'
import '@fontsource/inter/600.css'
import '@fontsource/inter/700.css'
import './styles.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { metricsUrl } from './api/client'
import { prefetchFirstView } from './api/prefetch'
import { selectView, useViewStore } from './state/store'
import { startUrlSync } from './state/url-sync'

startUrlSync()
const view = selectView(useViewStore.getState())
prefetchFirstView(view, (period) => metricsUrl({ level: view.level, category: view.category, ...period, outcome: view.outcome, channel: view.channel }))

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
