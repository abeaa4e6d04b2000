import { describe, expect, it } from 'vitest';
import type { Counter } from './counters';
import { seatLabel, seatOptions } from './users';

const desk = (id: number, agency_id: number, number: number, active = true): Counter => ({ id, agency_id, agency_code: '', number, name: `Quầy ${number}`, fields: [], priority: false, active });

describe('seating an officer at a counter', () => {
  const all = [desk(12, 1, 2), desk(11, 1, 1), desk(13, 1, 3, false), desk(21, 2, 1)];
  it("offers the agency's open counters by number, and no seat", () => {
    expect(seatOptions(all, 1, null).map(([v]) => v)).toEqual(['', '11', '12']);
    expect(seatOptions(all, 2, null).map(([v]) => v)).toEqual(['', '21']);
    expect(seatOptions(all, null, null)).toEqual([['', 'Không ngồi quầy']]);
  });
  it('keeps a closed counter the officer already sits at, marked closed', () => {
    const options = seatOptions(all, 1, 13);
    expect(options.map(([v]) => v)).toEqual(['', '11', '12', '13']);
    expect(options[3][1]).toContain('đang đóng');
  });
  it('labels the seat by its number', () => {
    expect(seatLabel(all, 12)).toBe('Quầy số 2');
    expect(seatLabel(all, null)).toBe('');
    expect(seatLabel(all, 99)).toBe('');
  });
});
