import { describe, expect, it } from 'vitest';
import {
  fold,
  formatBytes,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatNumber,
  isPersonalNumber,
  isTaxCodeShape,
  matches,
} from './format';

describe('dates', () => {
  it('writes instants as dd/mm/yyyy in Vietnam time', () => {
    expect(formatDate('2026-11-25T09:00:00+07:00')).toBe('25/11/2026');
    // 20:00 UTC on the 24th is already the 25th in Hà Nội.
    expect(formatDate('2026-11-24T20:00:00Z')).toBe('25/11/2026');
    expect(formatDate('2026-01-05')).toBe('05/01/2026');
  });
  it('writes time before the day', () => {
    expect(formatDateTime('2026-12-08T07:30:00+07:00')).toBe('07:30 08/12/2026');
  });
  it('leaves empty and unreadable values alone', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('không rõ')).toBe('không rõ');
  });
});

describe('amounts', () => {
  it('groups thousands with dots and says đồng', () => {
    expect(formatNumber(50000)).toBe('50.000');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(999)).toBe('999');
    expect(formatMoney(50000)).toBe('50.000 đồng');
    expect(formatMoney(200000)).toBe('200.000 đồng');
    expect(formatMoney(0)).toBe('Miễn phí');
  });
  it('sizes and durations', () => {
    expect(formatBytes(2 * 1024 * 1024 + 200000)).toBe('2,2 MB');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatDuration({ amount: 10, unit: 'working_days' })).toBe('10 ngày làm việc');
    expect(formatDuration({ amount: 0, unit: 'working_days' })).toBe('Trong ngày');
  });
});

describe('matching without diacritics', () => {
  it('folds Vietnamese letters', () => {
    expect(fold('Đăng ký  KHAI SINH')).toBe('dang ky khai sinh');
    expect(fold('Lý lịch tư pháp')).toBe('ly lich tu phap');
    // Composed and decomposed forms fold the same way.
    expect(fold('Hộ tịch'.normalize('NFD'))).toBe(fold('Hộ tịch'.normalize('NFC')));
  });
  it('matches every word, in any order, with or without marks', () => {
    expect(matches('khai sinh', 'Đăng ký khai sinh')).toBe(true);
    expect(matches('SINH dang', 'Đăng ký khai sinh')).toBe(true);
    expect(matches('kết hôn', 'Đăng ký khai sinh')).toBe(false);
    expect(matches('', 'bất kỳ')).toBe(true);
  });
  it('recognises a 12-digit personal number', () => {
    expect(isPersonalNumber('001090000001')).toBe(true);
    expect(isPersonalNumber(' 001090000001 ')).toBe(true);
    expect(isPersonalNumber('00109000000')).toBe(false);
    expect(isPersonalNumber('00109000000a')).toBe(false);
    expect(isTaxCodeShape('0100109106')).toBe(true);
    expect(isTaxCodeShape('0100109106-001')).toBe(true);
    expect(isTaxCodeShape('0100109106001')).toBe(true);
    expect(isTaxCodeShape('01001091')).toBe(false);
  });
});
