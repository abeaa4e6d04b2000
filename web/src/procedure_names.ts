// Procedure names by code, for lists whose items carry only the code (GET /dossiers).
import { get } from './api';
import type { Procedure } from './types';

const names = new Map<string, Promise<string>>();

export function procedureName(code: string): Promise<string> {
  let name = names.get(code);
  if (!name) {
    name = get<Procedure>(`/procedures/${encodeURIComponent(code)}`).then(
      (p) => p.name,
      () => code,
    );
    names.set(code, name);
  }
  return name;
}
