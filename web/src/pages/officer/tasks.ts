// The process engine as the officer's pages see it: tasks (GET /api/v1/tasks), a dossier's
// running process (GET /api/v1/dossiers/{code}/process), the working calendar for deadline
// colours, and the decisions a step offers.
import { get } from '../../api';
import { calendarFrom, type WorkingCalendar } from './deadline';

export type Scope = 'mine' | 'department' | 'agency';

export interface Task {
  id: number;
  dossier_code: string;
  step: { node_id: string; name: string; kind: string };
  kind: 'user' | 'consultation';
  agency_id: number;
  assignee: { role?: string; department?: string } | null;
  state: 'open' | 'claimed' | 'completed' | 'cancelled';
  claimed_by: number | null;
  created_at: string;
  due_at: string | null;
  overdue: boolean;
}

export interface ClosedTask extends Task {
  completed_at: string | null;
  completed_by: number | null;
  decision: string;
  note: string;
  on_time: boolean;
}

export interface ProcessState {
  dossier_code: string;
  procedure_code: string;
  version: number;
  status: 'running' | 'waiting_supplement' | 'completed' | 'refused';
  started_at: string;
  ended_at: string | null;
  current: Task[];
  waiting: string[];
  history: ClosedTask[];
}

export const SCOPES: Array<[Scope, string]> = [
  ['mine', 'Của tôi'],
  ['department', 'Của phòng'],
  ['agency', 'Toàn cơ quan'],
];

export const PROCESS_STATUS: Record<string, string> = {
  running: 'Đang xử lý',
  waiting_supplement: 'Chờ bổ sung hồ sơ',
  completed: 'Đã hoàn thành quy trình',
  refused: 'Đã dừng (từ chối)',
};

export const STEP_KINDS: Record<string, string> = {
  reception: 'Tiếp nhận',
  appraisal: 'Thẩm định',
  approval: 'Phê duyệt',
  signing: 'Ký duyệt kết quả',
  return: 'Trả kết quả',
  '': 'Xử lý',
};

export function listTasks(scope: Scope, signal?: AbortSignal): Promise<Task[]> {
  return get<{ items: Task[] }>('/tasks', { query: { scope }, signal }).then((r) => r.items);
}

export function processOf(code: string, signal?: AbortSignal): Promise<ProcessState> {
  return get<ProcessState>(`/dossiers/${encodeURIComponent(code)}/process`, { signal });
}

let calendarCache: Promise<WorkingCalendar> | null = null;
/** This year's and next year's days off and make-up days; an empty calendar if unavailable. */
export function loadCalendar(): Promise<WorkingCalendar> {
  if (!calendarCache) {
    const year = new Date().getFullYear();
    calendarCache = Promise.all([
      get<{ items: Array<{ date: string }> }>('/calendar/days-off', { query: { year } }).catch(() => ({ items: [] })),
      get<{ items: Array<{ date: string }> }>('/calendar/days-off', { query: { year: year + 1 } }).catch(() => ({ items: [] })),
      get<{ items: Array<{ working_days?: string[] }> }>('/calendar/notices').catch(() => ({ items: [] })),
    ]).then(([a, b, n]) => calendarFrom([...a.items, ...b.items], n.items));
  }
  return calendarCache;
}

/** A flow out of a step, read from the process map (id, name, the name of where it leads). */
export interface Flow {
  id: string;
  name: string;
  target: string;
}

export interface DecisionOption {
  value: string;
  label: string;
  /** A reason must be written (refusal, supplement request). */
  needsNote: boolean;
}

/**
 * What a step can be completed with. A consultation answers agree/disagree. A user step offers
 * approve, request_supplement, return (to the step before), refuse, and each named outgoing
 * flow of the map as a forward choice. Return is left out at the reception step (nothing before
 * it); signing and return steps only go forward or back.
 */
export function decisionOptions(task: Pick<Task, 'kind' | 'step'>, flows: Flow[] = []): DecisionOption[] {
  if (task.kind === 'consultation') {
    return [
      { value: 'agree', label: 'Thống nhất', needsNote: false },
      { value: 'disagree', label: 'Không thống nhất', needsNote: true },
    ];
  }
  const kind = task.step.kind;
  const approveLabel: Record<string, string> = {
    reception: 'Tiếp nhận, chuyển xử lý',
    appraisal: 'Đạt yêu cầu, chuyển bước tiếp theo',
    approval: 'Phê duyệt',
    signing: 'Ký số và phát hành kết quả',
    return: 'Đã trả kết quả cho người nộp',
  };
  const out: DecisionOption[] = [{ value: 'approve', label: approveLabel[kind] ?? 'Hoàn thành, chuyển bước tiếp theo', needsNote: false }];
  if (kind !== 'signing' && kind !== 'return') {
    out.push({ value: 'request_supplement', label: 'Yêu cầu bổ sung hồ sơ', needsNote: true });
  }
  if (kind !== 'reception') out.push({ value: 'return', label: 'Trả lại bước trước', needsNote: false });
  if (kind !== 'return' && kind !== 'signing') out.push({ value: 'refuse', label: 'Từ chối giải quyết', needsNote: true });
  for (const f of flows) {
    if (f.name) out.push({ value: f.id, label: `Chuyển theo hướng: ${f.name}`, needsNote: false });
  }
  return out;
}

/** Why a decision cannot be sent yet, in words; null when it can. */
export function decisionProblem(decision: string, note: string, options: DecisionOption[]): string | null {
  const option = options.find((o) => o.value === decision);
  if (!option) return 'Vui lòng chọn cách xử lý';
  if (option.needsNote && !note.trim()) {
    return decision === 'request_supplement' ? 'Vui lòng ghi rõ giấy tờ cần bổ sung' : 'Vui lòng ghi rõ lý do';
  }
  return null;
}

/** A step's decision as people read it in the history. */
export function decisionLabel(decision: string): string {
  const labels: Record<string, string> = {
    approve: 'Đồng ý, chuyển tiếp',
    refuse: 'Từ chối',
    return: 'Trả lại bước trước',
    request_supplement: 'Yêu cầu bổ sung',
    agree: 'Thống nhất',
    disagree: 'Không thống nhất',
    escalate: 'Chuyển cấp trên',
    accept: 'Tiếp nhận hồ sơ trực tuyến',
  };
  if (labels[decision]) return labels[decision];
  if (decision.startsWith('timer:')) return 'Hết thời hạn của bước';
  return decision;
}

/** Whether the signed-in user may work a task now: claimed by them, or open. */
export function canWork(task: Task, userId: number | undefined): boolean {
  return task.state === 'open' || (task.state === 'claimed' && task.claimed_by === userId);
}

const ROLE_NAMES: Record<string, string> = {
  reception: 'bộ phận tiếp nhận và trả kết quả',
  receptionist: 'bộ phận tiếp nhận và trả kết quả',
  specialist: 'chuyên viên',
  department_head: 'lãnh đạo phòng',
  leader: 'lãnh đạo cơ quan',
};

/**
 * Who the step is for, in words, when it is assigned to a role other than the user's (so the
 * screen shows who works it instead of a form the server would refuse); null when the user may.
 */
export function otherAssignee(task: Pick<Task, 'assignee' | 'kind'>, role: string | undefined): string | null {
  if (task.kind === 'consultation') return null;
  const want = task.assignee?.role;
  if (!want || !role) return null;
  const same = want === role || (want === 'receptionist' && role === 'reception');
  return same ? null : ROLE_NAMES[want] ?? want;
}
