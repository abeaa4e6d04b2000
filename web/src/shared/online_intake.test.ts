import { describe, expect, it } from 'vitest';
import type { Dossier } from '../types';
import { canReceiveOnline, intakeMessage, pendingOnline, pendingSummary, rejectProblem } from './online_intake';

const dossier = (code: string, status: string, receiving: number, submitted: string): Dossier =>
  ({ code, status, receiving_agency_id: receiving, handling_agency_id: 9, submitted_at: submitted, applicant: { kind: 'citizen', id_number: '001090000001', full_name: 'Nguyễn Văn An' } }) as unknown as Dossier;

describe('online dossiers waiting for reception', () => {
  const list = [
    dossier('B', 'submitted_online', 7, '2026-11-23T09:00:00+07:00'),
    dossier('A', 'submitted_online', 7, '2026-11-23T08:00:00+07:00'),
    dossier('C', 'received', 7, '2026-11-22T08:00:00+07:00'),
    dossier('D', 'submitted_online', 9, '2026-11-22T08:00:00+07:00'),
  ];
  it('keeps the ones the agency receives, still waiting, oldest first', () => {
    expect(pendingOnline(list, 7).map((d) => d.code)).toEqual(['A', 'B']);
  });
  it('keeps every waiting one for a user without an agency', () => {
    expect(pendingOnline(list, null).map((d) => d.code)).toEqual(['D', 'A', 'B']);
  });
  it('says how many wait, in words', () => {
    expect(pendingSummary(2)).toBe('2 hồ sơ nộp trực tuyến đang chờ tiếp nhận.');
    expect(pendingSummary(0)).toBe('Không có hồ sơ trực tuyến nào đang chờ tiếp nhận.');
  });
});

describe('accepting or rejecting an online dossier', () => {
  it('offers what the server allows, only while submitted online', () => {
    const actions = [{ action: 'accept', label: 'Tiếp nhận hồ sơ' }, { action: 'reject', label: 'Từ chối tiếp nhận' }];
    expect(canReceiveOnline({ status: 'submitted_online', available_actions: actions })).toEqual({ accept: true, reject: true });
    expect(canReceiveOnline({ status: 'submitted_online', available_actions: [] })).toEqual({ accept: false, reject: false });
    expect(canReceiveOnline({ status: 'submitted_online' })).toEqual({ accept: true, reject: true });
    expect(canReceiveOnline({ status: 'received', available_actions: actions })).toEqual({ accept: false, reject: false });
  });
  it('requires a reason to reject', () => {
    expect(rejectProblem('')).toBe('Vui lòng ghi rõ lý do từ chối tiếp nhận');
    expect(rejectProblem('   \n')).toBe('Vui lòng ghi rõ lý do từ chối tiếp nhận');
    expect(rejectProblem('x'.repeat(2001))).toBe('Lý do tối đa 2000 ký tự');
    expect(rejectProblem('Sai thủ tục')).toBeNull();
  });
  it('says what happened', () => {
    expect(intakeMessage('accept', 'H05.1')).toBe('Đã tiếp nhận hồ sơ H05.1. Quy trình xử lý đã bắt đầu, hồ sơ chuyển sang bước tiếp theo.');
    expect(intakeMessage('reject', 'H05.1')).toMatch(/^Đã từ chối tiếp nhận hồ sơ H05\.1\./);
  });
});
