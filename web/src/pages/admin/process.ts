// The process map editor (/quan-tri/quy-trinh/:code): the procedure's map drawn and edited with
// bpmn-js's Modeler (loaded lazily), a small form for the selected node's motcua attributes (who,
// what step, how long), and saving with PUT /api/v1/procedures/{code}/process. A 422 names the
// element at fault: it is selected and marked on the map, and the message says why.
import '../officer/officer.css';
import { ApiError, apiUrl, errorFromResponse, get, messageOf, NETWORK_MESSAGE } from '../../api';
import { h, replace } from '../../dom';
import type { PageContext } from '../../page-context';
import type { Procedure } from '../../types';
import { busy, field, type Field } from '../../ui/field';
import { errorState, pageTitle } from '../../ui/page';
import { loading } from '../../ui/progress';
import { alertBox } from '../../ui/toast';
import { fetchProcessXml } from '../officer/process_panel';
import type { MapEditor } from './bpmn_modeler';
import { allowanceProblem, allowanceText, editableProps, ROLES, STEPS, starterMap, type NodeProps } from './process_props';

interface SaveAnswer {
  version: number;
  created: boolean;
  nodes: number;
  user_tasks: number;
  flows: number;
}

/** PUTs the XML; resolves to the server's answer, rejects with ApiError (422 names the element in `field`). */
export async function saveProcessXml(code: string, xml: string): Promise<SaveAnswer> {
  let response: Response;
  try {
    response = await fetch(apiUrl(`/procedures/${encodeURIComponent(code)}/process`), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/xml; charset=utf-8', Accept: 'application/json' },
      body: xml,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  const text = await response.text();
  if (!response.ok) throw errorFromResponse(response.status, text);
  return JSON.parse(text) as SaveAnswer;
}

export async function render(ctx: PageContext): Promise<void> {
  const code = ctx.params.code;
  const enc = encodeURIComponent(code);
  ctx.outlet.append(h('p', { class: 'small' }, h('a', { href: '/quan-tri/thu-tuc' }, '← Danh mục thủ tục')));
  let procedure: Procedure;
  try {
    procedure = await get<Procedure>(`/procedures/${enc}`, { signal: ctx.signal });
  } catch (e) {
    ctx.outlet.append(...pageTitle(`Bản đồ quy trình ${code}`), errorState(e));
    return;
  }
  const status = h('div', { 'aria-live': 'polite', 'data-testid': 'bpmn-status' });
  const frame = h('div', { class: 'bpmn-frame tall', 'data-testid': 'bpmn-modeler' }, loading('Đang tải trình vẽ bản đồ quy trình…'));
  const save = h('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'bpmn-save', disabled: true }, 'Lưu bản đồ quy trình');
  const props = h('form', { class: 'card', 'data-testid': 'bpmn-props', 'aria-labelledby': 'props-title', novalidate: true }, h('h2', { id: 'props-title' }, 'Thuộc tính của phần tử'), h('p', { class: 'small muted' }, 'Chọn một bước, làn hoặc luồng trên bản vẽ để sửa.'));
  const xmlBox = field({ label: 'Nội dung XML (BPMN 2.0)', name: 'xml', multiline: true, testid: 'bpmn-xml', hint: 'Có thể dán bản đồ từ Camunda Modeler hoặc bpmn.io rồi bấm "Nạp vào bản vẽ".' });
  (xmlBox.input as HTMLTextAreaElement).rows = 12;
  const loadXml = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'bpmn-load-xml' }, 'Nạp vào bản vẽ');
  const details = h('details', { class: 'card' }, h('summary', { 'data-testid': 'bpmn-xml-toggle' }, 'Xem và sửa XML'), xmlBox.el, loadXml);

  ctx.outlet.append(
    ...pageTitle(`Bản đồ quy trình: ${procedure.name}`, `Mã thủ tục ${procedure.code}. Kéo thả từ bảng công cụ bên trái để thêm bước; chọn phần tử để đặt vai trò, loại bước và thời hạn.`),
    status,
    h('div', { class: 'row no-print', style: 'margin-bottom:.5rem' }, save),
    frame,
    props,
    details,
  );

  let xml: string;
  let isNew = false;
  try {
    xml = await fetchProcessXml(code, undefined, ctx.signal);
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 404)) {
      replace(frame, errorState(e));
      return;
    }
    xml = starterMap(procedure.name);
    isNew = true;
  }
  let editor: MapEditor;
  try {
    const { createEditor } = await import('./bpmn_modeler');
    if (ctx.signal.aborted) return;
    frame.replaceChildren();
    editor = await createEditor(frame, xml);
  } catch (e) {
    replace(frame, alertBox(`Không mở được bản đồ quy trình: ${e instanceof Error ? e.message : messageOf(e)}`, 'error', 'bpmn-error'));
    return;
  }
  ctx.signal.addEventListener('abort', () => editor.destroy());
  frame.setAttribute('data-ready', 'true');
  save.disabled = false;
  if (isNew) replace(status, alertBox('Thủ tục chưa có bản đồ quy trình; đây là bản mẫu để bắt đầu. Bấm "Lưu" để áp dụng.', 'info', 'bpmn-new'));
  let dirty = isNew;
  editor.onChange(() => {
    dirty = true;
    editor.clearProblem();
  });
  const onLeave = (e: BeforeUnloadEvent) => {
    if (dirty) e.preventDefault();
  };
  window.addEventListener('beforeunload', onLeave);
  ctx.signal.addEventListener('abort', () => window.removeEventListener('beforeunload', onLeave));

  // A keyboard and screen-reader way to pick what to edit: every element of the map by name.
  const picker = field({ label: 'Chọn phần tử để sửa', name: 'element', options: [], testid: 'bpmn-element-select' });
  const fillPicker = () => {
    const current = picker.input.value;
    replace(
      picker.input,
      h('option', { value: '' }, '— Chọn bước, làn hoặc luồng —'),
      editor.elements()
        .sort((a, b) => elementOrder(a.type) - elementOrder(b.type) || a.name.localeCompare(b.name, 'vi'))
        .map((e) => h('option', { value: e.id }, `${e.name || e.id} (${elementKind(e.type)})`)),
    );
    picker.input.value = current;
  };
  fillPicker();
  picker.input.addEventListener('change', () => {
    if (picker.value()) editor.select(picker.value());
  });
  editor.onChange(fillPicker);
  props.before(h('div', { class: 'card' }, picker.el));
  editor.onSelect((p) => {
    if (p && picker.input.value !== p.id) picker.input.value = p.id;
    drawProps(props, p, editor);
  });
  details.addEventListener('toggle', async () => {
    if ((details as HTMLDetailsElement).open) xmlBox.input.value = await editor.xml();
  });
  loadXml.addEventListener('click', async () => {
    xmlBox.setError(null);
    try {
      await busy(loadXml, 'Đang nạp…', () => editor.load(xmlBox.input.value));
      dirty = true;
      replace(status, alertBox('Đã nạp XML vào bản vẽ; bấm "Lưu" để áp dụng.', 'info'));
    } catch (e) {
      xmlBox.setError(`XML không đọc được: ${e instanceof Error ? e.message : messageOf(e)}`);
    }
  });

  save.addEventListener('click', async () => {
    replace(status);
    try {
      const answer = await busy(save, 'Đang kiểm tra và lưu…', async () => saveProcessXml(code, await editor.xml()));
      dirty = false;
      replace(
        status,
        alertBox(
          answer.created
            ? `Đã lưu phiên bản ${answer.version} của bản đồ quy trình (${answer.user_tasks} bước xử lý, ${answer.flows} luồng). Hồ sơ mới sẽ chạy theo phiên bản này; hồ sơ đang xử lý giữ phiên bản cũ.`
            : `Bản đồ không thay đổi so với phiên bản ${answer.version}; không lưu phiên bản mới.`,
          'success',
          'bpmn-saved',
        ),
      );
    } catch (e) {
      const id = e instanceof ApiError ? e.field : null;
      const marked = id ? editor.showProblem(id) : false;
      replace(status, alertBox(`${messageOf(e)}${marked ? ` (phần tử "${id}" đã được đánh dấu trên bản vẽ)` : ''}`, 'error', 'bpmn-error'));
    }
    status.querySelector<HTMLElement>('.alert')?.setAttribute('tabindex', '-1');
    status.querySelector<HTMLElement>('.alert')?.focus();
  });
}

function drawProps(form: HTMLFormElement, p: NodeProps | null, editor: MapEditor): void {
  const title = form.querySelector('h2');
  form.replaceChildren(...(title ? [title] : []));
  if (!p) {
    form.append(h('p', { class: 'small muted' }, 'Chọn một bước, làn hoặc luồng trên bản vẽ để sửa.'));
    return;
  }
  const allowed = editableProps(p.type);
  const fields: Partial<Record<keyof NodeProps, Field>> = {};
  form.append(h('p', { class: 'small', 'data-testid': 'prop-id' }, `Mã phần tử: ${p.id} (${p.type.replace('bpmn:', '')})`));
  const add = (key: keyof NodeProps, f: Field) => {
    fields[key] = f;
    form.append(f.el);
  };
  if (allowed.includes('name')) add('name', field({ label: 'Tên', name: 'name', value: p.name, testid: 'prop-name' }));
  if (allowed.includes('step')) add('step', field({ label: 'Loại bước', name: 'step', options: STEPS, value: p.step, testid: 'prop-step' }));
  if (allowed.includes('role')) add('role', field({ label: 'Vai trò xử lý', name: 'role', options: ROLES.some(([v]) => v === p.role) ? ROLES : [...ROLES, [p.role, p.role]], value: p.role, testid: 'prop-role' }));
  if (allowed.includes('department')) add('department', field({ label: 'Hoặc phòng xử lý (tên phòng)', name: 'department', value: p.department, testid: 'prop-department' }));
  if (allowed.includes('agency')) add('agency', field({ label: 'Cơ quan được lấy ý kiến (mã cơ quan)', name: 'agency', value: p.agency, testid: 'prop-agency' }));
  if (allowed.includes('allowance')) add('allowance', field({ label: 'Thời hạn của bước', name: 'allowance', value: p.allowance, testid: 'prop-allowance', hint: `P2D = 2 ngày làm việc, PT4H = 4 giờ làm việc${p.allowance ? `; hiện tại: ${allowanceText(p.allowance) || p.allowance}` : ''}` }));
  if (allowed.includes('condition')) add('condition', field({ label: 'Điều kiện (sau cổng rẽ nhánh)', name: 'condition', value: p.condition, testid: 'prop-condition', hint: "Ví dụ: decision == 'request_supplement'" }));
  const apply = h('button', { type: 'submit', class: 'btn btn-secondary', 'data-testid': 'prop-apply' }, 'Áp dụng cho phần tử');
  form.append(apply);
  form.onsubmit = (ev) => {
    ev.preventDefault();
    const next: NodeProps = { ...p };
    for (const [k, f] of Object.entries(fields) as Array<[keyof NodeProps, Field]>) next[k] = f.value();
    const problem = allowanceProblem(next.allowance);
    fields.allowance?.setError(problem);
    if (problem) {
      fields.allowance?.input.focus();
      return;
    }
    editor.update(next);
  };
}

const KINDS: Record<string, [number, string]> = {
  'bpmn:UserTask': [0, 'bước xử lý'],
  'bpmn:Task': [0, 'bước xử lý'],
  'bpmn:ManualTask': [0, 'bước xử lý'],
  'bpmn:ServiceTask': [1, 'lấy ý kiến'],
  'bpmn:SendTask': [1, 'gửi lấy ý kiến'],
  'bpmn:ReceiveTask': [1, 'nhận ý kiến'],
  'bpmn:ExclusiveGateway': [2, 'cổng rẽ nhánh'],
  'bpmn:ParallelGateway': [2, 'cổng song song'],
  'bpmn:StartEvent': [3, 'bắt đầu'],
  'bpmn:EndEvent': [3, 'kết thúc'],
  'bpmn:BoundaryEvent': [3, 'hẹn giờ'],
  'bpmn:Lane': [4, 'làn'],
  'bpmn:SequenceFlow': [5, 'luồng'],
};
function elementOrder(type: string): number {
  return KINDS[type]?.[0] ?? 6;
}
/** The kind of a BPMN element in Vietnamese ("bước xử lý", "luồng"). */
export function elementKind(type: string): string {
  return KINDS[type]?.[1] ?? type.replace('bpmn:', '');
}
