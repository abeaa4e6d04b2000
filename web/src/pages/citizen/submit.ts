// Online submission as a short wizard (/nop-ho-so/<procedure>):
//  1. who submits (from the login) and, for a commune procedure, which commune;
//  2. the components: what the warehouse already holds is reused with one click, only what is
//     missing is uploaded (with progress);
//  3. the fee (test payment provider);
//  4. done, with the dossier code.
// The API receives a dossier when it is created (status submitted_online, waiting for an
// officer), so step 1 creates it; ?ho-so=<code>&buoc=<n> in the address resumes the wizard.
import { get, messageOf, newIdempotencyKey, post } from '../../api';
import { loadAgencies, receivingAgencies } from '../../agencies';
import { h, replace } from '../../dom';
import { formatDate, formatDuration, formatMoney } from '../../format';
import type { PageContext } from '../../page-context';
import { navigate } from '../../router';
import type { Dossier, Procedure } from '../../types';
import { busy, field } from '../../ui/field';
import { errorState, facts, pageTitle } from '../../ui/page';
import { componentsPanel } from '../../shared/components_panel';
import { alertBox } from '../../ui/toast';
import { paymentSection } from './payment';

export const STEPS = ['Thông tin người nộp', 'Giấy tờ', 'Phí, lệ phí', 'Hoàn tất'];

/**
 * The amount asked online, as the payment service picks it (docs/formats/portal-api.md): the
 * first fee line with an amount that is not the counter's ("nộp trực tiếp"); reductions are
 * settled by the officer.
 */
export function feeTotal(p: Pick<Procedure, 'fees'>): number {
  const line = p.fees.find((f) => f.amount_vnd > 0 && !/nộp trực tiếp/i.test(f.name));
  return line?.amount_vnd ?? 0;
}

function stepper(current: number): HTMLElement {
  return h(
    'ol',
    { class: 'steps', 'aria-label': 'Các bước nộp hồ sơ', 'data-testid': 'wizard-steps' },
    STEPS.map((s, i) => h('li', { 'aria-current': i === current ? 'step' : null }, s)),
  );
}

export async function render(ctx: PageContext): Promise<void> {
  const user = ctx.user;
  if (!user) return;
  let p: Procedure;
  try {
    p = await get<Procedure>(`/procedures/${encodeURIComponent(ctx.params.code)}`, { signal: ctx.signal });
  } catch (e) {
    ctx.outlet.append(...pageTitle('Nộp hồ sơ trực tuyến'), errorState(e));
    return;
  }
  const code = ctx.query.get('ho-so');
  const step = code ? Math.min(3, Math.max(1, Number(ctx.query.get('buoc') ?? '1') || 1)) : 0;
  const go = (n: number, dossier = code) => navigate(`/nop-ho-so/${encodeURIComponent(p.code)}?ho-so=${encodeURIComponent(dossier ?? '')}&buoc=${n}`);

  ctx.outlet.append(
    ...pageTitle('Nộp hồ sơ trực tuyến', p.name),
    stepper(step),
  );
  const body = h('div', { class: 'card', 'data-testid': `wizard-step-${step + 1}` });
  ctx.outlet.append(body);

  if (step === 0) {
    await applicantStep(ctx, p, body, (dossier) => go(1, dossier.code));
  } else if (step === 1 && code) {
    const next = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'wizard-next' }, 'Tiếp tục');
    const reuseAll = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'reuse-all', hidden: true }, 'Dùng lại tất cả giấy tờ có sẵn');
    const status = h('div', {});
    const panel = componentsPanel({
      dossierCode: code,
      signal: ctx.signal,
      onChange: (a) => {
        reuseAll.hidden = !a.items.some((i) => !i.reused && !i.file_ids.length && i.candidates?.length);
      },
    });
    reuseAll.addEventListener('click', () => void busy(reuseAll, 'Đang dùng lại…', () => panel.reuseAll()));
    // Adding papers on a supplement request ends back on the dossier, where it is sent.
    const current = await get<Dossier>(`/dossiers/${encodeURIComponent(code)}`).catch(() => null);
    const supplement = current?.status === 'supplement_requested';
    if (supplement) next.textContent = 'Xong, quay lại hồ sơ để nộp bổ sung';
    next.addEventListener('click', () => {
      const missing = panel.missingRequired();
      if (missing.length) {
        replace(status, alertBox(`Còn thiếu: ${missing.map((m) => m.name).join('; ')}. Vui lòng tải lên hoặc dùng lại giấy tờ có sẵn.`, 'error', 'wizard-missing'));
        return;
      }
      if (supplement) navigate(`/ho-so-cua-toi/${encodeURIComponent(code)}`);
      else go(2);
    });
    replace(
      body,
      h('h2', {}, 'Giấy tờ trong hồ sơ'),
      h('p', {}, `Hồ sơ ${code} đã được tạo. Giấy tờ đã có trong kho dữ liệu điện tử của bạn được đề xuất dùng lại; chỉ cần tải lên những gì còn thiếu.`),
      reuseAll,
      panel.el,
      status,
      h('div', { class: 'wizard-actions' }, h('span'), next),
    );
    await panel.refresh();
  } else if (step === 2 && code) {
    const total = feeTotal(p);
    const next = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'wizard-next' }, 'Tiếp tục');
    next.addEventListener('click', () => go(3));
    replace(
      body,
      h('h2', {}, 'Phí, lệ phí'),
      p.fees.length
        ? h('ul', {}, p.fees.map((f) => h('li', {}, `${f.name}: ${formatMoney(f.amount_vnd)}`)))
        : null,
      paymentSection(code, total, ctx.signal),
      h('div', { class: 'wizard-actions' }, h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => go(1) }, 'Quay lại'), next),
    );
  } else if (code) {
    await doneStep(ctx, code, body);
  }
}

async function applicantStep(ctx: PageContext, p: Procedure, body: HTMLElement, onCreated: (d: Dossier) => void): Promise<void> {
  const user = ctx.user!;
  const phone = field({ label: 'Số điện thoại', name: 'phone', type: 'tel', autocomplete: 'tel', inputmode: 'tel', testid: 'applicant-phone', hint: 'Để nhận thông báo về hồ sơ (không bắt buộc).' });
  const email = field({ label: 'Thư điện tử', name: 'email', type: 'email', autocomplete: 'email', testid: 'applicant-email' });
  const address = field({ label: 'Địa chỉ liên hệ', name: 'address', autocomplete: 'street-address', testid: 'applicant-address' });
  let commune: ReturnType<typeof field> | null = null;
  if (p.level === 'commune') {
    const communes = receivingAgencies(await loadAgencies().catch(() => []), 'commune');
    commune = field({
      label: 'Nơi giải quyết',
      name: 'handling_agency_code',
      required: true,
      testid: 'applicant-commune',
      options: [['', '— Chọn xã, phường —'], ...communes.map((a): [string, string] => [a.code, a.name])],
      hint: 'Thủ tục cấp xã: chọn xã, phường nơi bạn muốn nộp hồ sơ.',
    });
  }
  const status = h('div', {});
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'wizard-create' }, 'Tạo hồ sơ và tiếp tục');
  const form = h(
    'form',
    { novalidate: true, 'data-testid': 'wizard-applicant' },
    h('h2', {}, 'Thông tin người nộp'),
    facts([
      ['Họ và tên', user.full_name],
      ['Số định danh cá nhân', user.id_number ?? user.username],
      ['Thời hạn giải quyết', formatDuration(p.processing_time)],
    ]),
    phone.el,
    email.el,
    address.el,
    commune?.el,
    status,
    h('div', { class: 'wizard-actions' }, h('a', { href: `/thu-tuc/${encodeURIComponent(p.code)}`, class: 'btn btn-secondary' }, 'Quay lại'), submit),
  );
  const key = newIdempotencyKey();
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.replaceChildren();
    if (commune && !commune.value()) {
      commune.setError('Vui lòng chọn nơi giải quyết');
      commune.input.focus();
      return;
    }
    commune?.setError(null);
    try {
      const dossier = await busy(submit, 'Đang tạo hồ sơ…', () =>
        post<Dossier>(
          '/dossiers',
          {
            procedure_code: p.code,
            channel: 'online',
            handling_agency_code: commune?.value() || undefined,
            applicant: { kind: 'citizen', id_number: user.id_number ?? user.username, full_name: user.full_name, phone: phone.value(), email: email.value(), address: address.value() },
          },
          { idempotencyKey: key },
        ),
      );
      onCreated(dossier);
    } catch (err) {
      status.replaceChildren(alertBox(messageOf(err), 'error', 'wizard-error'));
    }
  });
  replace(body, form);
}

async function doneStep(ctx: PageContext, code: string, body: HTMLElement): Promise<void> {
  let d: Dossier;
  try {
    d = await get<Dossier>(`/dossiers/${encodeURIComponent(code)}`, { signal: ctx.signal });
  } catch (e) {
    replace(body, errorState(e));
    return;
  }
  replace(
    body,
    h('h2', {}, 'Đã nộp hồ sơ'),
    h('p', { class: 'alert alert-success' }, 'Hồ sơ của bạn đã được gửi đến bộ phận một cửa. Cán bộ sẽ kiểm tra và tiếp nhận; bạn sẽ theo dõi được tình trạng trong mục Hồ sơ của tôi.'),
    h('p', {}, 'Mã hồ sơ:'),
    h('p', { class: 'big-code', 'data-testid': 'wizard-dossier-code' }, d.code),
    facts([
      ['Tình trạng', d.status_label],
      ['Ngày hẹn trả kết quả (dự kiến)', formatDate(d.due_at)],
    ]),
    h('div', { class: 'row' }, h('a', { href: `/ho-so-cua-toi/${encodeURIComponent(d.code)}`, class: 'btn btn-primary', 'data-testid': 'wizard-open-dossier' }, 'Xem hồ sơ'), h('a', { href: `/tra-cuu/${encodeURIComponent(d.code)}`, class: 'btn btn-secondary' }, 'Tra cứu theo mã')),
  );
}
