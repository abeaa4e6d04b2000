// Playwright for motcua's browser tests: Debian's Chromium (never a downloaded browser), one
// worker (the machine has 2 cores and the server runs beside), output under test-output/e2e/.
// run.sh starts the server and sets MOTCUA_E2E_URL; Playwright gives every launch a fresh,
// empty user-data directory.
import { defineConfig } from '@playwright/test';
import path from 'node:path';

const out = process.env.MOTCUA_E2E_OUT ?? path.resolve('../../test-output/e2e');

export default defineConfig({
  testDir: './specs',
  outputDir: path.join(out, 'results'),
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.MOTCUA_E2E_URL ?? 'http://127.0.0.1:8080',
    browserName: 'chromium',
    headless: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.MOTCUA_E2E_CHROMIUM ?? '/usr/bin/chromium',
      // The machine's network is closed: without these Chromium stalls on its own connections.
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
