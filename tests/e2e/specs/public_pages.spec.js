// The pages anyone reaches first: login (errors in words), a staff page without a session, an
// address that does not exist, and a tracking code that does not exist.
import { test, expect } from '@playwright/test';
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
