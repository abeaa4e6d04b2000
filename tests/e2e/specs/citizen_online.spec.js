// Scenario 1 (issue 5 item 7): a citizen submits online reusing a document from their warehouse;
// the reception desk of Sở Tư pháp receives it in the browser (which starts its process), the
// specialist, the department head and the leader work it through its process map in the officer
// workspace (claim, complete with a decision, sign the result); the leader page shows it; the
// desk returns the result at the map's return step; the citizen downloads it and rates it.
import { test, expect } from '@playwright/test';
import path from 'node:path';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { apiAs, capture, expectPdf, loginUi, logoutUi, TESTDATA, uploadProgressSeen, watchUploadProgress } from '../support.js';
import { workStep } from '../officer.js';

const CITIZEN = { id: '001090000001', name: 'Nguyễn Văn An' };
// The reception desk of Sở Tư pháp, the receiving agency of an online dossier of this procedure.
const RECEPTION = { user: 'tiepnhantp', name: 'Bùi Thị Ngọc' };
const PROCEDURE = { code: '2.000488', name: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài cư trú tại Việt Nam' };
const ID_PAPER = `${CITIZEN.id}.GTTT`; // the attested copy of the identity paper
const RESULT = `${CITIZEN.id}.PLLTP`; // the signed criminal-record certificate

test.describe.configure({ mode: 'serial' });

let code = '';

test.beforeAll(async () => {
  // Setup the scenario is not about: An's identity paper was scanned and attested at the counter
  // on an earlier visit, so his warehouse holds a signed copy (001090000001.GTTT).
  const desk = await apiAs('tiepnhan');
  const earlier = await desk.post('/dossiers', {
    procedure_code: PROCEDURE.code,
    channel: 'counter',
    applicant: { kind: 'citizen', id_number: CITIZEN.id, full_name: CITIZEN.name },
  });
  const copy = await desk.upload(`/dossiers/${earlier.code}/components/giay-to-tuy-than/files`, path.join(TESTDATA, 'scan.png'), { attest: 'true' });
  expect(copy.document_code).toBe(ID_PAPER);
  await desk.dispose();
});

test('the citizen submits online, reusing the attested identity paper from the warehouse', async ({ page }) => {
  await test.step('public pages: search without diacritics, the procedure page', async () => {
    await page.goto('/');
    await page.getByLabel(/Tìm thủ tục/).fill('phieu ly lich tu phap');
    await page.getByTestId('search-submit').click();
    const item = page.locator(`[data-testid="procedure-item"][data-code="${PROCEDURE.code}"]`);
    await expect(item).toBeVisible();
    await capture(page, 'citizen-home-search');
    await item.getByTestId('procedure-link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROCEDURE.name);
    await expect(page.getByTestId('procedure-fees')).toContainText('200.000 đồng');
    await expect(page.getByTestId('procedure-components')).toContainText('Bản chụp giấy tờ tùy thân');
    await capture(page, 'citizen-procedure');
  });

  await test.step('login with the personal number, back to the procedure', async () => {
    await loginUi(page, CITIZEN.id, CITIZEN.name);
    await capture(page, 'citizen-my-dossiers-before');
    await page.goto(`/thu-tuc/${PROCEDURE.code}`);
    await page.getByTestId('procedure-submit').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nộp hồ sơ trực tuyến' })).toBeVisible();
    await expect(page.getByTestId('wizard-applicant')).toContainText(CITIZEN.name);
    await expect(page.getByTestId('wizard-applicant')).toContainText(CITIZEN.id);
    await page.getByLabel('Số điện thoại').fill('0912345678');
    await capture(page, 'citizen-wizard-applicant');
    await page.getByTestId('wizard-create').click();
  });

  await test.step('the papers: the warehouse offers the attested identity paper, reused in one click', async () => {
    await expect(page.getByTestId('wizard-step-2')).toBeVisible();
    const paper = page.getByTestId('component-giay-to-tuy-than');
    await expect(paper).toContainText('Kho dữ liệu điện tử đã có giấy tờ dùng được');
    await expect(paper).toContainText(ID_PAPER);
    await expect(page.getByTestId('component-status-giay-to-tuy-than')).toHaveText('Còn thiếu');
    await capture(page, 'citizen-wizard-papers');
    // Nothing uploaded yet: going on is refused with what is missing, in words.
    await page.getByTestId('wizard-next').click();
    await expect(page.getByTestId('wizard-missing')).toContainText('Còn thiếu');
    await page.getByTestId('reuse-giay-to-tuy-than').click();
    await expect(page.getByTestId('component-status-giay-to-tuy-than')).toHaveText(`Dùng lại: ${ID_PAPER}`);
  });

  await test.step('only what is missing is uploaded, with progress', async () => {
    await watchUploadProgress(page);
    await page.getByTestId('upload-to-khai').setInputFiles(path.join(TESTDATA, 'scan.png'));
    await expect(page.getByTestId('component-status-to-khai')).toHaveText('Đã có 1 tệp');
    expect(await uploadProgressSeen(page)).toContainEqual(expect.stringMatching(/^upload-progress-to-khai: .*scan\.png/));
    await page.getByTestId('upload-noi-cu-tru').setInputFiles(path.join(TESTDATA, 'scan.jpg'));
    await expect(page.getByTestId('component-status-noi-cu-tru')).toHaveText('Đã có 1 tệp');
    await expect(page.getByTestId('components-summary')).toContainText('Đã có 3/3 thành phần; dùng lại từ kho dữ liệu: 1');
    await page.getByTestId('wizard-next').click();
  });

  await test.step('the fee step, then done with the dossier code', async () => {
    await expect(page.getByTestId('wizard-step-3')).toBeVisible();
    await expect(page.getByTestId('wizard-step-3')).toContainText('200.000 đồng');
    await capture(page, 'citizen-wizard-fee');
    await page.getByTestId('wizard-next').click();
    await expect(page.getByTestId('wizard-step-4')).toContainText('Đã nộp hồ sơ');
    code = (await page.getByTestId('wizard-dossier-code').textContent())?.trim() ?? '';
    expect(code).not.toBe('');
    await expect(page.getByTestId('wizard-step-4')).toContainText('Mới đăng ký');
    await capture(page, 'citizen-wizard-done');
  });

  await test.step('"my dossiers" lists it, waiting for an officer', async () => {
    await page.getByTestId('nav-my-dossiers').click();
    const row = page.locator(`[data-testid="my-dossier"][data-code="${code}"]`);
    await expect(row.getByTestId('my-dossier-status')).toHaveText('Mới đăng ký');
    await capture(page, 'citizen-my-dossiers');
  });

  await test.step('tracking by the code shows the same status and its history', async () => {
    await page.getByTestId('nav-track').click();
    await page.getByLabel('Mã hồ sơ').fill(code.toLowerCase());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/tra-cuu/${code.replace(/\./g, '\\.')}$`));
    await expect(page.getByTestId('track-status')).toHaveText('Mới đăng ký');
    await expect(page.getByTestId('track-history')).toContainText('Mới đăng ký');
    await capture(page, 'citizen-tracking');
    await logoutUi(page);
  });
});

test('the desk receives it; the specialist, the head and the leader work it through the process map', async ({ page }) => {
  expect(code, 'the dossier of the first test').not.toBe('');
  await test.step('tiepnhantp (reception, Sở Tư pháp) receives the online dossier in the browser', async () => {
    await loginUi(page, RECEPTION.user, RECEPTION.name);
    // The desk's home: the online dossiers waiting for reception at its agency.
    await expect(page).toHaveURL(/\/tiep-nhan$/);
    const row = page.locator(`[data-testid="online-pending-row"][data-code="${code}"]`);
    await expect(row).toContainText(CITIZEN.name);
    await expect(page.getByTestId('online-pending-summary')).toContainText('đang chờ tiếp nhận');
    // The inbox lists it too (no process step yet, so not among the steps).
    await page.getByTestId('nav-inbox').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Hồ sơ cần xử lý' })).toBeVisible();
    await capture(page, 'reception-online-pending', () => expect(row).toBeVisible());
    await row.getByTestId('online-pending-open').click();

    await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
    await expect(page.getByTestId('dossier-status')).toHaveText('Mới đăng ký');
    await expect(page.getByTestId('process-status')).toHaveText('Quy trình xử lý bắt đầu khi hồ sơ được tiếp nhận.');
    // Refusing needs a reason, said in words; nothing is sent without one.
    await page.getByTestId('dossier-reject').click();
    await expect(page.getByTestId('dossier-intake')).toContainText('Vui lòng ghi rõ lý do từ chối tiếp nhận');
    await expect(page.getByTestId('dossier-status')).toHaveText('Mới đăng ký');
    await capture(page, 'reception-online-intake', () => expect(page.getByTestId('dossier-accept')).toBeVisible());
    await page.getByTestId('dossier-accept').click();
    await expect(page.getByTestId('task-result')).toHaveText(`Đã tiếp nhận hồ sơ ${code}. Quy trình xử lý đã bắt đầu, hồ sơ chuyển sang bước tiếp theo.`);
    await expect(page.getByTestId('task-result')).toBeFocused();
    await expect(page.getByTestId('dossier-intake')).toHaveCount(0);
    // The acceptance was the reception step: the dossier is being processed, at the appraisal.
    await expect(page.getByTestId('dossier-status')).toHaveText('Đang xử lý');
    await expect(page.getByTestId('process-status')).toContainText('Bước hiện tại: Thẩm định hồ sơ');
    await expect(page.getByTestId('process-history')).toContainText('Tiếp nhận hồ sơ');
    await expect(page.locator('[data-testid="task"][data-node-id="Task_appraise"]')).toBeVisible();
    await expect(page.getByTestId('dossier-history')).toContainText('Được tiếp nhận');
    await logoutUi(page);
  });
  // The next steps of seed/processes/2.000488.bpmn, each by the officer of its lane.
  const steps = [
    { user: 'chuyenvien', name: 'Lê Văn Minh', node: 'Task_appraise', label: 'Thẩm định hồ sơ', shots: 'officer' },
    { user: 'truongphong', name: 'Phạm Thị Thu Hà', node: 'Task_review', label: 'Trưởng phòng xem xét' },
    { user: 'lanhdao', name: 'Nguyễn Đức Thắng', node: 'Task_approve', label: 'Lãnh đạo Sở phê duyệt' },
    { user: 'lanhdao', name: 'Nguyễn Đức Thắng', node: 'Task_sign', label: 'Ký số kết quả', shots: 'leader-signing' },
  ];
  for (const s of steps) {
    await test.step(`${s.user}: ${s.label}`, () => workStep(page, { ...s, code }));
  }
  const leader = await apiAs('lanhdao');
  const d = await leader.get(`/dossiers/${code}`);
  expect(d.status).toBe('result_ready');
  await leader.dispose();
});

test('the leader page shows it', async ({ page }) => {
  await loginUi(page, 'lanhdao', 'Nguyễn Đức Thắng');
  // The leader's home after login.
  await expect(page).toHaveURL(/\/lanh-dao$/);
  await expect(page.getByTestId('leader-agency')).toContainText('Sở Tư pháp tỉnh Bắc Ninh');
  const value = async (key) => Number((await page.getByTestId(`stat-${key}`).locator('.stat-value').textContent()).replace(/\D/g, ''));
  // Received today and now waiting at the desk with its signed result: counted in both.
  await expect(page.getByTestId('stat-result_ready')).toContainText('Có kết quả, chờ trả');
  expect(await value('result_ready')).toBeGreaterThanOrEqual(1);
  expect(await value('received_today')).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId('stat-late')).toContainText('Quá hạn');
  await expect(page.getByTestId('leader-chart-summary')).toContainText('tiếp nhận');
  await capture(page, 'leader-today', () => expect(page.getByTestId('leader-stats')).toBeVisible());
});

test('the result is returned; the citizen downloads the signed result and rates it', async ({ page }) => {
  expect(code, 'the dossier of the first test').not.toBe('');
  await test.step('tiepnhantp: Trả kết quả (the return step of the map, at Sở Tư pháp)', async () => {
    await workStep(page, { user: RECEPTION.user, name: RECEPTION.name, node: 'Task_return', label: 'Trả kết quả', code, shots: 'reception-return' });
    const desk = await apiAs(RECEPTION.user);
    const d = await desk.get(`/dossiers/${code}`);
    expect(d.status).toBe('returned');
    await desk.dispose();
  });

  await loginUi(page, CITIZEN.id, CITIZEN.name);
  await test.step('the dossier shows the result, returned', async () => {
    await page.goto('/ho-so-cua-toi');
    await page.locator(`[data-testid="my-dossier"][data-code="${code}"]`).getByTestId('my-dossier-link').click();
    await expect(page.getByRole('heading', { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
    await expect(page.getByTestId('dossier-status')).toHaveText('Đã trả kết quả');
    await expect(page.getByTestId('dossier-history')).toContainText('Đã trả kết quả');
  });

  await test.step('the signed result downloads as a PDF naming An', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('dossier-result').click()]);
    const file = await download.path();
    const pdf = fs.readFileSync(file);
    expectPdf(pdf, 'the result');
    const text = execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString();
    expect(text).toContain(CITIZEN.name);
    expect(text).toContain(RESULT);
    // A signature is embedded (the system tests check it with pdfsig).
    expect(pdf.includes(Buffer.from('/ByteRange'))).toBe(true);
  });

  await test.step('the rating form: a score is required, then thanks', async () => {
    const rating = page.getByTestId('rating');
    await expect(rating.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' })).toBeVisible();
    await capture(page, 'citizen-dossier-returned');
    await expect(page.getByTestId('rating-submit')).toBeVisible();
    await page.getByTestId('rating-submit').click();
    await expect(page.getByTestId('rating-error')).toHaveText('Vui lòng chọn mức độ hài lòng');
    await rating.getByLabel('5 – Rất hài lòng').check();
    await page.getByLabel('Góp ý (không bắt buộc)').fill('Cán bộ hướng dẫn tận tình, trả kết quả đúng hẹn');
    await page.getByTestId('rating-submit').click();
    await expect(page.getByTestId('rating-done')).toContainText('Bạn đã đánh giá 5/5');
  });

  await test.step('"my documents" holds the signed result too', async () => {
    await page.getByTestId('nav-my-documents').click();
    const doc = page.locator(`[data-testid="my-document"][data-code="${RESULT}"]`);
    await expect(doc).toBeVisible();
    await expect(page.locator(`[data-testid="my-document"][data-code="${ID_PAPER}"]`)).toBeVisible();
    await capture(page, 'citizen-my-documents');
    const href = await doc.getByTestId('my-document-download').getAttribute('href');
    const res = await page.request.get(href);
    expect(res.headers()['content-type']).toContain('application/pdf');
    expectPdf(await res.body(), 'the warehouse copy of the result');
  });
});
