import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

const clientRoot = fileURLToPath(new URL('.', import.meta.url))

/** Third-party code split by how often it changes, so an app release does not re-download the map engines. */
const VENDOR_GROUPS = [
  // Vite's helper for dynamic imports, in a chunk of its own: left alone it lands in whichever group uses it
  // first (deck.gl's), and the page would download deck.gl up front just for it.
  { name: 'preload-helper', test: /vite[\\/]preload-helper/ },
  { name: 'vendor-maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ },
  { name: 'vendor-deck', test: /node_modules[\\/]@(deck\.gl|luma\.gl|loaders\.gl|math\.gl|probe\.gl)[\\/]/ },
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/ },
]

/**
 * Writes a gzip twin (`name.js.gz`) of every text asset, which the server sends as is: compressing a megabyte
 * of map engine on each request cost the first page load about a second here (server/http/static-client.ts).
 */
function precompress(): Plugin {
  return {
    name: 'lacunes-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const dir = options.dir ?? join(clientRoot, 'dist')
      for (const name of Object.keys(bundle)) {
        if (!/\.(m?js|css|svg|json)$/.test(name)) continue
        const path = join(dir, name)
        writeFileSync(`${path}.gz`, gzipSync(readFileSync(path), { level: 9 }))
      }
    },
  }
}

export default defineConfig({
  root: clientRoot,
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The map engines are big on their own; warn only beyond what maplibre alone weighs.
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: VENDOR_GROUPS },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
})
