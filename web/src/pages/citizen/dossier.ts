// One of the citizen's dossiers: status, dates, history, components, fees, the receipt, the
// signed result once issued, and the rating form once the result is returned.
import { ApiError, get, messageOf, post } from '../../api';
import { h, replace } from '../../dom';
import { formatDate, formatDateTime } from '../../format';
import type { PageContext } from '../../page-context';
import type { Dossier, Procedure } from '../../types';
import { busy, field } from '../../ui/field';
import { badge, errorState, facts, pageTitle } from '../../ui/page';
import { alertBox, toast } from '../../ui/toast';
import { appointmentText } from '../../shared/appointment';
import { componentsPanel } from '../../shared/components_panel';
import { paymentSection } from './payment';
import { feeTotal } from './submit';
import { statusTone } from './track';

/** Whether the citizen may still add papers (before an officer takes it up, or on request). */
export function canAddPapers(status: string): boolean {
  return status === 'submitted_online' || status === 'supplement_requested';
}

/** The applicant rates a dossier once it is over. */
export function canRate(status: string): boolean {
  return status === 'returned' || status === 'stopped' || status === 'not_received';
}

/** A result can be downloaded once it is issued. */
export function hasResult(status: string): boolean {
  return status === 'result_ready' || status === 'returned';
}

export async function render(ctx: PageContext): Promise<void> {
  const code = ctx.params.code;
  const base = `/dossiers/${encodeURIComponent(code)}`;
  let d: Dossier;
  try {
    d = await get<Dossier>(base, { signal: ctx.signal });
  } catch (e) {
    ctx.outlet.append(...pageTitle(`Hồ sơ ${code}`), errorState(e));
    return;
  }
  const procedure = await get<Procedure>(`/procedures/${encodeURIComponent(d.procedure_code)}`).catch(() => null);
  const enc = encodeURIComponent(d.code);

  ctx.outlet.append(
    h('p', { class: 'small' }, h('a', { href: '/ho-so-cua-toi' }, '← Hồ sơ của tôi')),
    ...pageTitle(`Hồ sơ ${d.code}`, d.procedure?.name ?? procedure?.name),
    h(
      'section',
      { class: 'card', 'data-testid': 'dossier-summary' },
      h('p', {}, badge(d.status_label, statusTone(d.status, d.overdue), 'dossier-status'), d.overdue ? ' ' : null, d.overdue ? badge('Quá hạn', 'late') : null),
      facts([
        ['Ngày nộp', formatDateTime(d.submitted_at ?? d.received_at)],
        ['Ngày tiếp nhận', d.status === 'submitted_online' ? 'Chờ cán bộ tiếp nhận' : formatDateTime(d.received_at)],
        ['Ngày hẹn trả kết quả', appointmentText(d.due_at, d.promised_at)],
        ['Ngày trả kết quả', formatDate(d.returned_at)],
      ]),
      h(
        'div',
        { class: 'row', style: 'margin-top:.75rem' },
        d.status !== 'submitted_online' ? h('a', { href: `/api/v1/dossiers/${enc}/forms/receipt.pdf`, class: 'btn btn-secondary', target: '_blank', rel: 'noopener', 'data-testid': 'dossier-receipt' }, 'Giấy tiếp nhận và hẹn trả kết quả (PDF)') : null,
        hasResult(d.status) ? h('a', { href: `/api/v1/dossiers/${enc}/result.pdf`, class: 'btn btn-primary', download: `${d.code}-ket-qua.pdf`, 'data-testid': 'dossier-result' }, 'Tải kết quả (bản điện tử có chữ ký số)') : null,
        canAddPapers(d.status) && procedure ? h('a', { href: `/nop-ho-so/${encodeURIComponent(procedure.code)}?ho-so=${enc}&buoc=1`, class: 'btn btn-primary', 'data-testid': 'dossier-add-papers' }, d.status === 'supplement_requested' ? 'Bổ sung giấy tờ' : 'Bổ sung, chỉnh sửa giấy tờ') : null,
      ),
    ),
  );

  if (d.status === 'supplement_requested') {
    const asked = [...(d.history ?? [])].reverse().find((e) => e.to === 'supplement_requested');
    ctx.outlet.append(
      h(
        'div',
        { class: 'alert alert-error', role: 'alert', 'data-testid': 'dossier-supplement' },
        h('p', {}, h('strong', {}, 'Cơ quan giải quyết yêu cầu bổ sung hồ sơ.')),
        asked?.note ? h('p', {}, `Nội dung: ${asked.note}`) : null,
        h('p', {}, 'Tải lên giấy tờ còn thiếu, rồi bấm "Nộp bổ sung hồ sơ".'),
      ),
    );
  }
  const actions = actionsSection(d);
  if (actions) ctx.outlet.append(actions);
  if (canRate(d.status)) ctx.outlet.append(ratingSection(d));

  const panelHost = h('section', { class: 'card', 'data-testid': 'dossier-components' }, h('h2', {}, 'Thành phần hồ sơ'));
  ctx.outlet.append(panelHost);
  const panel = componentsPanel({ dossierCode: d.code, signal: ctx.signal, readOnly: true });
  panelHost.append(panel.el);
  void panel.refresh();

  if (procedure && feeTotal(procedure) > 0) {
    ctx.outlet.append(h('section', { class: 'card' }, h('h2', {}, 'Phí, lệ phí'), paymentSection(d.code, feeTotal(procedure), ctx.signal)));
  }

  ctx.outlet.append(
    h(
      'section',
      { class: 'card' },
      h('h2', {}, 'Quá trình xử lý'),
      h(
        'ol',
        { class: 'timeline', 'data-testid': 'dossier-history' },
        (d.history ?? []).map((e) => h('li', {}, h('strong', {}, e.to_label), h('div', { class: 'small muted' }, formatDateTime(e.at)), e.note ? h('div', {}, e.note) : null)),
      ),
    ),
  );
}

/** The actions the server offers the applicant (available_actions), as buttons. */
function actionsSection(d: Dossier): HTMLElement | null {
  const offered = (d.available_actions ?? []).filter((a) => a.action === 'submit_supplement' || a.action === 'request_withdrawal');
  if (!offered.length) return null;
  const status = h('div', {});
  const note = field({ label: 'Ghi chú gửi cơ quan giải quyết (không bắt buộc)', name: 'note', multiline: true, maxlength: 500, testid: 'dossier-action-note' });
  const buttons = offered.map((a) => {
    const withdraw = a.action === 'request_withdrawal';
    const btn = h('button', { type: 'button', class: withdraw ? 'btn btn-secondary' : 'btn btn-primary', 'data-testid': `dossier-action-${a.action}` }, a.label);
    btn.addEventListener('click', async () => {
      // Withdrawing cannot be undone by the citizen: ask once more.
      if (withdraw && !btn.dataset.confirm) {
        btn.dataset.confirm = '1';
        btn.textContent = 'Nhấn lần nữa để xác nhận rút hồ sơ';
        return;
      }
      try {
        await busy(btn, 'Đang gửi…', () => post(`/dossiers/${encodeURIComponent(d.code)}/transitions`, { action: a.action, note: note.value() }));
        toast(withdraw ? 'Đã gửi yêu cầu rút hồ sơ' : 'Đã nộp bổ sung hồ sơ', 'success');
        location.reload();
      } catch (e) {
        replace(status, alertBox(messageOf(e), 'error', 'dossier-action-error'));
      }
    });
    return btn;
  });
  return h('section', { class: 'card', 'data-testid': 'dossier-actions' }, h('h2', {}, 'Thao tác'), note.el, status, h('div', { class: 'row' }, buttons));
}

interface Rating {
  score: number;
  comment: string;
  created_at: string;
}

function ratingSection(d: Dossier): HTMLElement {
  const box = h('section', { class: 'card', 'data-testid': 'rating' }, h('h2', {}, 'Đánh giá mức độ hài lòng'));
  const base = `/dossiers/${encodeURIComponent(d.code)}/rating`;
  const show = (r: Rating) =>
    box.append(h('p', { class: 'alert alert-success', 'data-testid': 'rating-done' }, `Bạn đã đánh giá ${r.score}/5${r.comment ? `: "${r.comment}"` : ''}. Cảm ơn bạn!`));

  void get<Rating>(base).then(
    (r) => show(r),
    (e: unknown) => {
      // Not rated yet (404 not_rated) shows the form; anything else is said in words.
      if (!(e instanceof ApiError && e.code === 'not_rated')) {
        box.append(alertBox(`Không tải được đánh giá: ${messageOf(e)}`, 'error', 'rating-error'));
        return;
      }
      const labels = ['Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'];
      const fieldset = h(
        'fieldset',
        { class: 'rating' },
        h('legend', {}, 'Bạn hài lòng thế nào với việc giải quyết hồ sơ này?'),
        labels.map((l, i) => h('label', {}, h('input', { type: 'radio', name: 'score', value: i + 1, 'data-testid': `rating-score-${i + 1}` }), `${i + 1} – ${l}`)),
      );
      const comment = field({ label: 'Góp ý (không bắt buộc)', name: 'comment', multiline: true, maxlength: 1000, testid: 'rating-comment' });
      const status = h('div', {});
      const submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'rating-submit' }, 'Gửi đánh giá');
      const form = h('form', { novalidate: true }, fieldset, comment.el, status, submit);
      form.addEventListener('submit', async (ev) => {
        ev.preventDefault();
        const picked = form.querySelector<HTMLInputElement>('input[name=score]:checked');
        if (!picked) {
          replace(status, alertBox('Vui lòng chọn mức độ hài lòng', 'error', 'rating-error'));
          return;
        }
        try {
          const r = await busy(submit, 'Đang gửi…', () => post<Rating>(base, { score: Number(picked.value), comment: comment.value() }));
          form.remove();
          show(r);
          toast('Cảm ơn bạn đã đánh giá', 'success');
        } catch (err) {
          replace(status, alertBox(messageOf(err), 'error', 'rating-error'));
        }
      });
      box.append(form);
    },
  );
  return box;
}
