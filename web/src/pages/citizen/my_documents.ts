// "Giấy tờ của tôi": the citizen's electronic warehouse (results and attested copies), each
// with its validity, a download of the signed PDF and the public check page.
import { get } from '../../api';
import { h, replace } from '../../dom';
import { formatDate } from '../../format';
import type { PageContext } from '../../page-context';
import type { WarehouseDocument } from '../../types';
import { badge, emptyState, errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';

const STATUS: Record<string, [string, string]> = {
  valid: ['Còn hiệu lực', 'ok'],
  expired: ['Hết hiệu lực', 'warn'],
  revoked: ['Đã thu hồi', 'late'],
};

const KIND: Record<string, string> = {
  result: 'Kết quả giải quyết thủ tục',
  digitized_copy: 'Bản sao điện tử đã chứng thực',
};

export async function render(ctx: PageContext): Promise<void> {
  const out = h('section', { 'data-testid': 'my-documents' }, loading());
  ctx.outlet.append(
    ...pageTitle('Giấy tờ của tôi', 'Kho dữ liệu điện tử: kết quả giải quyết thủ tục và bản sao đã chứng thực. Giấy tờ còn hiệu lực được dùng lại khi bạn nộp hồ sơ mới.'),
    out,
  );
  const owner = ctx.user?.id_number ?? ctx.user?.username ?? '';
  try {
    const page = await get<{ items: WarehouseDocument[] }>(`/warehouse/${encodeURIComponent(owner)}`, { signal: ctx.signal });
    if (!page.items.length) {
      replace(out, emptyState('Kho dữ liệu của bạn chưa có giấy tờ nào.', 'my-documents-empty'));
      return;
    }
    replace(
      out,
      h(
        'ul',
        { class: 'list' },
        page.items.map((d) => {
          const [label, tone] = STATUS[d.status] ?? [d.status, 'info'];
          const enc = encodeURIComponent(d.code);
          return h(
            'li',
            { 'data-testid': 'my-document', 'data-code': d.code },
            h('h3', {}, d.title),
            h('p', { class: 'meta' }, badge(label, tone), h('span', {}, KIND[d.kind] ?? d.kind), h('span', {}, `Mã: ${d.code}`)),
            h(
              'p',
              { class: 'meta' },
              h('span', {}, `Cơ quan cấp: ${d.issuer}`),
              h('span', {}, `Ngày cấp: ${formatDate(d.issued_at)}`),
              h('span', {}, d.valid_until ? `Hiệu lực đến: ${formatDate(d.valid_until)}` : 'Không thời hạn'),
            ),
            h(
              'div',
              { class: 'row' },
              h('a', { href: `/api/v1/documents/${enc}/file`, class: 'btn btn-primary', download: `${d.code}.pdf`, 'data-testid': 'my-document-download' }, 'Tải về (PDF có chữ ký số)'),
              h('a', { href: `/verify/${enc}`, class: 'btn btn-link', target: '_blank', rel: 'noopener' }, 'Kiểm tra tính xác thực'),
            ),
          );
        }),
      ),
    );
  } catch (e) {
    if (!ctx.signal.aborted) replace(out, errorState(e, () => location.reload()));
  }
}
