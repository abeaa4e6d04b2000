// Building blocks every page uses: the heading (focused after navigation), error boxes with a
// retry, empty states and definition lists.
import { messageOf } from '../api';
import { h } from '../dom';

/** The page's <h1> (focusable, so navigation can move focus to it) and an optional lead. */
export function pageTitle(title: string, lead?: string): HTMLElement[] {
  const out: HTMLElement[] = [h('h1', { tabindex: -1, 'data-testid': 'page-title' }, title)];
  if (lead) out.push(h('p', { class: 'lead' }, lead));
  return out;
}

/** An error from a call, in words, with an optional "Thử lại" button. */
export function errorState(error: unknown, retry?: () => void): HTMLElement {
  return h(
    'div',
    { class: 'alert alert-error', role: 'alert', 'data-testid': 'error' },
    h('p', {}, messageOf(error)),
    retry ? h('button', { type: 'button', class: 'btn btn-secondary', onclick: () => retry() }, 'Thử lại') : null,
  );
}

export function emptyState(text: string, testid = 'empty'): HTMLElement {
  return h('p', { class: 'empty', 'data-testid': testid }, text);
}

/** A definition list from [term, value] pairs; empty values show "—". */
export function facts(rows: Array<[string, string | Node | null | undefined]>, testid?: string): HTMLElement {
  return h(
    'dl',
    { class: 'facts', 'data-testid': testid },
    rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v === null || v === undefined || v === '' ? '—' : v)]),
  );
}

/** A status badge; `tone` picks the colour (ok, warn, late, info). */
export function badge(text: string, tone = 'info', testid?: string): HTMLElement {
  return h('span', { class: `badge badge-${tone}`, 'data-testid': testid }, text);
}
