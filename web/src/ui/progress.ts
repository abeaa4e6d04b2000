// Long waits: a determinate bar (uploads) and an indeterminate "loading" line, both announced.
import { h } from '../dom';

export interface ProgressBar {
  el: HTMLElement;
  /** Fraction done, 0..1. */
  set(fraction: number): void;
  /** Marks the bar finished with a final label. */
  done(label: string): void;
  fail(label: string): void;
}

/** A labelled progress bar (role=progressbar with aria-valuenow in percent). */
export function progressBar(label: string, testid = 'progress'): ProgressBar {
  const fill = h('div', { class: 'progress-fill' });
  const bar = h(
    'div',
    { class: 'progress', role: 'progressbar', 'aria-valuemin': 0, 'aria-valuemax': 100, 'aria-valuenow': 0, 'aria-label': label },
    fill,
  );
  const text = h('span', { class: 'progress-text' }, `${label}: 0%`);
  const el = h('div', { class: 'progress-wrap', 'data-testid': testid }, bar, text);
  return {
    el,
    set(fraction) {
      const pct = Math.max(0, Math.min(100, Math.round(fraction * 100)));
      bar.setAttribute('aria-valuenow', String(pct));
      fill.style.width = `${pct}%`;
      text.textContent = `${label}: ${pct}%`;
    },
    done(final) {
      bar.setAttribute('aria-valuenow', '100');
      fill.style.width = '100%';
      el.classList.add('progress-done');
      text.textContent = final;
    },
    fail(final) {
      el.classList.add('progress-failed');
      text.textContent = final;
    },
  };
}

/** "Đang tải…" with a spinner, announced politely. */
export function loading(text = 'Đang tải…'): HTMLElement {
  return h('p', { class: 'loading', role: 'status', 'data-testid': 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}
