// Deadline colours of the officer's inbox: on time, due soon (within one working day) or late,
// always shown as a coloured badge *with* its words, never colour alone. Working days skip
// Saturdays, Sundays and the calendar's days off (GET /api/v1/calendar/days-off); a make-up
// working Saturday from the yearly notice counts as a working day.

export type DeadlineState = 'on_time' | 'due_soon' | 'late' | 'none';

export interface WorkingCalendar {
  /** Days off as "YYYY-MM-DD" (Vietnam dates). */
  daysOff: ReadonlySet<string>;
  /** Saturdays or Sundays worked to make up for a bridge holiday, "YYYY-MM-DD". */
  workingDays?: ReadonlySet<string>;
}

const VN_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** "2026-11-25" for the Vietnam calendar day of an instant. */
export function vnDate(t: number): string {
  return new Date(t + VN_OFFSET_MS).toISOString().slice(0, 10);
}

/** True when the Vietnam calendar day of `t` is a working day. */
export function isWorkingDay(t: number, cal: WorkingCalendar): boolean {
  const day = vnDate(t);
  if (cal.workingDays?.has(day)) return true;
  if (cal.daysOff.has(day)) return false;
  const weekday = new Date(t + VN_OFFSET_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** The same time of day `n` working days after `t` (n ≥ 0). */
export function addWorkingDays(t: number, n: number, cal: WorkingCalendar): number {
  let out = t;
  let left = n;
  while (left > 0) {
    out += DAY_MS;
    if (isWorkingDay(out, cal)) left -= 1;
  }
  return out;
}

/**
 * Where a step stands against its deadline at `now`: late once the due time has passed (or the
 * engine flagged it overdue), due soon when the due time falls within one working day, else on
 * time; "none" when the step has no deadline.
 */
export function deadlineState(
  dueAt: string | null | undefined,
  now: number,
  cal: WorkingCalendar,
  overdue = false,
): DeadlineState {
  if (overdue) return 'late';
  if (!dueAt) return 'none';
  const due = Date.parse(dueAt);
  if (Number.isNaN(due)) return 'none';
  if (due <= now) return 'late';
  if (due <= addWorkingDays(now, 1, cal)) return 'due_soon';
  return 'on_time';
}

const LABELS: Record<DeadlineState, string> = {
  on_time: 'Còn hạn',
  due_soon: 'Sắp đến hạn',
  late: 'Quá hạn',
  none: 'Không có hạn',
};
const TONES: Record<DeadlineState, string> = { on_time: 'ok', due_soon: 'warn', late: 'late', none: 'info' };

/** The words of a deadline state ("Quá hạn"). */
export function deadlineLabel(state: DeadlineState): string {
  return LABELS[state];
}

/** The badge tone of a deadline state (ok, warn, late, info; see styles.css). */
export function deadlineTone(state: DeadlineState): string {
  return TONES[state];
}

/** The calendar from the API's days-off and notices answers (either may be missing). */
export function calendarFrom(
  daysOff: Array<{ date: string }> | undefined,
  notices: Array<{ working_days?: string[] }> | undefined,
): WorkingCalendar {
  return {
    daysOff: new Set((daysOff ?? []).map((d) => d.date)),
    workingDays: new Set((notices ?? []).flatMap((n) => n.working_days ?? [])),
  };
}
