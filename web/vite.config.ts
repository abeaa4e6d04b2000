// Vite builds the single-page application into dist/, which the C++ server serves
// (src/app/web_routes.cc). `npm run dev` proxies the API to a local `motcua serve`.
import { defineConfig } from 'vitest/config';

declare const process: { env: Record<string, string | undefined> };
const api = process.env.MOTCUA_URL ?? 'http://127.0.0.1:8080';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Budget (docs/web-bundle-budget.md): the entry chunk stays small; bpmn-js and ECharts
    // come as their own lazily loaded chunks (a few hundred kB each), hence the high limit.
    chunkSizeWarningLimit: 600,
    modulePreload: { polyfill: false },
  },
  server: {
    proxy: { '/api': api, '/pay': api, '/verify': api, '/healthz': api },
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
