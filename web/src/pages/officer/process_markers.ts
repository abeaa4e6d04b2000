// Which nodes of a process map to highlight for a dossier's running process: the current steps
// (late ones marked too), the nodes waiting for an answer, and the steps already done. The
// classes are styled in bpmn.css beside the viewer.
import type { ProcessState } from './tasks';

export const MARKER_ACTIVE = 'motcua-active';
export const MARKER_LATE = 'motcua-late';
export const MARKER_WAITING = 'motcua-waiting';
export const MARKER_DONE = 'motcua-done';

/** Node id → marker classes. A node both done and active again (a returned step) is active. */
export function processMarkers(state: Pick<ProcessState, 'current' | 'waiting' | 'history'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const t of state.history) {
    if (t.state === 'completed') out.set(t.step.node_id, [MARKER_DONE]);
  }
  for (const id of state.waiting) out.set(id, [MARKER_WAITING]);
  for (const t of state.current) {
    out.set(t.step.node_id, t.overdue ? [MARKER_ACTIVE, MARKER_LATE] : [MARKER_ACTIVE]);
  }
  return out;
}

/** The node ids to highlight as current (what the map centres on). */
export function activeNodeIds(markers: Map<string, string[]>): string[] {
  return [...markers].filter(([, classes]) => classes.includes(MARKER_ACTIVE)).map(([id]) => id);
}

/** A sentence for screen readers naming the current steps ("Bước hiện tại: Thẩm định hồ sơ."). */
export function currentStepsText(state: Pick<ProcessState, 'current' | 'status'>): string {
  if (!state.current.length) {
    if (state.status === 'completed') return 'Quy trình đã hoàn thành.';
    if (state.status === 'refused') return 'Quy trình đã dừng vì hồ sơ bị từ chối.';
    if (state.status === 'waiting_supplement') return 'Quy trình đang chờ người nộp bổ sung hồ sơ.';
    return 'Không có bước đang xử lý.';
  }
  const names = state.current.map((t) => (t.overdue ? `${t.step.name} (quá hạn)` : t.step.name));
  return `Bước hiện tại: ${names.join(', ')}.`;
}
