import { afterEach, describe, expect, it, vi } from 'vitest';
import { identifierProblem } from './console';
import { applicantSummary, dossiersSentence, findApplicant, type ApplicantProfile } from './applicant_lookup';

const profile = (over: Partial<ApplicantProfile> = {}): ApplicantProfile => ({
  applicant: { kind: 'citizen', id_number: '027195012345', full_name: 'Nguyễn Thị Hoa', phone: '0912000111', email: '', address: 'Phường Kinh Bắc' },
  known_from_dossiers: true,
  has_account: true,
  account: { exists: true, username: '027195012345' },
  recent_dossiers: [],
  more_dossiers: false,
  warehouse: { valid_documents: 0 },
  ...over,
});

const dossier = (code: string, label: string) => ({
  code,
  procedure_code: '2.000488',
  procedure_name: 'Cấp Phiếu lý lịch tư pháp',
  status: 'processing',
  status_label: label,
  submitted_at: '2026-11-25T09:00:00+07:00',
  due_at: null,
});

describe('what the console says about a found applicant', () => {
  it('names the person, the account with its username, and the warehouse', () => {
    const text = applicantSummary(profile({ warehouse: { valid_documents: 3 } }));
    expect(text).toContain('Đã có người nộp: Nguyễn Thị Hoa.');
    expect(text).toContain('Có tài khoản trên Cổng dịch vụ công (tên đăng nhập 027195012345).');
    expect(text).toContain('Kho dữ liệu có 3 giấy tờ còn hiệu lực.');
    expect(text).toContain('Chưa có hồ sơ nào trước đây');
  });

  it('says when there is no account and nothing in the warehouse', () => {
    const text = applicantSummary(profile({ has_account: false, account: { exists: false } }));
    expect(text).toContain('Chưa có tài khoản');
    expect(text).toContain('Kho dữ liệu chưa có giấy tờ còn hiệu lực.');
  });

  it('says that only the account is known for someone who never filed', () => {
    const text = applicantSummary(profile({ known_from_dossiers: false, applicant: { kind: 'citizen', id_number: '001090000002', full_name: 'Trần Thị Bình' } }));
    expect(text).toContain('Đã có tài khoản của Trần Thị Bình (tên đăng nhập 027195012345), chưa có thông tin liên hệ');
    expect(text).not.toContain('Có tài khoản trên Cổng');
  });

  it('counts the earlier dossiers and names the latest two with their status', () => {
    const three = [dossier('A-3', 'Đang xử lý'), dossier('A-2', 'Đã trả kết quả'), dossier('A-1', 'Đã trả kết quả')];
    expect(dossiersSentence(profile({ recent_dossiers: three }))).toBe('3 hồ sơ trước đây, gần nhất: A-3 (Đang xử lý), A-2 (Đã trả kết quả).');
    expect(dossiersSentence(profile({ recent_dossiers: three.slice(0, 1) }))).toBe('1 hồ sơ trước đây, gần nhất: A-3 (Đang xử lý).');
    expect(dossiersSentence(profile({ recent_dossiers: three, more_dossiers: true }))).toMatch(/^Hơn 3 hồ sơ trước đây/);
  });
});

describe('looking the applicant up', () => {
  afterEach(() => vi.unstubAllGlobals());

  const answer = (status: number, body: unknown) =>
    vi.fn(async (_url: string) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

  it('asks the applicant API for the number', async () => {
    const fetch = answer(200, profile());
    vi.stubGlobal('fetch', fetch);
    expect((await findApplicant('027195012345'))?.applicant.full_name).toBe('Nguyễn Thị Hoa');
    expect(fetch.mock.calls[0][0]).toBe('/api/v1/applicants/027195012345');
  });

  it('takes a 404 for a new applicant', async () => {
    vi.stubGlobal('fetch', answer(404, { error: { code: 'not_found', message: 'Chưa có thông tin người nộp với số định danh này', field: 'id_number' } }));
    expect(await findApplicant('001090000099')).toBeNull();
  });

  it('passes other errors on, with their Vietnamese message', async () => {
    vi.stubGlobal('fetch', answer(403, { error: { code: 'forbidden', message: 'Bạn chỉ được tra cứu thông tin của chính mình', field: 'id_number' } }));
    await expect(findApplicant('001090000001')).rejects.toMatchObject({ status: 403, message: 'Bạn chỉ được tra cứu thông tin của chính mình' });
  });
});

describe('identifiers at the counter', () => {
  it('asks for a personal number or a tax code', () => {
    expect(identifierProblem('citizen', '001090000001')).toBeNull();
    expect(identifierProblem('citizen', '0010900')).toMatch(/12 chữ số/);
    expect(identifierProblem('organization', '0100109106')).toBeNull();
    expect(identifierProblem('organization', '001090000001')).toMatch(/Mã số thuế/);
  });
});
