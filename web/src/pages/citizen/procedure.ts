// One procedure: requirements (components), fees, processing time, level, where to submit,
// the blank forms to download, the result, the legal basis, and the button that starts an
// online submission.
import { get } from '../../api';
import { agencyName, loadAgencies, receivingAgencies } from '../../agencies';
import { h } from '../../dom';
import { canSubmitOnline, formatDate, formatDuration, formatMoney, levelLabel, onlineLevelLabel } from '../../format';
import type { PageContext } from '../../page-context';
import type { Agency, Procedure } from '../../types';
import { badge, errorState, facts, pageTitle } from '../../ui/page';
import { componentsWithTemplates, templateLabel } from './form_templates';

export async function render(ctx: PageContext): Promise<void> {
  let p: Procedure;
  try {
    p = await get<Procedure>(`/procedures/${encodeURIComponent(ctx.params.code)}`, { signal: ctx.signal });
  } catch (e) {
    ctx.outlet.append(...pageTitle('Thủ tục hành chính'), errorState(e, () => location.reload()));
    return;
  }
  document.title = `${p.name} - Dịch vụ công một cửa`;
  const agencies: Agency[] = await loadAgencies().catch(() => []);
  const where = receivingAgencies(agencies, p.level);
  const competent = p.competent_agency_code ? agencyName(agencies, p.competent_agency_code) : '';

  const online = canSubmitOnline(p.online_level);
  const submitHref = `/nop-ho-so/${encodeURIComponent(p.code)}`;
  const staff = ctx.user !== null && ctx.user.role !== 'citizen';
  const action = staff
    ? ctx.user?.role === 'reception'
      ? h('a', { href: '/tiep-nhan', class: 'btn btn-primary' }, 'Tiếp nhận hồ sơ tại quầy')
      : null
    : online
      ? h('a', { href: submitHref, class: 'btn btn-primary', 'data-testid': 'procedure-submit' }, 'Nộp hồ sơ trực tuyến')
      : h('p', { class: 'muted' }, 'Thủ tục này nộp trực tiếp tại bộ phận một cửa hoặc qua bưu chính.');

  ctx.outlet.append(
    h('p', { class: 'small' }, h('a', { href: '/' }, '← Danh sách thủ tục')),
    ...pageTitle(p.name),
    h('p', { class: 'row' }, badge(levelLabel(p.level)), badge(onlineLevelLabel(p.online_level), online ? 'ok' : 'info'), p.four_on_the_spot ? badge('Thủ tục 4 tại chỗ', 'ok') : null),
    h('div', { class: 'card row' }, action, h('a', { href: '/tra-cuu', class: 'btn btn-secondary' }, 'Tra cứu hồ sơ đã nộp')),
    h(
      'section',
      { class: 'card', 'data-testid': 'procedure-facts' },
      h('h2', {}, 'Thông tin chung'),
      facts([
        ['Mã thủ tục', p.code],
        ['Lĩnh vực', p.field],
        ['Cấp thực hiện', levelLabel(p.level)],
        ['Thời hạn giải quyết', formatDuration(p.processing_time)],
        ['Cơ quan giải quyết', competent || (p.level === 'commune' ? 'Ủy ban nhân dân cấp xã nơi cư trú' : '')],
        ['Kết quả', p.result ? `${p.result.name}${p.result.valid_months ? ` (giá trị ${p.result.valid_months} tháng)` : ''}` : ''],
        ['Áp dụng từ ngày', formatDate(p.effective_from)],
        ['Nộp không phụ thuộc địa giới hành chính', p.boundary_free ? 'Có' : 'Không'],
      ]),
    ),
    h(
      'section',
      { class: 'card', 'data-testid': 'procedure-components' },
      h('h2', {}, 'Thành phần hồ sơ'),
      h(
        'ol',
        {},
        p.components.map((c) =>
          h('li', {}, c.name, ' ', c.required ? badge('Bắt buộc', 'warn') : badge('Nếu có', 'info'), c.copies > 1 ? h('span', { class: 'muted' }, ` (${c.copies} bản)`) : null),
        ),
      ),
      h('p', { class: 'small muted' }, 'Giấy tờ đã có trong kho dữ liệu điện tử của bạn sẽ được dùng lại, không phải nộp lại.'),
    ),
    h(
      'section',
      { class: 'card', 'data-testid': 'procedure-fees' },
      h('h2', {}, 'Phí, lệ phí'),
      p.fees.length === 0
        ? h('p', {}, 'Không thu phí, lệ phí.')
        : h(
            'div',
            { class: 'table-wrap' },
            h(
              'table',
              {},
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Khoản thu'), h('th', { scope: 'col' }, 'Mức thu'))),
              h(
                'tbody',
                {},
                p.fees.map((f) => h('tr', {}, h('td', {}, f.name, f.note ? h('div', { class: 'small muted' }, f.note) : null), h('td', { class: 'nowrap' }, formatMoney(f.amount_vnd)))),
              ),
            ),
          ),
    ),
    h(
      'section',
      { class: 'card', 'data-testid': 'procedure-where' },
      h('h2', {}, 'Nơi nộp hồ sơ'),
      online ? h('p', {}, 'Trực tuyến trên cổng dịch vụ công này, hoặc trực tiếp tại:') : h('p', {}, 'Trực tiếp tại:'),
      where.length ? h('ul', {}, where.map((a) => h('li', {}, a.name))) : h('p', { class: 'muted' }, 'Bộ phận một cửa nơi cư trú.'),
    ),
    templatesSection(p),
    h('section', { class: 'card' }, h('h2', {}, 'Căn cứ pháp lý'), h('p', {}, p.legal_basis || '—')),
  );
}

/** "Mẫu đơn, tờ khai": a download link for each component that has a template. */
function templatesSection(p: Procedure): HTMLElement {
  const withTemplates = componentsWithTemplates(p.components);
  return h(
    'section',
    { class: 'card', 'data-testid': 'procedure-templates' },
    h('h2', {}, 'Mẫu đơn, tờ khai'),
    withTemplates.length === 0
      ? h('p', { class: 'muted', 'data-testid': 'procedure-templates-none' }, 'Mẫu đơn, tờ khai được cung cấp tại bộ phận một cửa.')
      : h(
          'ul',
          {},
          withTemplates.map((c) =>
            h(
              'li',
              { 'data-testid': 'procedure-template' },
              h('a', { href: c.template.url, download: c.template.file_name, 'data-testid': 'procedure-template-link', 'data-component': c.id }, c.name),
              ' ',
              h('span', { class: 'muted small' }, `(${templateLabel(c.template)})`),
            ),
          ),
        ),
  );
}
