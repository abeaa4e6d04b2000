// What a page module gets and exports. Every page is `src/pages/<area>/<page>.ts` exporting
// `render(ctx)`, registered once in src/routes.ts.
import type { Role, User } from './session';

export type Area = 'citizen' | 'reception' | 'officer' | 'leader' | 'admin' | 'public';

export interface PageContext {
  /** The element the page renders into (<main>); cleared before render. */
  outlet: HTMLElement;
  /** The ":name" parts of the route's path. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The signed-in user, or null. */
  user: User | null;
  /** Aborted when the person navigates away: pass to long calls, stop timers on it. */
  signal: AbortSignal;
}

export type RenderFn = (ctx: PageContext) => void | Promise<void>;

export interface PageModule {
  render: RenderFn;
}

export interface RouteDef {
  /** A plain path with ":name" parameters, e.g. "/tra-cuu/:code". */
  path: string;
  /** The document title (Vietnamese). */
  title: string;
  area: Area;
  /** Loads the page module; a dynamic import() keeps each area in its own chunk. */
  load: () => Promise<PageModule>;
  /** Who may open it; absent: everyone, signed in or not. */
  roles?: Role[];
  /** A label to list the page in the header's navigation for the roles above. */
  nav?: string;
  /** data-testid of the navigation link (default: "nav-" + the path without slashes). */
  navTestid?: string;
}
