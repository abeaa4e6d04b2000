// Scenario 3 (issue 5 item 7): an administrator edits a procedure's process map in bpmn-js —
// renames a step on the canvas and changes its time allowance in the properties form — saves it,
// and the API serves the new version with those changes.
import { test, expect } from '@playwright/test';
import { apiAs, capture, loginUi } from '../support.js';

const PROCEDURE = '1.000656'; // Đăng ký khai tử: used by no other scenario
const STEP = 'Task_appraise';
const NEW_NAME = 'Thẩm định hồ sơ khai tử';

test('admin: a process map edited in bpmn-js and saved, the saved XML read back through the API', async ({ page }) => {
  const editorPath = `/quan-tri/quy-trinh/${PROCEDURE}`;

  const anon = await apiAs('quantri');
  const before = await anon.ctx.get(`/api/v1/procedures/${PROCEDURE}/process`);
  const version = Number(before.headers()['x-process-version']);
  expect(version).toBeGreaterThanOrEqual(1);

  await test.step('the administrator opens the map of the procedure', async () => {
    await loginUi(page, 'quantri', 'Vũ Hoàng Nam');
    await page.goto(editorPath);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Bản đồ quy trình: Đăng ký khai tử');
    await expect(page.getByTestId('bpmn-modeler')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator(`.djs-element[data-element-id="${STEP}"]`)).toBeVisible();
    await capture(page, 'admin-process-map', () => expect(page.locator(`.djs-element[data-element-id="${STEP}"]`)).toBeAttached());
  });

  await test.step('the step is renamed on the canvas (bpmn-js direct editing)', async () => {
    const shape = page.locator(`.djs-element.djs-shape[data-element-id="${STEP}"]`);
    await shape.dblclick();
    const label = page.locator('.djs-direct-editing-parent');
    await expect(label).toBeVisible();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(NEW_NAME);
    // Clicking the empty canvas ends the editing.
    await page.locator('.djs-container svg').first().click({ position: { x: 10, y: 10 } });
    await expect(label).toBeHidden();
    await expect(shape).toContainText('khai tử');
  });

  await test.step('its allowance is changed in the properties form', async () => {
    await page.locator(`.djs-element.djs-shape[data-element-id="${STEP}"]`).click();
    await expect(page.getByTestId('prop-id')).toContainText(STEP);
    await expect(page.getByLabel('Tên', { exact: true })).toHaveValue(NEW_NAME);
    // A malformed allowance is refused in words before anything is sent.
    await page.getByLabel('Thời hạn của bước').fill('3 ngày');
    await page.getByTestId('prop-apply').click();
    await expect(page.getByTestId('bpmn-props').locator('.field-error:visible')).not.toHaveText('');
    await page.getByLabel('Thời hạn của bước').fill('P2D');
    await page.getByTestId('prop-apply').click();
    await capture(page, 'admin-process-props');
  });

  await test.step('saved: a new version', async () => {
    await page.getByTestId('bpmn-save').click();
    await expect(page.getByTestId('bpmn-saved')).toContainText(`Đã lưu phiên bản ${version + 1} của bản đồ quy trình`);
  });

  await test.step('the API serves the saved XML with both changes', async () => {
    const res = await anon.ctx.get(`/api/v1/procedures/${PROCEDURE}/process`);
    expect(res.status()).toBe(200);
    expect(res.headers()['x-process-version']).toBe(String(version + 1));
    const xml = await res.text();
    const task = new RegExp(`<bpmn:userTask[^>]*id="${STEP}"[^>]*>`).exec(xml)?.[0] ?? '';
    expect(task, 'the edited step in the saved XML').not.toBe('');
    expect(task).toContain(`name="${NEW_NAME}"`);
    expect(task).toContain('motcua:allowance="P2D"');
    expect(task).toContain('motcua:step="appraisal"');
    // The other steps are untouched.
    expect(xml).toMatch(/id="Task_approve"[^>]*name="Phê duyệt"/);
  });
  await anon.dispose();
});

test('admin: every administration section opens, at desktop and phone width', async ({ page }) => {
  await loginUi(page, 'quantri', 'Vũ Hoàng Nam');
  // The sections linked from the header and from the administration home page.
  await page.goto('/quan-tri');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const links = await page.locator('#site-nav a, main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const admin = [...new Set(links.filter((href) => href && /^\/quan-tri(\/[^/?#]+)?$/.test(href)))];
  expect(admin.length, 'administration pages in the navigation').toBeGreaterThan(1);
  for (const href of admin) {
    await test.step(href, async () => {
      await page.goto(href);
      const title = page.getByRole('heading', { level: 1 });
      await expect(title).toBeVisible();
      await expect(title).not.toHaveText(/Không tìm thấy trang|Không có quyền truy cập/);
      await expect(page.getByTestId('loading')).toHaveCount(0);
      await capture(page, `admin${href.replace(/\//g, '-').replace(/^-quan-tri/, '') || '-home'}`);
    });
  }
});

test('admin: a reception officer is seated at another counter of her ward, and her session reports it', async ({ page }) => {
  await loginUi(page, 'quantri', 'Vũ Hoàng Nam');
  await page.goto('/quan-tri/tai-khoan');
  const row = page.locator('[data-testid="user-row"][data-username="tiepnhanxa"]');
  await expect(row.getByTestId('user-seat')).toHaveText('Quầy số 1');
  await row.getByTestId('user-edit').click();
  // Only the ward's own open counters are offered.
  const seat = row.getByTestId('user-counter');
  await expect(seat.locator('option')).toHaveText(['Không ngồi quầy', /^Quầy số 1 - /, /^Quầy số 2 - /]);
  await seat.selectOption({ label: 'Quầy số 2 - Văn hóa - Xã hội, Kinh tế, Cư trú' });
  await row.getByTestId('user-save').click();
  await expect(row.getByTestId('user-seat')).toHaveText('Quầy số 2');

  const officer = await apiAs('tiepnhanxa');
  const me = await officer.get('/auth/me');
  expect(me.counter.number).toBe(2);
  await officer.dispose();

  // Put her back at counter 1 for the other scenarios.
  await row.getByTestId('user-edit').click();
  await row.getByTestId('user-counter').selectOption({ label: 'Quầy số 1 - Tư pháp, Hộ tịch, Chứng thực' });
  await row.getByTestId('user-save').click();
  await expect(row.getByTestId('user-seat')).toHaveText('Quầy số 1');
});
