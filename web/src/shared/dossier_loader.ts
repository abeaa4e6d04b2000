// Loads the dossier a page is about (ctx.params.code); when that fails, the page shows the
// error in words under the dossier's title and gets null.
import { get } from '../api';
import type { PageContext } from '../page-context';
import type { Dossier } from '../types';
import { errorState, pageTitle } from '../ui/page';

export async function loadDossierOrShowError(ctx: PageContext): Promise<Dossier | null> {
  const code = ctx.params.code;
  try {
    return await get<Dossier>(`/dossiers/${encodeURIComponent(code)}`, { signal: ctx.signal });
  } catch (e) {
    ctx.outlet.append(...pageTitle(`Hồ sơ ${code}`), errorState(e));
    return null;
  }
}
