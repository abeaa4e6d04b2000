import { describe, expect, it } from 'vitest';
import { rankForSeat, routingNote, seatTitle, serves, type AgencyCounter } from './counter';

const desk = (id: number, number: number, fields: string[], active = true): AgencyCounter => ({ id, agency_id: 7, number, name: `Quầy số ${number}`, fields, priority: false, active });

describe('the counter the officer sits at', () => {
  it('serves its own fields, ignoring case and diacritics, and every field when it lists none', () => {
    expect(serves(desk(1, 1, ['Hộ tịch']), 'hộ tịch')).toBe(true);
    expect(serves(desk(1, 1, ['Ho tich']), 'Hộ tịch')).toBe(true);
    expect(serves(desk(1, 1, ['Hộ tịch']), 'Chứng thực')).toBe(false);
    expect(serves(desk(1, 1, []), 'Chứng thực')).toBe(true);
  });

  it('offers its own procedures first and keeps the server order inside each group', () => {
    const items = [{ code: 'a', field: 'Cư trú' }, { code: 'b', field: 'Hộ tịch' }, { code: 'c', field: 'Cư trú' }, { code: 'd', field: 'Hộ tịch' }];
    expect(rankForSeat(items, desk(1, 1, ['Hộ tịch'])).map((p) => p.code)).toEqual(['b', 'd', 'a', 'c']);
    expect(rankForSeat(items, null).map((p) => p.code)).toEqual(['a', 'b', 'c', 'd']);
    expect(rankForSeat(items, desk(1, 1, [])).map((p) => p.code)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('names the counter without repeating "Quầy số"', () => {
    expect(seatTitle({ number: 2, name: 'Quầy số 2 - Lý lịch tư pháp' })).toBe('Quầy số 2 - Lý lịch tư pháp');
    expect(seatTitle({ number: 3, name: 'Xây dựng' })).toBe('Quầy số 3 – Xây dựng');
  });

  it('says which open counter serves a procedure of another field', () => {
    const seat = desk(1, 1, ['Hộ tịch']);
    const all = [seat, desk(2, 2, ['Cư trú', 'Căn cước']), desk(3, 3, ['Cư trú'], false), desk(6, 6, [])];
    expect(routingNote(seat, all, 'Hộ tịch')).toBeNull();
    expect(routingNote(null, all, 'Cư trú')).toBeNull();
    const note = routingNote(seat, all, 'Cư trú')!;
    expect(note).toContain('quầy số 2 phụ trách');
    expect(note).not.toContain('quầy số 3');  // closed
    expect(routingNote(seat, all, 'Đất đai')).toContain('quầy số 6 phụ trách');  // the catch-all counter
    expect(routingNote(seat, [seat], 'Đất đai')).toContain('chưa có quầy nào');
  });
});
