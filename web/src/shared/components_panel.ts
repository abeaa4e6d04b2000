// A dossier's components, shared by the citizen's submission wizard and the reception console:
// for each component, what the applicant's warehouse already holds (reused with one click), what
// was uploaded, and an upload (file input or drag-and-drop) with progress. At the counter the
// officer can attest each scan (signed copy filed in the warehouse).
import { get, messageOf, post, upload } from '../api';
import { h, replace } from '../dom';
import { formatBytes, formatDate } from '../format';
import type { ReuseCandidate, ReuseItem } from '../types';
import { badge, errorState } from '../ui/page';
import { loading, progressBar } from '../ui/progress';
import { toast } from '../ui/toast';

export interface ReuseAnswer {
  items: ReuseItem[];
  reuse: { required: number; reused: number; ratio: number };
}

export interface ComponentsPanelOptions {
  dossierCode: string;
  /** Offer "attest the copy" on uploads (reception officers). */
  attest?: boolean;
  /** Only list the components and what supplies them: no reuse, no upload. */
  readOnly?: boolean;
  /** Called after every change (reuse, upload) with the fresh list. */
  onChange?: (answer: ReuseAnswer) => void;
  signal?: AbortSignal;
}

export interface ComponentsPanel {
  el: HTMLElement;
  refresh(): Promise<void>;
  /** Required components still without a file or a reused document. */
  missingRequired(): ReuseItem[];
  /** Reuses the first candidate of every component that still needs one; returns how many. */
  reuseAll(): Promise<number>;
}

export const ACCEPT = '.pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff';
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** True when a component has what it needs: a reused document or at least one file. */
export function isSupplied(item: ReuseItem): boolean {
  return item.reused || item.document_code !== null || item.file_ids.length > 0;
}

/** Components that are required and not yet supplied. */
export function missingRequired(items: ReuseItem[]): ReuseItem[] {
  return items.filter((i) => i.required && !isSupplied(i));
}

/** Checks a chosen file before sending it; a Vietnamese reason, or null when it may go. */
export function checkFile(file: { name: string; size: number; type: string }): string | null {
  if (file.size === 0) return `Tệp "${file.name}" rỗng`;
  if (file.size > MAX_UPLOAD_BYTES) return `Tệp "${file.name}" lớn hơn ${formatBytes(MAX_UPLOAD_BYTES)}`;
  const okType = /^(application\/pdf|image\/(jpeg|png|tiff))$/.test(file.type) || /\.(pdf|jpe?g|png|tiff?)$/i.test(file.name);
  if (!okType) return `Tệp "${file.name}" không phải PDF, JPEG, PNG hoặc TIFF`;
  return null;
}

export function componentsPanel(o: ComponentsPanelOptions): ComponentsPanel {
  const base = `/dossiers/${encodeURIComponent(o.dossierCode)}`;
  const list = h('div', { class: 'components', 'data-testid': 'components' });
  const summary = h('p', { class: 'small', 'aria-live': 'polite', 'data-testid': 'components-summary' });
  const el = h('div', {}, summary, list);
  let items: ReuseItem[] = [];

  async function refresh(): Promise<void> {
    if (!items.length) replace(list, loading('Đang kiểm tra kho dữ liệu…'));
    try {
      const answer = await get<ReuseAnswer>(`${base}/reuse`, { signal: o.signal });
      items = answer.items;
      const focused = document.activeElement?.getAttribute('data-testid');
      replace(list, ...items.map(componentView));
      // Keep the keyboard where it was after a redraw.
      if (focused) list.querySelector<HTMLElement>(`[data-testid="${focused}"]`)?.focus();
      const supplied = items.filter(isSupplied).length;
      summary.textContent = `Đã có ${supplied}/${items.length} thành phần; dùng lại từ kho dữ liệu: ${answer.reuse.reused}.`;
      o.onChange?.(answer);
    } catch (e) {
      if (!o.signal?.aborted) replace(list, errorState(e, () => void refresh()));
    }
  }

  async function reuse(item: ReuseItem, candidate: ReuseCandidate, btn?: HTMLButtonElement): Promise<boolean> {
    if (btn) btn.disabled = true;
    try {
      await post(`${base}/components/${encodeURIComponent(item.component_id)}/reuse`, { document_code: candidate.document_code });
      toast(`Đã dùng lại "${candidate.title}" cho ${item.name}`, 'success');
      return true;
    } catch (e) {
      toast(messageOf(e), 'error');
      if (btn) btn.disabled = false;
      return false;
    }
  }

  async function sendFiles(item: ReuseItem, files: File[], attest: boolean, host: HTMLElement): Promise<void> {
    let sent = 0;
    for (const file of files) {
      const problem = checkFile(file);
      if (problem) {
        toast(problem, 'error');
        continue;
      }
      const bar = progressBar(`Tải lên ${file.name} (${formatBytes(file.size)})`, `upload-progress-${item.component_id}`);
      host.append(bar.el);
      const form = new FormData();
      form.append('file', file, file.name);
      if (attest) form.append('attest', 'true');
      try {
        await upload(`${base}/components/${encodeURIComponent(item.component_id)}/files`, form, (loaded, total) => bar.set(total ? loaded / total : 0), o.signal);
        bar.done(attest ? `${file.name}: đã tải lên và chứng thực` : `${file.name}: đã tải lên`);
        sent++;
      } catch (e) {
        bar.fail(`${file.name}: ${messageOf(e)}`);
        toast(messageOf(e), 'error');
      }
    }
    if (sent) await refresh();
  }

  function componentView(item: ReuseItem): HTMLElement {
    const id = item.component_id;
    const status = item.reused
      ? badge(`Dùng lại: ${item.document_code ?? ''}`, 'ok', `component-status-${id}`)
      : item.file_ids.length
        ? badge(`Đã có ${item.file_ids.length} tệp${item.document_code ? ` · đã chứng thực ${item.document_code}` : ''}`, 'ok', `component-status-${id}`)
        : item.required
          ? badge('Còn thiếu', 'warn', `component-status-${id}`)
          : badge('Không bắt buộc', 'info', `component-status-${id}`);

    if (o.readOnly) {
      return h(
        'section',
        { class: 'component', 'data-testid': `component-${id}` },
        h('div', { class: 'component-head' }, h('h3', {}, item.name, item.required ? h('span', { class: 'required', 'aria-label': 'bắt buộc' }, ' *') : null), status),
      );
    }
    const candidates = !isSupplied(item) && item.candidates?.length
      ? h(
          'div',
          { class: 'alert alert-info' },
          h('p', {}, 'Kho dữ liệu điện tử đã có giấy tờ dùng được:'),
          h(
            'ul',
            { class: 'list' },
            item.candidates.map((c, i) => {
              const btn = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': i === 0 ? `reuse-${id}` : `reuse-${id}-${i}` }, 'Dùng lại giấy tờ này');
              btn.addEventListener('click', async () => {
                if (await reuse(item, c, btn)) await refresh();
              });
              return h(
                'li',
                {},
                h('strong', {}, c.title),
                h('div', { class: 'small muted' }, `${c.document_code} · ${c.issuer} · cấp ngày ${formatDate(c.issued_at)}${c.valid_until ? ` · hiệu lực đến ${formatDate(c.valid_until)}` : ''}${c.signed ? ' · có chữ ký số' : ''}`),
                btn,
              );
            }),
          ),
        )
      : null;

    const progressHost = h('div', {});
    const input = h('input', { type: 'file', accept: ACCEPT, multiple: true, 'data-testid': `upload-${id}`, id: `upload-${id}`, class: 'file-input', 'aria-describedby': `upload-hint-${id}` });
    const attestBox = o.attest ? h('input', { type: 'checkbox', checked: true, 'data-testid': `attest-${id}`, id: `attest-${id}` }) : null;
    input.addEventListener('change', () => {
      const files = Array.from(input.files ?? []);
      input.value = '';
      if (files.length) void sendFiles(item, files, !!attestBox?.checked, progressHost);
    });
    const drop = h(
      'div',
      { class: 'dropzone', 'data-testid': `dropzone-${id}` },
      input,
      h('label', { for: `upload-${id}`, class: 'btn btn-secondary file-button' }, isSupplied(item) ? 'Thêm tệp' : candidates ? 'Hoặc tải lên tệp khác' : 'Chọn tệp để tải lên'),
      h('p', { id: `upload-hint-${id}`, class: 'small muted', style: 'margin:0' }, 'PDF, JPEG, PNG hoặc TIFF, tối đa 20 MB; có thể kéo thả tệp vào đây.'),
      attestBox ? h('label', { class: 'check', for: `attest-${id}` }, attestBox, 'Chứng thực bản điện tử (ký số, lưu vào kho dữ liệu của người nộp)') : null,
    );
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('over');
      const files = Array.from((e as DragEvent).dataTransfer?.files ?? []);
      if (files.length) void sendFiles(item, files, !!attestBox?.checked, progressHost);
    });

    return h(
      'section',
      { class: 'component', 'data-testid': `component-${id}`, 'aria-labelledby': `component-title-${id}` },
      h('div', { class: 'component-head' }, h('h3', { id: `component-title-${id}` }, item.name, item.required ? h('span', { class: 'required', 'aria-label': 'bắt buộc' }, ' *') : null), status),
      item.digitization === 'mandatory' ? h('p', { class: 'small muted' }, 'Thành phần này phải được số hóa.') : null,
      candidates,
      drop,
      progressHost,
    );
  }

  return {
    el,
    refresh,
    missingRequired: () => missingRequired(items),
    async reuseAll() {
      let n = 0;
      for (const item of items) {
        const first = item.candidates?.[0];
        if (!isSupplied(item) && first && (await reuse(item, first))) n++;
      }
      if (n) await refresh();
      return n;
    },
  };
}
