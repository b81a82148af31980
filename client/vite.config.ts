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
  // Not the worker's URL (a one-line module the first-view entry needs): it would make that entry wait for the engine.
  { name: 'vendor-maplibre', test: /node_modules[\\/]maplibre-gl[\\/](?!.*\?url$)/ },
  { name: 'vendor-deck', test: /node_modules[\\/]@(deck\.gl|luma\.gl|loaders\.gl|math\.gl|probe\.gl)[\\/]/ },
  { name: 'vendor-react', test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]/ },
  // The first-view entry and everything it runs, in one file: left to the bundler, the modules it shares with the
  // app made a chain of three small files, each waiting for a free connection behind the map engine's download.
  { name: 'first-view', test: /client[\\/]src[\\/](first-view|api[\\/](prefetch|client)|state[\\/]view-state|period[\\/]default-period|i18n[\\/]language|map[\\/]worker-url)\.ts$|maplibre-gl-worker\.mjs\?url$|core[\\/]domain[\\/]/ },
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

/**
 * Builds src/first-view.ts as an entry of its own and puts its script first in index.html: it starts the first
 * view's API requests (territories of the level in the URL, metrics of the default period) as soon as it arrives,
 * instead of after the map engine and React have been downloaded, compiled and run.
 */
function firstViewScript(): Plugin {
  const entry = join(clientRoot, 'src/first-view.ts')
  return {
    name: 'lacunes-first-view',
    apply: 'build',
    buildStart() {
      // No signature to keep: the app may import the shared modules from this chunk, without an extra facade file.
      this.emitFile({ type: 'chunk', id: entry, name: 'first-view', preserveSignature: false })
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        // The file that holds the entry's code (its 'first-view' group, see VENDOR_GROUPS), not the entry's own file,
        // which only imports that one: one request instead of two in a row.
        const chunk = Object.values(bundle ?? {}).find((output) => output.type === 'chunk' && output.moduleIds.includes(entry))
        if (!chunk || chunk.type !== 'chunk') throw new Error('the first-view entry is missing from the bundle')
        // An import (a module that went to another group) would make it wait for that file, maybe the map engine.
        if (chunk.imports.length > 0) throw new Error(`the first-view script must stand alone, it imports ${chunk.imports.join(', ')}`)
        // Async: it runs as soon as it has arrived, without waiting for the document or the app's scripts.
        return [{ tag: 'script', attrs: { type: 'module', async: true, fetchpriority: 'high', crossorigin: true, src: `/${chunk.fileName}` }, injectTo: 'head-prepend' }]
      },
    },
  }
}

export default defineConfig({
  root: clientRoot,
  plugins: [react(), precompress(), firstViewScript()],
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
