// The agencies (GET /api/v1/agencies), loaded once per page load: where to submit a
// procedure and which commune handles a commune-level dossier.
import { get } from './api';
import type { Agency, Page } from './types';

let cache: Promise<Agency[]> | null = null;

export function loadAgencies(): Promise<Agency[]> {
  if (!cache) {
    cache = get<Page<Agency>>('/agencies').then((p) => p.items);
    cache.catch(() => {
      cache = null;
    });
  }
  return cache;
}

/** Where a procedure of this level is received: the province's service centre or a commune's one-stop department. */
export function receivingAgencies(agencies: Agency[], level: string): Agency[] {
  const kind = level === 'commune' ? 'commune_one_stop' : 'service_centre';
  return agencies.filter((a) => a.kind === kind);
}

export function agencyName(agencies: Agency[], idOrCode: number | string | null | undefined): string {
  const a = agencies.find((x) => x.id === idOrCode || x.code === idOrCode);
  return a ? a.name : '';
}
