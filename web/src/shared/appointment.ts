// The appointment a dossier shows: the date the result is promised for. After an apology
// (Mẫu 04) the agency promises a new date (promised_at) while due_at stays the original legal
// deadline; both are shown, the new one first.
import { formatDate, formatDateTime } from '../format';

/**
 * "01/12/2026", or after an apology "05/12/2026 (hẹn lại; hẹn ban đầu 01/12/2026)".
 * `withTime` writes the original appointment with its time of day, as officers read it
 * ("09:00 01/12/2026"); the promised day has no time of its own (the close of that day).
 * Empty when there is no appointment yet.
 */
export function appointmentText(dueAt: string | null | undefined, promisedAt: string | null | undefined, withTime = false): string {
  const original = withTime ? formatDateTime(dueAt) : formatDate(dueAt);
  if (!promisedAt) return original;
  const promised = formatDate(promisedAt);
  return original ? `${promised} (hẹn lại; hẹn ban đầu ${original})` : `${promised} (hẹn lại)`;
}
