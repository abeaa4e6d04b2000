import { describe, expect, it } from 'vitest';
import { receivedSeries, seriesSummary, sortLate, statCards } from './stats';

describe('leader stats', () => {
  it('always shows the five numbers of the brief, the others when sent', () => {
    const five = statCards({ received_today: 3, in_progress: 3, on_time: 2, late: 1, awaiting_supplement: 0 });
    expect(five.map((c) => c.key)).toEqual(['received_today', 'in_progress', 'on_time', 'late', 'awaiting_supplement']);
    expect(five.find((c) => c.key === 'late')).toMatchObject({ label: 'Quá hạn', value: 1, tone: 'late' });
    const all = statCards({ received_today: 0, in_progress: 0, on_time: 0, late: 0, awaiting_supplement: 0, result_ready: 2, returned_today: 1, awaiting_reception: 4 });
    expect(all).toHaveLength(8);
    expect(all.find((c) => c.key === 'awaiting_reception')?.value).toBe(4);
  });
  it('orders the 14 days oldest first with dd/mm labels', () => {
    const s = receivedSeries([
      { date: '2026-11-25', count: 3 },
      { date: '2026-11-12', count: 0 },
      { date: '2026-11-13', count: 2 },
    ]);
    expect(s.labels).toEqual(['12/11', '13/11', '25/11']);
    expect(s.values).toEqual([0, 2, 3]);
    expect(s.total).toBe(5);
  });
  it('describes the chart in words for screen readers', () => {
    expect(seriesSummary(receivedSeries([{ date: '2026-11-24', count: 1 }, { date: '2026-11-25', count: 3 }]))).toBe('Từ 24/11 đến 25/11: tiếp nhận 4 hồ sơ; nhiều nhất 3 hồ sơ vào ngày 25/11.');
    expect(seriesSummary(receivedSeries([{ date: '2026-11-25', count: 0 }]))).toBe('Từ 25/11 đến 25/11: chưa tiếp nhận hồ sơ nào.');
    expect(seriesSummary(receivedSeries([]))).toBe('Chưa có số liệu tiếp nhận.');
  });
  it('lists the latest dossiers first', () => {
    const late = sortLate([
      { code: 'B', procedure_name: '', applicant_name: '', due_at: '', days_late: 1 },
      { code: 'A', procedure_name: '', applicant_name: '', due_at: '', days_late: 5 },
      { code: 'C', procedure_name: '', applicant_name: '', due_at: '', days_late: 1 },
    ]);
    expect(late.map((d) => d.code)).toEqual(['A', 'B', 'C']);
  });
});
