import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// Resolved from this file's URL so it works whether Vite loads the config as ESM or CommonJS.
const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/**
 * The API resolves the tenant from the Host header, so the proxy must pass it through unchanged
 * (`changeOrigin: false`). In dev, open http://aarhus.localhost:4200 (not http://localhost:4200):
 * the API then sees `aarhus.localhost:4200`, ignores the port and serves Aarhus Kommune.
 */
const api: ProxyOptions = { target: 'http://localhost:3000', changeOrigin: false };

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  // The one lib the client shares with the API: the theme's colour maths.
  resolve: {
    alias: {
      '@socialkompas/theme': fileURLToPath(new URL('../../libs/theme/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir,
    emptyOutDir: true,
  },
  server: {
    port: 4200,
    strictPort: true,
    proxy: {
      '/api': api,
      '/health': api,
      '/auth': api,
      '/was': api,
      '/logo': api,
      '/offer-actions': api,
      '/manifest.webmanifest': api,
    },
  },
});
