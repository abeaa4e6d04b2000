// Shared helpers of the browser tests: logging in through the login page, an API client with
// a bearer session for setup that a scenario is not about, screenshots at desktop and phone
// width with the accessibility checks (accessible names, axe-core's WCAG 2.1 A/AA rules, no
// sideways scroll at 360 px).
import { expect, request as playwrightRequest } from '@playwright/test';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PASSWORD = 'motcua-demo';
export const BASE = process.env.MOTCUA_E2E_URL ?? 'http://127.0.0.1:8080';
const OUT = process.env.MOTCUA_E2E_OUT ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../test-output/e2e');
export const SHOTS = path.join(OUT, 'screenshots');
export const TESTDATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../testdata/files');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 780 };

/** Logs in through the login page (user name or personal number) and waits for the user box. */
export async function loginUi(page, username, fullName) {
  await page.goto('/dang-nhap');
  await expect(page.getByRole('heading', { level: 1, name: 'Đăng nhập' })).toBeVisible();
  await page.getByLabel('Số định danh cá nhân hoặc tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(fullName);
}

/** Logs out through the header. */
export async function logoutUi(page) {
  await page.getByTestId('logout').click();
  await expect(page.getByTestId('login-link')).toBeVisible();
}

/**
 * An API client logged in as `username` (bearer token), for setup only. Its methods return the
 * parsed JSON and fail the test with the server's message on an unexpected status.
 */
export async function apiAs(username) {
  const anon = await playwrightRequest.newContext({ baseURL: BASE });
  const res = await anon.post('/api/v1/auth/login', { data: { username, password: PASSWORD } });
  expect(res.status(), `login ${username}: ${await res.text()}`).toBe(200);
  const { token } = await res.json();
  await anon.dispose();
  const ctx = await playwrightRequest.newContext({ baseURL: BASE, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const call = async (method, url, options = {}, expected = [200, 201]) => {
    const r = await ctx.fetch(`/api/v1${url}`, { method, ...options });
    const text = await r.text();
    expect(expected, `${method} ${url} as ${username} → ${r.status()}: ${text.slice(0, 500)}`).toContain(r.status());
    const type = r.headers()['content-type'] ?? '';
    return type.includes('json') ? JSON.parse(text) : text;
  };
  return {
    token,
    ctx,
    get: (url, expected) => call('GET', url, {}, expected),
    post: (url, data, expected) => call('POST', url, { data }, expected),
    put: (url, data, headers, expected) => call('PUT', url, { data, headers }, expected),
    upload: (url, file, fields = {}) =>
      call('POST', url, {
        multipart: { ...fields, file: { name: path.basename(file), mimeType: mimeOf(file), buffer: fs.readFileSync(file) } },
      }),
    dispose: () => ctx.dispose(),
  };
}

function mimeOf(file) {
  if (file.endsWith('.png')) return 'image/png';
  if (file.endsWith('.jpg')) return 'image/jpeg';
  if (file.endsWith('.pdf')) return 'application/pdf';
  return 'application/octet-stream';
}

/** Every visible form control without an accessible name (label, aria-label(ledby), title). */
export async function unnamedControls(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('input, select, textarea')) {
      if (el.type === 'hidden') continue;
      const style = getComputedStyle(el);
      const hiddenFile = el.type === 'file'; // visually hidden behind its <label> button
      if (!hiddenFile && (style.display === 'none' || style.visibility === 'hidden' || el.closest('[hidden]'))) continue;
      const named =
        (el.labels && [...el.labels].some((l) => l.textContent.trim())) ||
        el.getAttribute('aria-label')?.trim() ||
        (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).some((id) => document.getElementById(id)?.textContent.trim()) ||
        el.getAttribute('title')?.trim();
      if (!named) out.push(el.outerHTML.slice(0, 160));
    }
    return out;
  });
}

// Passing toasts would cover the page in the screenshots.
const HIDE_TOASTS = '.toast, [data-testid^="toast-"] { visibility: hidden !important; }';

/**
 * Screenshots of the page at desktop (1280×800) and phone (360×780) width, and the cheap
 * accessibility checks: every control has an accessible name, nothing scrolls sideways on the
 * phone. `ready` waits for what must be on screen after the resize.
 */
export async function capture(page, name, ready) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const before = page.viewportSize();
  const unnamed = await unnamedControls(page);
  expect.soft(unnamed, `${name}: form controls without an accessible name`).toEqual([]);
  expect.soft(await accessibilityProblems(page), `${name}: WCAG 2.1 A/AA problems (axe-core)`).toEqual([]);
  await page.setViewportSize(DESKTOP);
  if (ready) await ready();
  await page.screenshot({ path: path.join(SHOTS, `${name}-desktop.png`), fullPage: true, style: HIDE_TOASTS });
  await page.setViewportSize(PHONE);
  if (ready) await ready();
  // Let the layout settle after the resize (media queries, wrapping).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, `${name}: page is ${width}px wide at 360px (scrolls sideways)`).toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: path.join(SHOTS, `${name}-phone.png`), fullPage: true, style: HIDE_TOASTS });
  if (before) await page.setViewportSize(before);
}

const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What axe-core finds against WCAG 2.1 A and AA on the page as it stands (contrast, labels,
 * names, landmarks, language...), serious and critical only, as "rule: element" lines. The
 * drawing canvases of bpmn-js and ECharts are third-party SVG/canvas and are left out.
 */
export async function accessibilityProblems(page) {
  // Evaluated through the DevTools protocol: the server's Content-Security-Policy forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  return page.evaluate(async () => {
    const result = await window.axe.run(
      { exclude: [['.djs-container'], ['[data-testid="leader-chart"]'], ['canvas']] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n')[1]?.trim() ?? v.help})`));
  });
}

/** Checks that a response body is a PDF (magic bytes). */
export function expectPdf(buffer, what) {
  expect(buffer.subarray(0, 5).toString('latin1'), `${what} is a PDF`).toBe('%PDF-');
}

/**
 * Starts recording what the upload progress bars say (`upload-progress-<component>`): a bar is
 * redrawn away once its upload is listed, so a test reads the record instead of the screen.
 */
export async function watchUploadProgress(page) {
  await page.evaluate(() => {
    const seen = (window.__motcuaProgress = []);
    const note = () =>
      document.querySelectorAll('[data-testid^="upload-progress-"]').forEach((el) => {
        const text = `${el.getAttribute('data-testid')}: ${el.textContent}`;
        if (!seen.includes(text)) seen.push(text);
      });
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** What the progress bars said since watchUploadProgress. */
export function uploadProgressSeen(page) {
  return page.evaluate(() => window.__motcuaProgress ?? []);
}
