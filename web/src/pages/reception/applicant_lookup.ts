// The reception console's applicant lookup (GET /applicants/{id_number}): who the person is,
// whether they hold an account, their earlier dossiers and their warehouse, said in words.
import { ApiError, get } from '../../api';
import type { Applicant } from '../../types';

/** One of the applicant's earlier dossiers, newest first. */
export interface ApplicantDossierSummary {
  code: string;
  procedure_code: string;
  procedure_name: string;
  status: string;
  status_label: string;
  submitted_at: string;
  due_at: string | null;
}

/** What the server knows of an applicant. */
export interface ApplicantProfile {
  applicant: Applicant;
  /** False for someone who holds an account but never filed: only the name is known. */
  known_from_dossiers: boolean;
  has_account: boolean;
  account: { exists: boolean; username?: string };
  recent_dossiers: ApplicantDossierSummary[];
  /** True when there are earlier dossiers than those listed. */
  more_dossiers: boolean;
  warehouse: { valid_documents: number };
}

/** The applicant with this personal number or tax code, or null when nobody is known (404). */
export async function findApplicant(idNumber: string, signal?: AbortSignal): Promise<ApplicantProfile | null> {
  try {
    return await get<ApplicantProfile>(`/applicants/${encodeURIComponent(idNumber)}`, { signal });
  } catch (e) {
    if (e instanceof ApiError && e.status === 404 && e.code === 'not_found') return null;
    throw e;
  }
}

/** "2 hồ sơ trước đây, gần nhất: X (Đang xử lý), Y (Đã trả kết quả)." and the like. */
export function dossiersSentence(p: ApplicantProfile): string {
  const list = p.recent_dossiers;
  if (!list.length) return 'Chưa có hồ sơ nào trước đây tại đơn vị.';
  const count = p.more_dossiers ? `Hơn ${list.length} hồ sơ` : `${list.length} hồ sơ`;
  const latest = list
    .slice(0, 2)
    .map((d) => `${d.code} (${d.status_label})`)
    .join(', ');
  return `${count} trước đây, gần nhất: ${latest}.`;
}

/** What the console says about a found applicant, in sentences. */
export function applicantSummary(p: ApplicantProfile): string {
  const username = p.account.username ? ` (tên đăng nhập ${p.account.username})` : '';
  const who = p.known_from_dossiers
    ? [
        `Đã có người nộp: ${p.applicant.full_name}.`,
        p.has_account ? `Có tài khoản trên Cổng dịch vụ công${username}.` : 'Chưa có tài khoản; tài khoản được tạo khi tiếp nhận.',
      ]
    : [`Đã có tài khoản của ${p.applicant.full_name}${username}, chưa có thông tin liên hệ: nhập số điện thoại, địa chỉ.`];
  const docs = p.warehouse.valid_documents;
  const warehouse = docs > 0 ? `Kho dữ liệu có ${docs} giấy tờ còn hiệu lực.` : 'Kho dữ liệu chưa có giấy tờ còn hiệu lực.';
  return [...who, dossiersSentence(p), warehouse, 'Kiểm tra lại thông tin rồi chọn thủ tục.'].join(' ');
}
