// The dossier's papers on the officer's screen: each component with its files, a viewer for
// PDFs (<iframe>) and images (<img>), and the text OCR read from each file.
import { get, messageOf } from '../../api';
import { h, replace } from '../../dom';
import { formatBytes, formatDate, formatDateTime } from '../../format';
import type { ReuseItem } from '../../types';
import { badge, emptyState, errorState } from '../../ui/page';
import { loading } from '../../ui/progress';
import { alertBox } from '../../ui/toast';

export interface DossierFile {
  id: number;
  component_id: string;
  detected_type: string;
  pages: number;
  size_bytes: number;
  file_name: string;
  uploaded_at: string;
  ocr_status: string;
  source: string;
  attested: boolean;
  document_code: string | null;
  /** A direct address of the file, if the server gives one. */
  url?: string;
}

export interface FileOcr {
  file_id: number;
  status: 'not_started' | 'queued' | 'running' | 'done' | 'failed' | string;
  text: string;
  confidence: number | null;
  fields: Array<{ name: string; value: string; line: number }>;
  error: string;
}

export type ViewKind = 'pdf' | 'image';

/**
 * Where the viewer can open a file, and as what. The server keeps a file's electronic copy as a
 * warehouse document (attested scan or reused paper: GET /documents/{code}/file, always PDF);
 * a bare upload has no address of its own unless the server gives one (`url`).
 */
export function fileView(file: Pick<DossierFile, 'document_code' | 'detected_type' | 'url'>, dossierCode: string, componentDocument: string | null = null): { url: string; kind: ViewKind } | null {
  if (file.url) {
    const kind: ViewKind | null = file.detected_type === 'application/pdf' ? 'pdf' : file.detected_type.startsWith('image/') ? 'image' : null;
    return kind ? { url: file.url, kind } : null;
  }
  const doc = file.document_code ?? componentDocument;
  if (!doc) return null;
  return { url: `/api/v1/documents/${encodeURIComponent(doc)}/file?dossier=${encodeURIComponent(dossierCode)}`, kind: 'pdf' };
}

const OCR_STATUS: Record<string, string> = {
  not_started: 'Chưa nhận dạng',
  queued: 'Đang chờ nhận dạng',
  running: 'Đang nhận dạng',
  done: 'Đã nhận dạng',
  failed: 'Nhận dạng không thành công',
  not_needed: 'Không cần nhận dạng',
};
export function ocrStatusLabel(status: string): string {
  return OCR_STATUS[status] ?? status;
}

const OCR_FIELDS: Record<string, string> = {
  personal_number: 'Số định danh cá nhân',
  full_name: 'Họ và tên',
  date_of_birth: 'Ngày sinh',
  place_of_birth: 'Nơi sinh',
  gender: 'Giới tính',
  address: 'Địa chỉ',
  document_number: 'Số giấy tờ',
  issued_at: 'Ngày cấp',
  issuer: 'Cơ quan cấp',
};
/** A key field OCR proposed, named in Vietnamese (the key itself when unknown). */
export function ocrFieldLabel(name: string): string {
  return OCR_FIELDS[name] ?? name;
}

/** Tesseract's mean confidence as a percentage, whether the server sends 0..1 or 0..100. */
export function confidencePercent(c: number): number {
  return Math.round(c <= 1 ? c * 100 : c);
}

const SOURCES: Record<string, string> = {
  paper_copy: 'Bản chụp, bản quét từ giấy',
  electronic_original: 'Bản điện tử gốc',
  warehouse_reuse: 'Dùng lại từ kho dữ liệu',
  issued_result: 'Kết quả đã cấp',
};

export function filesCard(code: string, signal: AbortSignal): HTMLElement {
  const body = h('div', {}, loading('Đang tải thành phần hồ sơ…'));
  const viewer = h('div', { class: 'file-viewer', 'data-testid': 'file-viewer', 'aria-live': 'polite' });
  const card = h('section', { class: 'card', 'aria-labelledby': 'files-title', 'data-testid': 'dossier-files' }, h('h2', { id: 'files-title' }, 'Thành phần hồ sơ'), body, viewer);
  const enc = encodeURIComponent(code);

  const open = (title: string, view: { url: string; kind: ViewKind }) => {
    replace(
      viewer,
      h('h3', { id: 'viewer-title', tabindex: -1 }, `Xem: ${title}`),
      view.kind === 'pdf'
        ? h('iframe', { src: view.url, title: `Tệp ${title}`, class: 'pdf-frame', 'data-testid': 'viewer-pdf' })
        : h('img', { src: view.url, alt: `Ảnh chụp ${title}`, class: 'image-view', 'data-testid': 'viewer-image' }),
      h('p', { class: 'small' }, h('a', { href: view.url, target: '_blank', rel: 'noopener' }, 'Mở trong thẻ mới')),
    );
    viewer.querySelector<HTMLElement>('#viewer-title')?.focus();
  };

  const showOcr = async (file: DossierFile, host: HTMLElement, btn: HTMLButtonElement) => {
    btn.disabled = true;
    replace(host, loading('Đang lấy văn bản nhận dạng…'));
    try {
      const ocr = await get<FileOcr>(`/dossiers/${enc}/files/${file.id}/ocr`, { signal });
      replace(
        host,
        h('p', { class: 'small' }, ocrStatusLabel(ocr.status), ocr.confidence !== null ? ` · độ tin cậy ${confidencePercent(ocr.confidence)}%` : ''),
        ocr.error ? alertBox(ocr.error, 'error', 'ocr-error') : null,
        ocr.fields.length ? h('dl', { class: 'facts small' }, ocr.fields.flatMap((f) => [h('dt', {}, ocrFieldLabel(f.name)), h('dd', {}, /^\d{4}-\d{2}-\d{2}$/.test(f.value) ? formatDate(f.value) : f.value)])) : null,
        ocr.text ? h('pre', { class: 'ocr-text', 'data-testid': 'ocr-text', tabindex: 0, 'aria-label': `Văn bản nhận dạng của ${file.file_name}` }, ocr.text) : h('p', { class: 'empty', 'data-testid': 'ocr-text' }, 'Chưa có văn bản nhận dạng.'),
      );
    } catch (e) {
      replace(host, alertBox(messageOf(e), 'error', 'ocr-error'));
    } finally {
      btn.disabled = false;
    }
  };

  const fileRow = (file: DossierFile, item: ReuseItem): HTMLElement => {
    const view = fileView(file, code, item.document_code);
    const ocrHost = h('div', {});
    const ocrBtn = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': `file-ocr-${file.id}` }, 'Văn bản nhận dạng (OCR)');
    ocrBtn.addEventListener('click', () => void showOcr(file, ocrHost, ocrBtn));
    return h(
      'li',
      { 'data-testid': 'dossier-file', 'data-file-id': file.id },
      h('strong', {}, file.file_name || `Tệp ${file.id}`),
      h('div', { class: 'small muted' }, [SOURCES[file.source] ?? file.source, `${file.pages} trang`, formatBytes(file.size_bytes), formatDateTime(file.uploaded_at), ocrStatusLabel(file.ocr_status)].filter(Boolean).join(' · '), file.attested ? ' · ' : '', file.attested ? badge('Đã chứng thực', 'ok') : null),
      h(
        'div',
        { class: 'row' },
        view
          ? h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': `file-view-${file.id}`, onclick: () => open(file.file_name || item.name, view) }, 'Xem tệp')
          : h('span', { class: 'small muted' }, 'Bản điện tử chưa được chứng thực nên chưa xem trực tiếp được; xem văn bản nhận dạng.'),
        ocrBtn,
      ),
      ocrHost,
    );
  };

  void (async () => {
    try {
      const [components, files] = await Promise.all([
        get<{ items: ReuseItem[] }>(`/dossiers/${enc}/components`, { signal }),
        get<{ items: DossierFile[] }>(`/dossiers/${enc}/files`, { signal }).catch(() => ({ items: [] as DossierFile[] })),
      ]);
      if (!components.items.length) {
        replace(body, emptyState('Hồ sơ không có thành phần nào.'));
        return;
      }
      replace(
        body,
        components.items.map((item) => {
          const mine = files.items.filter((f) => f.component_id === item.component_id);
          const supplied = item.reused || item.document_code || mine.length;
          const docView = !mine.length && item.document_code ? fileView({ document_code: item.document_code, detected_type: 'application/pdf' }, code) : null;
          return h(
            'section',
            { class: 'component', 'data-testid': `component-${item.component_id}` },
            h('div', { class: 'component-head' }, h('h3', {}, item.name, item.required ? h('span', { class: 'required', 'aria-label': 'bắt buộc' }, ' *') : null), supplied ? badge(item.reused ? 'Dùng lại từ kho dữ liệu' : `${mine.length} tệp`, 'ok') : badge(item.required ? 'Còn thiếu' : 'Không có', item.required ? 'warn' : 'info')),
            mine.length ? h('ul', { class: 'file-list' }, mine.map((f) => fileRow(f, item))) : null,
            docView ? h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': `document-view-${item.component_id}`, onclick: () => open(item.name, docView) }, 'Xem giấy tờ') : null,
          );
        }),
      );
    } catch (e) {
      if (!signal.aborted) replace(body, errorState(e));
    }
  })();
  return card;
}
