// The process map card of the dossier screen: the procedure's map (the version the dossier
// runs on) drawn by bpmn-js, loaded only when this card is shown, with the current step
// highlighted and named in words for screen readers.
import { apiUrl, errorFromResponse, messageOf, NETWORK_MESSAGE, ApiError } from '../../api';
import { h, replace } from '../../dom';
import { alertBox } from '../../ui/toast';
import { loading } from '../../ui/progress';
import { currentStepsText, processMarkers } from './process_markers';
import type { ProcessState } from './tasks';

/** GETs a procedure's process map as XML text (the current version, or `version`). */
export async function fetchProcessXml(procedureCode: string, version?: number, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(apiUrl(`/procedures/${encodeURIComponent(procedureCode)}/process`, { version }), {
      headers: { Accept: 'application/xml' },
      credentials: 'same-origin',
      signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  const text = await response.text();
  if (!response.ok) throw errorFromResponse(response.status, text);
  return text;
}

/** The flows leaving a node of the map: id, name, and the name of the node it leads to. */
export function outgoingFlows(xml: string, nodeId: string): Array<{ id: string; name: string; target: string }> {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const all = Array.from(doc.getElementsByTagNameNS('*', 'sequenceFlow'));
  const byId = (id: string) => doc.querySelector(`[id="${CSS.escape(id)}"]`);
  return all
    .filter((f) => f.getAttribute('sourceRef') === nodeId)
    .map((f) => ({ id: f.getAttribute('id') ?? '', name: f.getAttribute('name') ?? '', target: byId(f.getAttribute('targetRef') ?? '')?.getAttribute('name') ?? '' }));
}

export function processCard(state: ProcessState | null, xml: Promise<string> | null, signal: AbortSignal, noProcess = 'Hồ sơ này không chạy theo bản đồ quy trình.'): HTMLElement {
  const said = h('p', { 'data-testid': 'process-status' }, state ? currentStepsText(state) : noProcess);
  const frame = h('div', { class: 'bpmn-frame', 'data-testid': 'process-map', role: 'group', 'aria-label': state ? `Bản đồ quy trình. ${currentStepsText(state)}` : 'Bản đồ quy trình' });
  const controls = h('div', { class: 'row no-print' });
  const card = h('section', { class: 'card', 'aria-labelledby': 'process-title' }, h('h2', { id: 'process-title' }, 'Bản đồ quy trình'), said);
  if (!state || !xml) return card;
  const legend = h(
    'ul',
    { class: 'map-legend', 'aria-hidden': 'true' },
    h('li', {}, h('span', { class: 'swatch', style: 'background:#fff3d6;border-color:#7a4a00' }), 'Bước hiện tại (viền đậm)'),
    h('li', {}, h('span', { class: 'swatch', style: 'background:#fde7e6;border-color:#a1120f;border-style:dashed' }), 'Bước quá hạn (viền nét đứt)'),
    h('li', {}, h('span', { class: 'swatch', style: 'background:#e3f4e8;border-color:#0a6b2d' }), 'Bước đã xong'),
    h('li', {}, h('span', { class: 'swatch', style: 'background:#e6f0fb;border-color:#0b4a8f' }), 'Đang chờ trả lời'),
  );
  card.append(controls, frame, legend);
  replace(frame, loading('Đang tải bản đồ quy trình…'));
  void (async () => {
    try {
      const [text, viewer] = await Promise.all([xml, import('./bpmn_view')]);
      if (signal.aborted) return;
      frame.replaceChildren();
      const view = await viewer.showMap(frame, text, processMarkers(state));
      frame.setAttribute('data-ready', 'true');
      signal.addEventListener('abort', () => view.destroy());
      replace(
        controls,
        h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'map-zoom-in', onclick: () => view.zoom(1.25) }, 'Phóng to'),
        h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'map-zoom-out', onclick: () => view.zoom(0.8) }, 'Thu nhỏ'),
        h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'map-fit', onclick: () => view.fit() }, 'Vừa khung'),
      );
    } catch (e) {
      if (!signal.aborted) replace(frame, alertBox(`Không hiển thị được bản đồ quy trình: ${messageOf(e)}`, 'error', 'process-map-error'));
    }
  })();
  return card;
}
