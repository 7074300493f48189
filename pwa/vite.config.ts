import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { backgroundImports } from './build/background'
import { catalogs } from './build/catalogs'
import { precompress } from './build/precompress'
import { preloadHome } from './build/preload-home'
import { zodJitless } from './build/zod-jitless'

/** Brand colour: the icons (scripts/make-icons.mjs), the manifest and index.html use the same one. */
const BRAND = '#1d4e89'

/** The API server in development (`sync-server` listens here). Production serves both on one origin. */
const API = { '/api': { target: 'http://127.0.0.1:8787', changeOrigin: false } }

/**
 * The face check's models (outreach/photo/face-detect.ts) come from the @vladmandic/face-api package
 * itself: the tiny face detector and the tiny 68-point landmark model with their weight manifests,
 * about 270 KB. They are served from the app's own origin under /models/face/, in development by a
 * middleware and in the build as emitted files, never fetched from anywhere else at run time.
 */
const FACE_MODEL_FILES = [
  'tiny_face_detector_model-weights_manifest.json',
  'tiny_face_detector_model.bin',
  'face_landmark_68_tiny_model-weights_manifest.json',
  'face_landmark_68_tiny_model.bin',
]
function faceModels(): Plugin {
  const require = createRequire(import.meta.url)
  const dir = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'model')
  const read = (file: string) => readFileSync(join(dir, file))
  return {
    name: 'madoguchi-face-models',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = req.url?.match(/^\/models\/face\/([\w.-]+)$/)?.[1]
        if (!file || !FACE_MODEL_FILES.includes(file)) return next()
        res.setHeader(
          'Content-Type',
          file.endsWith('.json') ? 'application/json' : 'application/octet-stream',
        )
        res.end(read(file))
      })
    },
    generateBundle() {
      for (const file of FACE_MODEL_FILES) {
        this.emitFile({ type: 'asset', fileName: `models/face/${file}`, source: read(file) })
      }
    },
  }
}

const background = backgroundImports()

export default defineConfig({
  plugins: [
    react(),
    catalogs(),
    preloadHome(),
    background.plugin,
    zodJitless(),
    faceModels(),
    VitePWA({
      // We show our own "new version" banner (src/app/UpdatePrompt.tsx) and register the service
      // worker ourselves with workbox-window, so the plugin injects nothing into the page.
      registerType: 'prompt',
      injectRegister: false,
      strategies: 'generateSW',
      filename: 'sw.js',
      manifestFilename: 'manifest.webmanifest',
      // globPatterns below already picks up everything in public/; listing it again would only
      // duplicate precache entries.
      includeManifestIcons: false,
      workbox: {
        // The face models (models/face/*.json, *.bin) are precached too: the face check must work at a
        // site with no network, and they are only ~270 KB. The face-api chunk is the largest file.
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}', 'models/face/*.{json,bin}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The API is never answered from a cache: bookings need the server, and offline writes go
        // through the outbox in IndexedDB, not through the service worker.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
      manifest: {
        id: '/',
        name: 'madoguchi 窓口',
        short_name: '窓口',
        description: '恵庭市 マイナンバーカード 相談・予約窓口',
        lang: 'ja',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        theme_color: BRAND,
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
    precompress(),
  ],
  server: { host: '127.0.0.1', port: 5173, proxy: API },
  preview: { host: '127.0.0.1', port: 4173, proxy: API },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { resolveDependencies: background.resolveDependencies },
  },
})
