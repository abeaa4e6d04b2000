// Messages for people: a polite live region for news ("Đã lưu") and an assertive one for
// errors, so screen readers announce both without moving focus.
import { h } from '../dom';

let polite: HTMLElement | null = null;
let assertive: HTMLElement | null = null;

/** The two live regions; mounted once by the layout. */
export function toastRegion(): HTMLElement {
  polite = h('div', { class: 'toasts', role: 'status', 'aria-live': 'polite', 'data-testid': 'toasts' });
  assertive = h('div', { class: 'toasts toasts-alert', role: 'alert', 'aria-live': 'assertive', 'data-testid': 'alerts' });
  return h('div', { class: 'toast-host' }, polite, assertive);
}

export type ToastKind = 'info' | 'success' | 'error';

/** Shows a message for a few seconds (errors stay until dismissed). */
export function toast(message: string, kind: ToastKind = 'info'): void {
  const host = kind === 'error' ? assertive : polite;
  if (!host) return;
  const close = h('button', { type: 'button', class: 'toast-close', 'aria-label': 'Đóng thông báo' }, '×');
  const item = h('div', { class: `toast toast-${kind}`, 'data-testid': `toast-${kind}` }, h('span', {}, message), close);
  close.addEventListener('click', () => item.remove());
  host.append(item);
  if (kind !== 'error') setTimeout(() => item.remove(), 6000);
}

/** An inline alert box inside a page (for errors that belong to a section). */
export function alertBox(message: string, kind: ToastKind = 'error', testid = 'alert'): HTMLElement {
  return h('div', { class: `alert alert-${kind}`, role: kind === 'error' ? 'alert' : 'status', 'data-testid': testid }, message);
}
