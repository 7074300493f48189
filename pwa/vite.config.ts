import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { precompress } from './build/precompress'

/** Brand colour: the icons (scripts/make-icons.mjs), the manifest and index.html use the same one. */
const BRAND = '#1d4e89'

/** The API server in development (`sync-server` listens here). Production serves both on one origin. */
const API = { '/api': { target: 'http://127.0.0.1:8787', changeOrigin: false } }

export default defineConfig({
  plugins: [
    react(),
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
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
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
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
})
