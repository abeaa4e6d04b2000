// The counter's reception console (/tiep-nhan), built for the keyboard: personal number →
// Enter (the applicant is looked up, focus moves on) → procedure type-ahead → Enter receives
// the dossier → the warehouse's documents are reused, scans uploaded and attested → Alt+H
// finishes and opens the receipt. The API receives a dossier when it is created, so the
// components are attached right after "Tiếp nhận". An officer seated at a counter sees it above
// the form and gets the counter's procedures first (./counter.ts).
import { ApiError, get, messageOf, newIdempotencyKey, post } from '../../api';
import { h, replace } from '../../dom';
import { formatDuration, formatMoney, isPersonalNumber, isTaxCodeShape, levelLabel } from '../../format';
import type { PageContext } from '../../page-context';
import { navigate } from '../../router';
import { componentsPanel, type ComponentsPanel } from '../../shared/components_panel';
import { onlinePendingSection } from '../../shared/online_intake';
import type { Dossier, Page, Procedure, ProcedureSummary } from '../../types';
import { busy, field } from '../../ui/field';
import { facts, pageTitle } from '../../ui/page';
import { alertBox, toast } from '../../ui/toast';
import { typeahead } from '../../ui/typeahead';
import { applicantSummary, findApplicant, type ApplicantProfile } from './applicant_lookup';
import { rankForSeat, routingNote, seatTitle, type AgencyCounter } from './counter';

/** Alt+<key> shortcuts of the console: key → what it does. */
export const SHORTCUTS: Array<[string, string]> = [
  ['Alt+1', 'Số định danh người nộp'],
  ['Alt+2', 'Chọn thủ tục'],
  ['Enter', 'Sang bước tiếp theo / tiếp nhận'],
  ['Alt+D', 'Dùng lại tất cả giấy tờ trong kho'],
  ['Alt+H', 'Hoàn tất, in giấy tiếp nhận'],
  ['Alt+N', 'Tiếp nhận hồ sơ mới'],
];

/** Checks the identifier for the applicant's kind; a Vietnamese reason, or null. */
export function identifierProblem(kind: string, id: string): string | null {
  if (kind === 'organization') return isTaxCodeShape(id) ? null : 'Mã số thuế gồm 10 chữ số (chi nhánh: 10 chữ số, dấu gạch và 3 chữ số)';
  return isPersonalNumber(id) ? null : 'Số định danh cá nhân gồm đúng 12 chữ số';
}

export function render(ctx: PageContext): void {
  const kind = field({ label: 'Người nộp là', name: 'kind', testid: 'rc-kind', options: [['citizen', 'Công dân'], ['organization', 'Tổ chức, doanh nghiệp']] });
  const idNumber = field({ label: 'Số định danh cá nhân', name: 'id_number', required: true, inputmode: 'numeric', maxlength: 12, autocomplete: 'off', testid: 'rc-id-number', shortcut: 'Alt+1', hint: '12 chữ số trên căn cước. Nhấn Enter để tìm người nộp.' });
  const fullName = field({ label: 'Họ và tên', name: 'full_name', required: true, autocomplete: 'off', testid: 'rc-full-name' });
  const phone = field({ label: 'Số điện thoại', name: 'phone', type: 'tel', inputmode: 'tel', autocomplete: 'off', testid: 'rc-phone' });
  const email = field({ label: 'Thư điện tử', name: 'email', type: 'email', autocomplete: 'off', testid: 'rc-email' });
  const address = field({ label: 'Địa chỉ', name: 'address', autocomplete: 'off', testid: 'rc-address' });
  const lookupStatus = h('p', { class: 'small', role: 'status', 'data-testid': 'rc-applicant-status' });
  const procedureInput = field({ label: 'Thủ tục', name: 'procedure', required: true, testid: 'rc-procedure', shortcut: 'Alt+2', hint: 'Gõ tên hoặc mã thủ tục (không cần dấu), dùng phím mũi tên và Enter để chọn.' });
  const chosen = h('div', { 'data-testid': 'rc-procedure-selected', 'aria-live': 'polite' });
  const receive = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'rc-receive' }, 'Tiếp nhận hồ sơ');
  const formStatus = h('div', {});
  const papers = h('section', { class: 'card', hidden: true, 'data-testid': 'rc-papers', 'aria-labelledby': 'rc-papers-title' });

  let procedure: Procedure | null = null;
  let dossier: Dossier | null = null;
  let panel: ComponentsPanel | null = null;
  const key = newIdempotencyKey();
  const seat = ctx.user?.counter ?? null;
  const counterNote = h('div', { 'aria-live': 'polite' });
  // The agency's counters, read once, to say which counter serves a procedure of another field.
  let agencyCounters: Promise<AgencyCounter[]> | null = null;
  const countersOfAgency = (): Promise<AgencyCounter[]> =>
    (agencyCounters ??= ctx.user?.agency
      ? get<{ items: AgencyCounter[] }>('/counters', { query: { agency: ctx.user.agency.code } }).then((p) => p.items, () => [])
      : Promise.resolve([]));

  const listbox = typeahead<ProcedureSummary>({
    input: procedureInput.input as HTMLInputElement,
    testid: 'rc-procedure-options',
    // A wider page than shown, so that the counter's own procedures can come first.
    search: async (q) => rankForSeat((await get<Page<ProcedureSummary>>('/procedures', { query: { q, limit: seat ? 20 : 8 } })).items, seat).slice(0, 8),
    label: (p) => `${p.code} – ${p.name}`,
    detail: (p) => `${levelLabel(p.level)} · ${formatDuration(p.processing_time)}`,
    onPick: async (summary) => {
      procedureInput.setError(null);
      try {
        procedure = await get<Procedure>(`/procedures/${encodeURIComponent(summary.code)}`);
        const note = seat ? routingNote(seat, await countersOfAgency(), procedure.field) : null;
        replace(counterNote, note ? alertBox(note, 'info', 'rc-counter-note') : null);
        replace(
          chosen,
          facts([
            ['Thời hạn giải quyết', formatDuration(procedure.processing_time)],
            ['Phí, lệ phí', procedure.fees.length ? procedure.fees.map((f) => `${f.name}: ${formatMoney(f.amount_vnd)}`).join('; ') : 'Không thu'],
            ['Thành phần hồ sơ', procedure.components.map((c) => c.name + (c.required ? '' : ' (nếu có)')).join('; ')],
          ]),
        );
        receive.focus();
      } catch (e) {
        procedureInput.setError(messageOf(e));
      }
    },
  });
  procedureInput.el.append(listbox);

  const kindOf = () => (kind.value() === 'organization' ? 'organization' : 'citizen');
  kind.input.addEventListener('change', () => {
    const org = kindOf() === 'organization';
    idNumber.el.querySelector('label')!.firstChild!.textContent = org ? 'Mã số thuế' : 'Số định danh cá nhân';
    fullName.el.querySelector('label')!.firstChild!.textContent = org ? 'Tên tổ chức' : 'Họ và tên';
    (idNumber.input as HTMLInputElement).maxLength = org ? 14 : 12;
    idNumber.el.querySelector('.field-hint')!.textContent = org
      ? 'Mã số doanh nghiệp, mã số thuế: 10 chữ số (chi nhánh thêm -NNN). Nhấn Enter để tìm.'
      : '12 chữ số trên căn cước. Nhấn Enter để tìm người nộp.';
    idNumber.setError(null);
  });

  // The identifier typed, or null (its field then says what is wrong and has the focus).
  function checkedIdentifier(): string | null {
    const id = idNumber.value();
    const problem = identifierProblem(kindOf(), id);
    if (problem) {
      idNumber.setError(problem);
      idNumber.input.focus();
      return null;
    }
    return id;
  }

  // The identifier whose details fill the form, and the latest lookup (an earlier answer that
  // arrives late must not fill the form).
  let filledFor: string | null = null;
  let lookups = 0;
  async function lookup(): Promise<void> {
    const id = checkedIdentifier();
    if (id === null) return;
    idNumber.setError(null);
    // Another person: nothing of the previous one may stay in the form and go into this dossier.
    if (filledFor !== null && filledFor !== id) {
      for (const f of [fullName, phone, email, address]) f.input.value = '';
    }
    filledFor = id;
    const mine = ++lookups;
    lookupStatus.textContent = 'Đang tìm người nộp…';
    let found: ApplicantProfile | null;
    try {
      found = await findApplicant(id, ctx.signal);
      if (mine !== lookups) return;
    } catch (e) {
      if (mine !== lookups) return;
      if (e instanceof ApiError && e.field === 'id_number' && e.status === 400) {
        lookupStatus.textContent = '';
        idNumber.setError(e.message);
        idNumber.input.focus();
        return;
      }
      lookupStatus.textContent = `Không tra cứu được người nộp: ${messageOf(e)} Có thể nhập thông tin người nộp và tiếp tục.`;
      fullName.input.focus();
      return;
    }
    if (found) {
      const a = found.applicant;
      fullName.input.value = a.full_name;
      // Someone known only by their account has no contact details yet: keep what was typed.
      if (found.known_from_dossiers) {
        phone.input.value = a.phone ?? '';
        email.input.value = a.email ?? '';
        address.input.value = a.address ?? '';
      }
      lookupStatus.textContent = applicantSummary(found);
      (found.known_from_dossiers ? procedureInput.input : phone.input).focus();
    } else {
      lookupStatus.textContent = 'Người nộp mới: nhập họ tên; tài khoản của người nộp được tạo khi tiếp nhận.';
      fullName.input.focus();
    }
  }
  idNumber.input.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter') {
      e.preventDefault();
      void lookup();
    }
  });
  idNumber.input.addEventListener('input', () => {
    const input = idNumber.input as HTMLInputElement;
    input.value = kindOf() === 'organization' ? input.value.replace(/[^\d-]/g, '').slice(0, 14) : input.value.replace(/\D/g, '').slice(0, 12);
  });

  const form = h(
    'form',
    { class: 'card', novalidate: true, 'data-testid': 'rc-form' },
    h('h2', {}, 'Người nộp hồ sơ'),
    h('div', { class: 'grid grid-2' }, kind.el, h('div'), idNumber.el, fullName.el, phone.el, address.el, email.el),
    lookupStatus,
    h('h2', {}, 'Thủ tục'),
    procedureInput.el,
    chosen,
    counterNote,
    formStatus,
    receive,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    formStatus.replaceChildren();
    if (dossier) return;
    const id = checkedIdentifier();
    if (id === null) return;
    if (filledFor !== null && filledFor !== id) {
      // The number changed after a lookup filled the form with someone else's details.
      idNumber.setError('Số định danh đã thay đổi sau khi tra cứu: nhấn Enter để tìm lại người nộp');
      idNumber.input.focus();
      return;
    }
    if (!fullName.value()) {
      fullName.setError(kindOf() === 'organization' ? 'Vui lòng nhập tên tổ chức' : 'Vui lòng nhập họ và tên người nộp');
      fullName.input.focus();
      return;
    }
    fullName.setError(null);
    if (!procedure) {
      procedureInput.setError('Vui lòng chọn thủ tục trong danh sách gợi ý');
      procedureInput.input.focus();
      return;
    }
    try {
      dossier = await busy(receive, 'Đang tiếp nhận…', () =>
        post<Dossier>(
          '/dossiers',
          {
            procedure_code: procedure!.code,
            channel: 'counter',
            applicant: { kind: kindOf(), id_number: id, full_name: fullName.value(), phone: phone.value(), email: email.value(), address: address.value() },
          },
          { idempotencyKey: key },
        ),
      );
    } catch (err) {
      replace(formStatus, alertBox(messageOf(err), 'error', 'rc-error'));
      return;
    }
    toast(`Đã tiếp nhận hồ sơ ${dossier.code}`, 'success');
    form.querySelectorAll('input, button').forEach((el) => ((el as HTMLInputElement).disabled = true));
    await showPapers(dossier);
  });

  async function showPapers(d: Dossier): Promise<void> {
    panel = componentsPanel({ dossierCode: d.code, attest: true, signal: ctx.signal });
    const reuseAll = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'rc-reuse-all', 'aria-keyshortcuts': 'Alt+D' }, 'Dùng lại tất cả giấy tờ trong kho', h('kbd', { 'aria-hidden': 'true' }, 'Alt+D'));
    reuseAll.addEventListener('click', () => void busy(reuseAll, 'Đang dùng lại…', () => panel!.reuseAll()));
    const finish = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'rc-finish', 'aria-keyshortcuts': 'Alt+H' }, 'Hoàn tất, in giấy tiếp nhận', h('kbd', { 'aria-hidden': 'true' }, 'Alt+H'));
    const missing = h('div', {});
    finish.addEventListener('click', () => {
      const left = panel!.missingRequired();
      if (left.length && !finish.dataset.confirm) {
        finish.dataset.confirm = '1';
        replace(missing, alertBox(`Còn thiếu bản điện tử của: ${left.map((m) => m.name).join('; ')}. Nhấn "Hoàn tất" lần nữa nếu đã nhận bản giấy.`, 'error', 'rc-missing'));
        finish.focus();
        return;
      }
      navigate(`/tiep-nhan/ho-so/${encodeURIComponent(d.code)}`);
    });
    replace(
      papers,
      h('h2', { id: 'rc-papers-title' }, `Giấy tờ của hồ sơ ${d.code}`),
      h('p', { class: 'small' }, 'Giấy tờ còn hiệu lực trong kho dữ liệu của người nộp được đề xuất dùng lại; quét hoặc tải lên phần còn lại và chứng thực bản điện tử.'),
      reuseAll,
      panel.el,
      missing,
      h('div', { class: 'wizard-actions' }, h('span'), finish),
    );
    papers.hidden = false;
    await panel.refresh();
    (papers.querySelector<HTMLElement>('[data-testid^="reuse-"], input[type=file]') ?? finish).focus();
  }

  const onKey = (e: KeyboardEvent) => {
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const k = e.key.toLowerCase();
    const click = (testid: string) => papers.querySelector<HTMLButtonElement>(`[data-testid="${testid}"]`)?.click();
    if (k === '1') idNumber.input.focus();
    else if (k === '2') procedureInput.input.focus();
    else if (k === 'd') click('rc-reuse-all');
    else if (k === 'h') click('rc-finish');
    else if (k === 'n') navigate('/tiep-nhan?moi=' + Date.now(), true);
    else return;
    e.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  ctx.signal.addEventListener('abort', () => document.removeEventListener('keydown', onKey));

  ctx.outlet.append(
    ...pageTitle('Tiếp nhận hồ sơ', ctx.user?.agency?.name),
    ...(seat
      ? [h('p', { class: 'small', 'data-testid': 'rc-counter' }, h('strong', {}, seatTitle(seat)), seat.fields.length ? ` · phụ trách: ${seat.fields.join(', ')}` : ' · tiếp nhận mọi lĩnh vực', seat.active ? '' : ' (quầy đang đóng)')]
      : []),
    h('p', { class: 'shortcuts', 'data-testid': 'rc-shortcuts' }, SHORTCUTS.map(([k, v]) => h('span', {}, h('kbd', {}, k), ' ', v))),
    form,
    papers,
    // Dossiers submitted online wait here for the desk to receive them (on the dossier screen).
    onlinePendingSection(ctx.user, ctx.signal),
  );
  idNumber.input.focus();
}
