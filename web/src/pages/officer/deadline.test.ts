import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarFrom, deadlineLabel, deadlineState, deadlineTone, isWorkingDay } from './deadline';

const at = (iso: string) => Date.parse(iso);
const cal = calendarFrom([{ date: '2026-12-31' }, { date: '2027-01-01' }], [{ working_days: ['2026-12-26'] }]);

describe('working days', () => {
  it('skips weekends and days off, counts make-up Saturdays', () => {
    expect(isWorkingDay(at('2026-11-23T09:00:00+07:00'), cal)).toBe(true); // Monday
    expect(isWorkingDay(at('2026-11-28T09:00:00+07:00'), cal)).toBe(false); // Saturday
    expect(isWorkingDay(at('2026-12-31T09:00:00+07:00'), cal)).toBe(false); // day off
    expect(isWorkingDay(at('2026-12-26T09:00:00+07:00'), cal)).toBe(true); // make-up Saturday
    // 23:30 UTC on Sunday is already Monday in Vietnam.
    expect(isWorkingDay(at('2026-11-22T23:30:00Z'), cal)).toBe(true);
  });
  it('adds working days at the same time of day', () => {
    expect(addWorkingDays(at('2026-11-27T10:00:00+07:00'), 1, cal)).toBe(at('2026-11-30T10:00:00+07:00')); // Fri → Mon
    expect(addWorkingDays(at('2026-12-30T10:00:00+07:00'), 1, cal)).toBe(at('2027-01-04T10:00:00+07:00')); // over New Year
    expect(addWorkingDays(at('2026-11-23T10:00:00+07:00'), 0, cal)).toBe(at('2026-11-23T10:00:00+07:00'));
  });
});

describe('deadline colours', () => {
  const now = at('2026-11-27T10:00:00+07:00'); // a Friday
  it('is late once the due time passed or the engine flagged it', () => {
    expect(deadlineState('2026-11-27T09:59:00+07:00', now, cal)).toBe('late');
    expect(deadlineState('2026-12-10T09:00:00+07:00', now, cal, true)).toBe('late');
  });
  it('is due soon within one working day (over the weekend)', () => {
    expect(deadlineState('2026-11-27T16:00:00+07:00', now, cal)).toBe('due_soon');
    expect(deadlineState('2026-11-30T10:00:00+07:00', now, cal)).toBe('due_soon'); // Monday, same hour
    expect(deadlineState('2026-11-30T10:01:00+07:00', now, cal)).toBe('on_time');
  });
  it('has no deadline without a due time', () => {
    expect(deadlineState(null, now, cal)).toBe('none');
    expect(deadlineState('not a date', now, cal)).toBe('none');
  });
  it('says each state in words, not only in colour', () => {
    expect(deadlineLabel('late')).toBe('Quá hạn');
    expect(deadlineLabel('due_soon')).toBe('Sắp đến hạn');
    expect(deadlineLabel('on_time')).toBe('Còn hạn');
    expect(deadlineTone('late')).toBe('late');
    expect(deadlineTone('due_soon')).toBe('warn');
  });
});
