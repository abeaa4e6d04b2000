// The pages anyone reaches first: login (errors in words), a staff page without a session, an
// address that does not exist, a tracking code that does not exist, and a procedure's page with
// its blank forms to download.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { capture, PASSWORD } from '../support.js';

test('login: wrong password and malformed personal number are said in Vietnamese', async ({ page }) => {
  await page.goto('/dang-nhap');
  await capture(page, 'login');
  await page.getByLabel('Số định danh cá nhân hoặc tên đăng nhập').fill('00109000001');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByText('Số định danh cá nhân gồm đúng 12 chữ số')).toBeVisible();
  await page.getByLabel('Số định danh cá nhân hoặc tên đăng nhập').fill('001090000001');
  await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByTestId('login-error')).toHaveText('Số định danh, tên đăng nhập hoặc mật khẩu không đúng');
  await expect(page.getByLabel('Mật khẩu')).toBeFocused();
});

test('a staff page without a session asks for login and comes back after it', async ({ page }) => {
  await page.goto('/tiep-nhan');
  await expect(page).toHaveURL(/\/dang-nhap\?next=%2Ftiep-nhan$/);
  await page.getByLabel('Số định danh cá nhân hoặc tên đăng nhập').fill('tiepnhan');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(/\/tiep-nhan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' })).toBeVisible();
});

test('an unknown address and an unknown dossier code are said in words', async ({ page }) => {
  await page.goto('/khong-co-trang-nay');
  await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang' })).toBeVisible();
  await page.goto('/tra-cuu');
  await page.getByLabel('Mã hồ sơ').fill('abc');
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page.getByText('Mã hồ sơ chưa đúng dạng')).toBeVisible();
  await capture(page, 'tracking-form');
});

test('a procedure page offers its blank declaration to download, and the download is a PDF', async ({ page }) => {
  await page.goto('/thu-tuc/1.001193');
  const section = page.getByTestId('procedure-templates');
  await expect(section.getByRole('heading', { name: 'Mẫu đơn, tờ khai' })).toBeVisible();
  const item = section.getByTestId('procedure-template');
  await expect(item).toHaveCount(1);  // the declaration only: the birth certificate has no form
  await expect(item).toContainText(/Tờ khai đăng ký khai sinh \(PDF, \d+ kB\)/);
  await capture(page, 'procedure-templates');
  const link = item.getByTestId('procedure-template-link');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('Tờ khai đăng ký khai sinh.pdf');
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  // The same file for anyone, without a session, with its type.
  const response = await page.request.get(await link.getAttribute('href'));
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // A procedure with no declaration says where its forms are given out.
  await page.goto('/thu-tuc/2.000815');
  await expect(page.getByTestId('procedure-templates-none')).toHaveText('Mẫu đơn, tờ khai được cung cấp tại bộ phận một cửa.');
});
