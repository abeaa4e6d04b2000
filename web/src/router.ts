// A tiny client-side router on the History API. Routes are plain paths with ":name" parameters
// ("/tra-cuu/:code"); links inside the application are intercepted, everything else (the API,
// PDFs, /verify, /pay) is left to the browser.

/** The part of a path each ":name" parameter matched, decoded; null when the path does not match. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const trim = (s: string) => (s.length > 1 && s.endsWith('/') ? s.slice(0, -1) : s);
  const want = trim(pattern).split('/');
  const have = trim(path).split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':')) {
      if (!have[i]) return null;
      try {
        params[want[i].slice(1)] = decodeURIComponent(have[i]);
      } catch {
        return null;
      }
    } else if (want[i] !== have[i]) {
      return null;
    }
  }
  return params;
}

/** Paths the server answers itself: never handled by the application's router. */
export function isServerPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/') || path === '/healthz' || path.startsWith('/pay/') || path.startsWith('/verify/');
}

type Listener = () => void;
let listener: Listener = () => {};

/** Goes to an application path (with query), adding a history entry unless `replace`. */
export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  listener();
}

/** Starts listening to back/forward and to clicks on same-origin links. */
export function startRouter(onChange: Listener): void {
  listener = onChange;
  window.addEventListener('popstate', () => listener());
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const a = (event.target as Element | null)?.closest?.('a');
    if (!a || !a.href || a.target || a.hasAttribute('download') || a.getAttribute('rel') === 'external') return;
    const url = new URL(a.href);
    if (url.origin !== location.origin || isServerPath(url.pathname)) return;
    event.preventDefault();
    if (url.pathname + url.search !== location.pathname + location.search) navigate(url.pathname + url.search + url.hash);
  });
}
