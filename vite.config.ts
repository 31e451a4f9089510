import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The app (dist/app) and its service worker. vite-plugin-pwa builds src/sw.ts with the list
 * of every emitted file injected (injectManifest), writes the web manifest and links it from
 * index.html. The page registers the worker itself (src/lib/pwa/updates.svelte.ts), so
 * index.html gets no inline script and the Content-Security-Policy stays strict.
 */
export default defineConfig({
  plugins: [
    svelte(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg'],
      injectManifest: {
        // Everything the page can load, the explain worker's chunk included.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        rollupFormat: 'iife',
      },
      manifest: {
        id: '/',
        name: 'Bounce Explainer',
        short_name: 'Bounces',
        description:
          'Paste a bounced email and get a plain explanation: what failed, why, who must act and what to do. Runs entirely on your device, also offline.',
        lang: 'en',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b5cad',
        background_color: '#f3f5f8',
        categories: ['productivity', 'utilities', 'developer'],
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
        // Installed, the app shows in the system share sheet: shared text or a .eml lands in the box.
        share_target: {
          action: '/share-target',
          method: 'POST',
          enctype: 'multipart/form-data',
          params: {
            title: 'title',
            text: 'text',
            url: 'url',
            files: [{ name: 'file', accept: ['message/rfc822', '.eml', 'text/plain', '.txt'] }],
          },
        },
        // Installed, the app can open .eml files (Chromium's file handling, read through launchQueue).
        file_handlers: [{ action: '/', accept: { 'message/rfc822': ['.eml'], 'text/plain': ['.txt'] } }],
      },
    }),
  ],
  build: {
    outDir: 'dist/app',
    target: 'es2022',
  },
  worker: {
    format: 'es',
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Set-up hooks that run the engine over the whole corpus (accuracy, corpus-wide checks) take
    // seconds on a quiet machine and can pass vitest's 10 s default on a busy one.
    hookTimeout: 120_000,
    expect: { requireAssertions: true },
  },
});
