// The counter the officer sits at (set by an administrator, reported by GET /api/v1/auth/me):
// the console shows it, offers the procedures of its fields first, and when a procedure belongs
// to another counter's fields, says which counter serves it. The officer may still receive it:
// nobody is sent back to the queue for having picked the wrong counter.
import { counterTitle, fold } from '../../format';

export interface Seat {
  id: number;
  number: number;
  name: string;
  fields: string[];
  priority: boolean;
  active: boolean;
}

/** A counter as GET /api/v1/counters lists it (only what the console needs). */
export interface AgencyCounter extends Seat {
  agency_id: number;
}

/** Whether a counter serves a procedure field; a counter with no fields serves every field. */
export function serves(counter: Pick<Seat, 'fields'>, field: string): boolean {
  if (!counter.fields.length) return true;
  const wanted = fold(field).trim();
  return counter.fields.some((f) => fold(f).trim() === wanted);
}

/** The counter's own fields first, each group in the server's order. */
export function rankForSeat<T extends { field: string }>(items: T[], seat: Pick<Seat, 'fields'> | null | undefined): T[] {
  if (!seat || !seat.fields.length) return items;
  return [...items.filter((p) => serves(seat, p.field)), ...items.filter((p) => !serves(seat, p.field))];
}

/** "Quầy số 2 - Lý lịch tư pháp" as shown above the console. */
export function seatTitle(seat: Pick<Seat, 'number' | 'name'>): string {
  return counterTitle(seat.number, seat.name);
}

/**
 * What the console says once a procedure is chosen: nothing when this counter serves its field;
 * otherwise which open counters of the agency do (fields named explicitly, then catch-all ones).
 */
export function routingNote(seat: Seat | null | undefined, counters: AgencyCounter[], field: string): string | null {
  if (!seat || serves(seat, field)) return null;
  const open = counters.filter((c) => c.active && c.id !== seat.id).sort((a, b) => a.number - b.number);
  const named = open.filter((c) => c.fields.length && serves(c, field));
  const others = named.length ? named : open.filter((c) => !c.fields.length);
  const where = others.length ? `${others.map((c) => `quầy số ${c.number}`).join(', ')} phụ trách lĩnh vực này` : 'chưa có quầy nào được giao lĩnh vực này';
  return `Thủ tục thuộc lĩnh vực «${field}», không thuộc quầy số ${seat.number}: ${where}. Quầy vẫn tiếp nhận được nếu người nộp đã chờ ở đây.`;
}
