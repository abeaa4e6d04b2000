// Formatting for people in Vietnam: dates dd/mm/yyyy in Vietnam time, amounts in đồng, and
// text matching that ignores diacritics and case.

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The calendar parts of an instant in Vietnam time (UTC+7, no daylight saving). */
function vnParts(value: string | Date): { d: number; m: number; y: number; hh: number; mm: number } | null {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    // A plain date ("2026-11-25") is a calendar day, not an instant: no shift.
    const [y, m, d] = value.split('-').map(Number);
    return { d, m, y, hh: 0, mm: 0 };
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  const t = date.getTime();
  if (Number.isNaN(t)) return null;
  const vn = new Date(t + VN_OFFSET_MS);
  return {
    d: vn.getUTCDate(),
    m: vn.getUTCMonth() + 1,
    y: vn.getUTCFullYear(),
    hh: vn.getUTCHours(),
    mm: vn.getUTCMinutes(),
  };
}

/** "25/11/2026" for an ISO date or instant; "" for null/empty, the input itself if unreadable. */
export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const p = vnParts(value);
  if (!p) return String(value);
  return `${pad(p.d)}/${pad(p.m)}/${p.y}`;
}

/** "09:00 25/11/2026" (Vietnamese order: time, then day). */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const p = vnParts(value);
  if (!p) return String(value);
  return `${pad(p.hh)}:${pad(p.mm)} ${pad(p.d)}/${pad(p.m)}/${p.y}`;
}

/** "50.000" — dots between thousands, as written in Vietnam. */
export function formatNumber(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** "50.000 đồng"; 0 is "Miễn phí" (free). */
export function formatMoney(amountVnd: number | null | undefined): string {
  if (amountVnd === null || amountVnd === undefined) return '';
  if (amountVnd === 0) return 'Miễn phí';
  return `${formatNumber(amountVnd)} đồng`;
}

/** "10 ngày làm việc" from the API's {amount, unit}. */
export function formatDuration(t: { amount: number; unit: string } | null | undefined): string {
  if (!t) return '';
  if (t.amount === 0) return 'Trong ngày';
  const units: Record<string, string> = {
    working_days: 'ngày làm việc',
    days: 'ngày',
    working_hours: 'giờ làm việc',
    hours: 'giờ',
    months: 'tháng',
  };
  return `${t.amount} ${units[t.unit] ?? t.unit}`;
}

/**
 * Folds text for matching: lower case, diacritics removed, đ → d, runs of spaces collapsed.
 * "Đăng ký KHAI SINH" → "dang ky khai sinh".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of `query` occurs in `text`, diacritics and case ignored. */
export function matches(query: string, text: string): boolean {
  const hay = fold(text);
  return fold(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => hay.includes(word));
}

/** A personal number (số định danh cá nhân / CCCD): exactly 12 digits. */
export function isPersonalNumber(text: string): boolean {
  return /^\d{12}$/.test(text.trim());
}

/** The shape of a tax code (mã số thuế): 10 digits, or 13 for a branch ("0100109106-001");
 * the server checks the check digit. */
export function isTaxCodeShape(text: string): boolean {
  return /^\d{10}(-?\d{3})?$/.test(text.trim());
}

/** "1,2 MB" / "350 KB" for upload sizes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

const LEVELS: Record<string, string> = {
  province: 'Cấp tỉnh',
  commune: 'Cấp xã',
  central: 'Cấp trung ương',
  district: 'Cấp huyện',
};
/** "Cấp tỉnh" for the API's procedure level. */
export function levelLabel(level: string): string {
  return LEVELS[level] ?? level;
}

const ONLINE: Record<string, string> = {
  full: 'Dịch vụ công trực tuyến toàn trình',
  partial: 'Dịch vụ công trực tuyến một phần',
  none: 'Chỉ nộp trực tiếp hoặc qua bưu chính',
  info: 'Cung cấp thông tin',
};
/** The online service level in words. */
export function onlineLevelLabel(level: string): string {
  return ONLINE[level] ?? level;
}

/** True when the procedure can be submitted on the portal. */
export function canSubmitOnline(level: string): boolean {
  return level === 'full' || level === 'partial';
}

/** A counter as people say it: "Quầy số 2 – Xây dựng", without repeating a name that already starts "Quầy số". */
export function counterTitle(number: number, name: string): string {
  return fold(name).startsWith('quay so') ? name : `Quầy số ${number} – ${name}`;
}
