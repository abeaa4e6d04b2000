// An administrator replaces a procedure component's blank form (mẫu đơn, tờ khai) in the catalog
// editor: a picture named .pdf is refused in words, a PDF is stored and is what the public page
// then offers for download; removing it leaves the page saying where forms are given out.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { capture, loginUi, TESTDATA } from '../support.js';

const PROCEDURE = '1.004884'; // Đăng ký lại khai sinh: used by no other scenario

test('admin: a component\'s blank form uploaded, refused, replaced and removed in the catalog editor', async ({ page }) => {
  await loginUi(page, 'quantri', 'Vũ Hoàng Nam');
  await page.goto(`/quan-tri/thu-tuc/${PROCEDURE}`);
  const row = page.getByTestId('component-row').first();
  await expect(row.getByTestId('component-name')).toHaveValue('Tờ khai đăng ký lại khai sinh');
  const control = row.getByTestId('component-template');
  await expect(control.getByTestId('template-current')).toContainText('Tờ khai đăng ký lại khai sinh.pdf (PDF,');
  await expect(control.getByTestId('template-upload')).toHaveText('Thay mẫu');

  await test.step('a PNG named .pdf is refused with the server\'s words', async () => {
    await control.getByTestId('template-file').setInputFiles({
      name: 'to-khai.pdf',
      mimeType: 'application/pdf',
      buffer: readFileSync(path.join(TESTDATA, 'scan.png')),
    });
    await expect(control.getByTestId('template-error')).toContainText('Tệp không hợp lệ');
    await expect(control.getByTestId('template-error')).toContainText('PDF, DOCX, ODT hoặc DOC');
  });

  const pdf = readFileSync(path.join(TESTDATA, 'two-pages.pdf'));
  await test.step('a PDF replaces the demo form', async () => {
    await control.getByTestId('template-file').setInputFiles({ name: 'Mẫu tờ khai.pdf', mimeType: 'application/pdf', buffer: pdf });
    await expect(control.getByTestId('template-saved')).toHaveText('Đã lưu mẫu "Mẫu tờ khai.pdf".');
    await expect(control.getByTestId('template-link')).toHaveText('Mẫu tờ khai.pdf');
    await capture(page, 'admin-form-template');
  });

  await test.step('the public page offers the new form, byte for byte', async () => {
    await page.goto(`/thu-tuc/${PROCEDURE}`);
    const link = page.getByTestId('procedure-template-link');
    await expect(link).toHaveCount(1);
    await expect(page.getByTestId('procedure-template')).toContainText('(PDF,');
    const response = await page.request.get(await link.getAttribute('href'));
    expect(response.status()).toBe(200);
    expect(Buffer.compare(await response.body(), pdf)).toBe(0);
  });

  await test.step('removing it leaves the page saying where forms are given out', async () => {
    await page.goto(`/quan-tri/thu-tuc/${PROCEDURE}`);
    page.once('dialog', (dialog) => dialog.accept());
    await control.getByTestId('template-remove').click();
    await expect(control.getByTestId('template-current')).toHaveText('Chưa có mẫu đơn, tờ khai');
    await expect(control.getByTestId('template-upload')).toHaveText('Tải mẫu lên');
    await page.goto(`/thu-tuc/${PROCEDURE}`);
    await expect(page.getByTestId('procedure-templates-none')).toBeVisible();
  });
});
