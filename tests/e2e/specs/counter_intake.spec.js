// Scenario 2 (issue 5 item 7): a counter intake at the reception console, driven from the
// keyboard, with a scanned paper uploaded and attested, ending with the receipt PDF; then the
// console's applicant lookup (GET /applicants/{id_number}) finds that applicant with the dossier,
// and a demo citizen who has an account but no dossier by the account's name.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { capture, expectPdf, loginUi, TESTDATA, uploadProgressSeen, watchUploadProgress } from '../support.js';

// A first-time applicant: no account and nothing in the warehouse yet.
const APPLICANT = { id: '001095004321', name: 'Lê Thị Thu Trang', phone: '0903123456', address: 'Số 5, đường Lý Thái Tổ, phường Kinh Bắc' };
// A demo citizen who holds an account (src/app/demo_seed.cc) but has filed nothing.
const ACCOUNT_HOLDER = { id: '001090000002', name: 'Trần Thị Bình' };
const PROCEDURE = { code: '2.000488', search: 'ly lich tu phap', name: 'Cấp Phiếu lý lịch tư pháp' };

test('reception: counter intake from the keyboard with an attested upload, then the receipt PDF', async ({ page }) => {
  const started = Date.now();
  await test.step('the reception officer logs in and lands on the console', async () => {
    await loginUi(page, 'tiepnhan', 'Nguyễn Thị Hồng');
    await expect(page).toHaveURL(/\/tiep-nhan$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' })).toBeVisible();
    await expect(page.getByTestId('rc-shortcuts')).toContainText('Alt+H');
    // The personal number field has the focus, ready to type.
    await expect(page.getByLabel('Số định danh cá nhân')).toBeFocused();
    // The demo seats her at the centre's counter 2 (criminal records, certification).
    await expect(page.getByTestId('rc-counter')).toContainText('Quầy số 2');
    await expect(page.getByTestId('rc-counter')).toContainText('Lý lịch tư pháp');
    await capture(page, 'reception-console');
  });

  await test.step('personal number, Enter: a new applicant, focus moves to the name', async () => {
    await page.keyboard.press('Alt+1');
    await page.keyboard.type(APPLICANT.id);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('rc-applicant-status')).toContainText('Người nộp mới');
    await expect(page.getByLabel('Họ và tên')).toBeFocused();
    await page.keyboard.type(APPLICANT.name);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Số điện thoại')).toBeFocused();
    await page.keyboard.type(APPLICANT.phone);
    await page.keyboard.press('Tab');
    await page.keyboard.type(APPLICANT.address);
  });

  await test.step("a procedure of another counter's field names the counter that serves it", async () => {
    await page.keyboard.press('Alt+2');
    await page.keyboard.type('giay phep xay dung');
    await expect(page.getByTestId('rc-procedure-options').getByRole('option').first()).toContainText('giấy phép xây dựng');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('rc-counter-note')).toContainText('quầy số 3 phụ trách');
  });

  await test.step('Alt+2, the procedure by its name without diacritics, Enter picks it', async () => {
    await page.keyboard.press('Alt+2');
    await expect(page.getByRole('combobox', { name: /Thủ tục/ })).toBeFocused();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(PROCEDURE.search);
    const options = page.getByTestId('rc-procedure-options');
    await expect(options.getByRole('option').first()).toContainText(PROCEDURE.name);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('rc-procedure-selected')).toContainText('Thời hạn giải quyết');
    await expect(page.getByTestId('rc-procedure-selected')).toContainText('200.000 đồng');
    // Her own counter's procedure: no note about another counter.
    await expect(page.getByTestId('rc-counter-note')).toHaveCount(0);
    await expect(page.getByTestId('rc-receive')).toBeFocused();
  });

  let code = '';
  await test.step('Enter receives the dossier; its papers are listed', async () => {
    await page.keyboard.press('Enter');
    const papers = page.getByTestId('rc-papers');
    await expect(papers).toBeVisible();
    const title = await papers.getByRole('heading', { level: 2 }).textContent();
    code = /Giấy tờ của hồ sơ (\S+)/.exec(title ?? '')?.[1] ?? '';
    expect(code, 'dossier code in the papers heading').toMatch(/^\S+$/);
    await expect(page.getByTestId('toast-success').filter({ hasText: `Đã tiếp nhận hồ sơ ${code}` })).toBeVisible();
    await expect(page.getByTestId('component-status-to-khai')).toHaveText('Còn thiếu');
    await capture(page, 'reception-papers');
  });

  await test.step('the scanned declaration is uploaded and attested', async () => {
    await expect(page.getByTestId('attest-to-khai')).toBeChecked();
    await watchUploadProgress(page);
    await page.getByTestId('upload-to-khai').setInputFiles(path.join(TESTDATA, 'scan.png'));
    await expect(page.getByTestId('component-status-to-khai')).toContainText('Đã có 1 tệp · đã chứng thực');
    expect(await uploadProgressSeen(page)).toContainEqual(expect.stringMatching(/^upload-progress-to-khai: .*scan\.png/));
    await expect(page.getByTestId('components-summary')).toContainText('Đã có 1/3 thành phần');
  });

  await test.step('Alt+H warns about the papers still missing, Alt+H again finishes', async () => {
    await page.keyboard.press('Alt+H');
    await expect(page.getByTestId('rc-missing')).toContainText('Còn thiếu bản điện tử của');
    await page.keyboard.press('Alt+H');
    await expect(page).toHaveURL(new RegExp(`/tiep-nhan/ho-so/${code.replace(/\./g, '\\.')}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Đã tiếp nhận hồ sơ' })).toBeVisible();
    await expect(page.getByTestId('rc-dossier-code')).toHaveText(code);
    await expect(page.getByTestId('rc-received')).toContainText(`${APPLICANT.name} (${APPLICANT.id})`);
    await expect(page.getByTestId('rc-received')).toContainText(PROCEDURE.name);
    // The receipt link has the focus: Enter prints it.
    await expect(page.getByTestId('rc-receipt')).toBeFocused();
    await capture(page, 'reception-received');
  });

  await test.step('the receipt is a PDF naming the dossier and the applicant', async () => {
    const href = await page.getByTestId('rc-receipt').getAttribute('href');
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    const pdf = await res.body();
    expectPdf(pdf, 'the receipt');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
    expect(text).toContain(code);
    expect(text).toContain(APPLICANT.name);
  });

  await test.step('Alt+N: the next applicant, on an empty console', async () => {
    await page.keyboard.press('Alt+N');
    await expect(page).toHaveURL(/\/tiep-nhan$/);
    await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue('');
  });

  await test.step('the applicant just received is found again, with that dossier', async () => {
    await page.keyboard.type(APPLICANT.id);
    await page.keyboard.press('Enter');
    const status = page.getByTestId('rc-applicant-status');
    await expect(status).toContainText(`Đã có người nộp: ${APPLICANT.name}.`);
    await expect(status).toContainText(`1 hồ sơ trước đây, gần nhất: ${code} (`);
    // The attested declaration went to the applicant's warehouse; the account was issued at intake.
    await expect(status).toContainText('Kho dữ liệu có 1 giấy tờ còn hiệu lực.');
    await expect(status).toContainText('Có tài khoản trên Cổng dịch vụ công');
    await expect(page.getByLabel('Họ và tên')).toHaveValue(APPLICANT.name);
    await expect(page.getByLabel('Số điện thoại')).toHaveValue(APPLICANT.phone);
    await expect(page.getByLabel('Địa chỉ')).toHaveValue(APPLICANT.address);
    await expect(page.getByRole('combobox', { name: /Thủ tục/ })).toBeFocused();
  });

  await test.step('a citizen with an account and no dossier: the name comes from the account', async () => {
    await page.keyboard.press('Alt+N');
    await expect(page.getByLabel('Số định danh cá nhân')).toHaveValue('');
    await page.keyboard.type(ACCOUNT_HOLDER.id);
    await page.keyboard.press('Enter');
    const status = page.getByTestId('rc-applicant-status');
    await expect(status).toContainText(`Đã có tài khoản của ${ACCOUNT_HOLDER.name}`);
    await expect(status).toContainText('Chưa có hồ sơ nào trước đây');
    await expect(page.getByLabel('Họ và tên')).toHaveValue(ACCOUNT_HOLDER.name);
    // Only the contact details are left to type.
    await expect(page.getByLabel('Số điện thoại')).toBeFocused();
    await capture(page, 'reception-applicant-found');
  });

  await test.step("a corrected number drops the previous person's details", async () => {
    await page.keyboard.press('Alt+N');
    await page.keyboard.type(APPLICANT.id);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Số điện thoại')).toHaveValue(APPLICANT.phone);
    // The officer mistyped: the right person has an account but no contact details on file.
    await page.keyboard.press('Alt+1');
    await page.getByLabel('Số định danh cá nhân').fill(ACCOUNT_HOLDER.id);
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Họ và tên')).toHaveValue(ACCOUNT_HOLDER.name);
    await expect(page.getByLabel('Số điện thoại')).toHaveValue('');
    await expect(page.getByLabel('Địa chỉ')).toHaveValue('');
    // Changing the number again without looking it up stops the intake.
    await page.getByLabel('Số định danh cá nhân').fill(APPLICANT.id);
    await page.getByTestId('rc-receive').click();
    await expect(page.locator('[data-testid="rc-form"] .field-error:visible')).toContainText('nhấn Enter để tìm lại');
  });
  test.info().annotations.push({ type: 'intake time', description: `${((Date.now() - started) / 1000).toFixed(1)} s` });
});
