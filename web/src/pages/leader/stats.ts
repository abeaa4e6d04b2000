// Today's numbers of an agency (GET /api/v1/stats/today) shaped for the leader page: the cards,
// the chart's series, and the late list.
import { formatDate } from '../../format';

export interface TodayCounts {
  received_today: number;
  in_progress: number;
  on_time: number;
  late: number;
  awaiting_supplement: number;
  result_ready?: number;
  awaiting_reception?: number;
  returned_today?: number;
}

export interface LateDossier {
  code: string;
  procedure_name: string;
  applicant_name: string;
  due_at: string;
  days_late: number;
}

export interface TodayStats {
  agency: { id: number; code: string; name: string };
  date: string;
  counts: TodayCounts;
  received_by_day: Array<{ date: string; count: number }>;
  late: LateDossier[];
}

export interface StatCard {
  key: keyof TodayCounts;
  label: string;
  value: number;
  tone: 'ok' | 'warn' | 'late' | 'info';
}

const CARDS: Array<[keyof TodayCounts, string, StatCard['tone']]> = [
  ['received_today', 'Tiếp nhận hôm nay', 'info'],
  ['in_progress', 'Đang giải quyết', 'info'],
  ['on_time', 'Trong hạn', 'ok'],
  ['late', 'Quá hạn', 'late'],
  ['awaiting_supplement', 'Chờ bổ sung', 'warn'],
  ['result_ready', 'Có kết quả, chờ trả', 'ok'],
  ['returned_today', 'Đã trả hôm nay', 'ok'],
  ['awaiting_reception', 'Nộp trực tuyến chờ tiếp nhận', 'info'],
];

/** The cards in order; the five of the brief always, the others when the server sends them. */
export function statCards(counts: TodayCounts): StatCard[] {
  const always = new Set<keyof TodayCounts>(['received_today', 'in_progress', 'on_time', 'late', 'awaiting_supplement']);
  return CARDS.filter(([key]) => always.has(key) || typeof counts[key] === 'number').map(([key, label, tone]) => ({
    key,
    label,
    value: Number(counts[key] ?? 0),
    tone,
  }));
}

/** The 14 days of the chart, oldest first, with "dd/mm" labels; gaps filled with 0. */
export function receivedSeries(days: Array<{ date: string; count: number }>): { labels: string[]; values: number[]; total: number } {
  const sorted = [...days].sort((a, b) => a.date.localeCompare(b.date));
  const labels = sorted.map((d) => formatDate(d.date).slice(0, 5));
  const values = sorted.map((d) => Math.max(0, Number(d.count) || 0));
  return { labels, values, total: values.reduce((a, b) => a + b, 0) };
}

/** The late dossiers, the latest first (most days late), then by code. */
export function sortLate(late: LateDossier[]): LateDossier[] {
  return [...late].sort((a, b) => b.days_late - a.days_late || a.code.localeCompare(b.code));
}

/** The chart's text alternative: "Từ 12/11 đến 25/11: 3 hồ sơ; nhiều nhất 3 vào 25/11." */
export function seriesSummary(series: { labels: string[]; values: number[]; total: number }): string {
  if (!series.labels.length) return 'Chưa có số liệu tiếp nhận.';
  let max = 0;
  series.values.forEach((v, i) => {
    if (v > series.values[max]) max = i;
  });
  const range = `Từ ${series.labels[0]} đến ${series.labels[series.labels.length - 1]}`;
  if (!series.total) return `${range}: chưa tiếp nhận hồ sơ nào.`;
  return `${range}: tiếp nhận ${series.total} hồ sơ; nhiều nhất ${series.values[max]} hồ sơ vào ngày ${series.labels[max]}.`;
}
