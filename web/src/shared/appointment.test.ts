import { describe, expect, it } from 'vitest';
import { appointmentText } from './appointment';

describe('appointmentText', () => {
  it('shows the original appointment when the agency never apologised', () => {
    expect(appointmentText('2026-12-01T09:00:00+07:00', null)).toBe('01/12/2026');
    expect(appointmentText('2026-12-01T09:00:00+07:00', undefined, true)).toBe('09:00 01/12/2026');
    expect(appointmentText(null, null)).toBe('');
  });
  it('puts the new date of the apology first, in words, with the original after it', () => {
    expect(appointmentText('2026-12-01T09:00:00+07:00', '2026-12-05T17:00:00+07:00')).toBe('05/12/2026 (hẹn lại; hẹn ban đầu 01/12/2026)');
    expect(appointmentText('2026-12-01T09:00:00+07:00', '2026-12-05T17:00:00+07:00', true)).toBe('05/12/2026 (hẹn lại; hẹn ban đầu 09:00 01/12/2026)');
  });
  it('reads the date in Vietnam time whatever the offset sent', () => {
    expect(appointmentText('2026-11-30T17:30:00Z', '2026-12-04T10:00:00Z')).toBe('04/12/2026 (hẹn lại; hẹn ban đầu 01/12/2026)');
  });
  it('still says a promised date without an original one', () => {
    expect(appointmentText(null, '2026-12-05T17:00:00+07:00')).toBe('05/12/2026 (hẹn lại)');
  });
});
