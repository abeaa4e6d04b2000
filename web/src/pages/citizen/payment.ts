// The fee step: the dossier's payments (GET /dossiers/{code}/payments) and a start with the
// local test provider (POST .../payments {"provider":"test"} → pay_url). Where the server has no
// payment endpoints yet (404 route_not_found), it says so and lets the citizen pay later.
import { ApiError, get, messageOf, post } from '../../api';
import { h, replace } from '../../dom';
import { formatDateTime, formatMoney } from '../../format';
import { badge } from '../../ui/page';
import { loading } from '../../ui/progress';
import { alertBox } from '../../ui/toast';

export interface Payment {
  id: number;
  dossier_code: string;
  provider: string;
  amount: number;
  currency: string;
  fee_name: string;
  status: 'pending' | 'paid' | 'failed' | string;
  status_label: string;
  pay_url: string;
  receipt_number: string | null;
  created_at: string;
  paid_at: string | null;
}

/** True when one of the payments went through. */
export function isPaid(payments: Payment[]): boolean {
  return payments.some((p) => p.status === 'paid');
}

export const PAYMENT_UNAVAILABLE = 'Cổng thanh toán trực tuyến chưa sẵn sàng. Bạn có thể nộp phí, lệ phí khi nhận kết quả tại bộ phận một cửa.';

function unavailable(e: unknown): boolean {
  return e instanceof ApiError && e.status === 404 && e.code === 'route_not_found';
}

/** Renders the fee section for a dossier whose procedure charges `total` đồng. */
export function paymentSection(dossierCode: string, total: number, signal?: AbortSignal): HTMLElement {
  const box = h('div', { 'data-testid': 'payment' });
  const base = `/dossiers/${encodeURIComponent(dossierCode)}/payments`;

  async function load(): Promise<void> {
    if (total === 0) {
      replace(box, h('p', { 'data-testid': 'payment-free' }, 'Thủ tục này không thu phí, lệ phí.'));
      return;
    }
    replace(box, loading('Đang kiểm tra thanh toán…'));
    let payments: Payment[] = [];
    try {
      payments = (await get<{ items: Payment[] }>(base, { signal })).items;
    } catch (e) {
      if (signal?.aborted) return;
      replace(box, alertBox(unavailable(e) ? PAYMENT_UNAVAILABLE : messageOf(e), unavailable(e) ? 'info' : 'error', 'payment-unavailable'));
      return;
    }
    const rows = payments.map((p) =>
      h('li', { 'data-testid': 'payment-item' }, h('strong', {}, p.fee_name || 'Phí, lệ phí'), ' — ', formatMoney(p.amount), ' ', badge(p.status_label, p.status === 'paid' ? 'ok' : p.status === 'failed' ? 'late' : 'warn'), p.paid_at ? h('div', { class: 'small muted' }, `Thanh toán lúc ${formatDateTime(p.paid_at)}${p.receipt_number ? ` · biên lai ${p.receipt_number}` : ''}`) : null),
    );
    const pending = payments.find((p) => p.status === 'pending');
    const start = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'payment-start' }, pending ? 'Tiếp tục thanh toán' : `Thanh toán trực tuyến ${formatMoney(total)}`);
    start.addEventListener('click', async () => {
      start.disabled = true;
      try {
        const p = pending ?? (await post<Payment>(base, { provider: 'test' }));
        location.assign(p.pay_url);
      } catch (e) {
        start.disabled = false;
        box.append(alertBox(unavailable(e) ? PAYMENT_UNAVAILABLE : messageOf(e), 'error', 'payment-error'));
      }
    });
    replace(
      box,
      rows.length ? h('ul', {}, rows) : null,
      isPaid(payments)
        ? h('p', { class: 'alert alert-success', 'data-testid': 'payment-paid' }, 'Đã thanh toán phí, lệ phí.')
        : h('div', {}, h('p', {}, `Số tiền cần nộp: ${formatMoney(total)}.`), start, h('p', { class: 'small muted' }, 'Cổng thanh toán thử nghiệm: không có tiền thật được chuyển. Bạn cũng có thể thanh toán sau trong mục Hồ sơ của tôi.')),
    );
  }
  void load();
  return box;
}
