// After intake (/tiep-nhan/ho-so/<code>): the dossier code, the appointment, and the official
// forms printed at intake (receipt and appointment slip, control slip) to open and print.
import { get } from '../../api';
import { h } from '../../dom';
import { formatDateTime } from '../../format';
import type { PageContext } from '../../page-context';
import { loadDossierOrShowError } from '../../shared/dossier_loader';
import { facts, pageTitle } from '../../ui/page';

interface FormEntry {
  form: string;
  title: string;
  created_at: string;
}

export async function render(ctx: PageContext): Promise<void> {
  const code = ctx.params.code;
  const enc = encodeURIComponent(code);
  const d = await loadDossierOrShowError(ctx);
  if (!d) return;
  const forms = await get<{ items: FormEntry[] }>(`/dossiers/${enc}/forms`).then((f) => f.items, () => [] as FormEntry[]);
  const receiptUrl = `/api/v1/dossiers/${enc}/forms/receipt.pdf`;
  const newButton = h('a', { href: '/tiep-nhan', class: 'btn btn-secondary', 'data-testid': 'rc-new', 'aria-keyshortcuts': 'Alt+N' }, 'Tiếp nhận hồ sơ mới', h('kbd', { 'aria-hidden': 'true' }, 'Alt+N'));
  const onKey = (e: KeyboardEvent) => {
    if (e.altKey && e.key.toLowerCase() === 'n') {
      e.preventDefault();
      newButton.click();
    }
  };
  document.addEventListener('keydown', onKey);
  ctx.signal.addEventListener('abort', () => document.removeEventListener('keydown', onKey));

  ctx.outlet.append(
    ...pageTitle('Đã tiếp nhận hồ sơ'),
    h(
      'section',
      { class: 'card', 'data-testid': 'rc-received' },
      h('p', {}, 'Mã hồ sơ:'),
      h('p', { class: 'big-code', 'data-testid': 'rc-dossier-code' }, d.code),
      facts([
        ['Người nộp', `${d.applicant.full_name} (${d.applicant.id_number})`],
        ['Thủ tục', d.procedure?.name ?? d.procedure_code],
        ['Tình trạng', d.status_label],
        ['Thời gian tiếp nhận', formatDateTime(d.received_at)],
        ['Hẹn trả kết quả', formatDateTime(d.due_at)],
      ]),
      h(
        'div',
        { class: 'row', style: 'margin-top:1rem' },
        h('a', { href: receiptUrl, class: 'btn btn-primary', target: '_blank', rel: 'noopener', 'data-testid': 'rc-receipt' }, 'In giấy tiếp nhận và hẹn trả kết quả'),
        newButton,
      ),
    ),
    forms.length
      ? h(
          'section',
          { class: 'card' },
          h('h2', {}, 'Biểu mẫu của hồ sơ'),
          h(
            'ul',
            { 'data-testid': 'rc-forms' },
            forms.map((f) => h('li', {}, h('a', { href: `/api/v1/dossiers/${enc}/forms/${encodeURIComponent(f.form)}.pdf`, target: '_blank', rel: 'noopener', 'data-testid': `rc-form-${f.form}` }, f.title), h('span', { class: 'small muted' }, ` — in lúc ${formatDateTime(f.created_at)}`))),
          ),
        )
      : '',
  );
  (ctx.outlet.querySelector<HTMLElement>('[data-testid="rc-receipt"]') ?? newButton).focus();
}
