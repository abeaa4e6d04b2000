// A combobox with a listbox of suggestions (WAI-ARIA combobox pattern): typing asks `search`,
// arrow keys move, Enter picks, Escape closes. Used to pick a procedure at the counter.
import { h, replace, uid } from '../dom';

export interface TypeaheadOptions<T> {
  input: HTMLInputElement;
  search: (text: string) => Promise<T[]>;
  label: (item: T) => string;
  detail?: (item: T) => string;
  onPick: (item: T) => void;
  testid?: string;
  delayMs?: number;
}

export function typeahead<T>(o: TypeaheadOptions<T>): HTMLElement {
  const listId = uid('listbox');
  const list = h('ul', { id: listId, role: 'listbox', class: 'listbox', hidden: true, 'data-testid': o.testid });
  let items: T[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let seq = 0;
  const input = o.input;
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('autocomplete', 'off');

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll('li').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = list.children[i] as HTMLElement | undefined;
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView?.({ block: 'nearest' });
    }
  };
  const pick = (i: number) => {
    const item = items[i];
    if (!item) return;
    input.value = o.label(item);
    close();
    o.onPick(item);
  };
  const show = (found: T[]) => {
    items = found;
    replace(
      list,
      found.map((item, i) => {
        const li = h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', 'data-testid': `${o.testid ?? 'option'}-item` }, o.label(item), o.detail ? h('div', { class: 'small muted' }, o.detail(item)) : null);
        li.addEventListener('mousedown', (e) => {
          e.preventDefault();
          pick(i);
        });
        return li;
      }),
    );
    list.hidden = found.length === 0;
    input.setAttribute('aria-expanded', String(found.length > 0));
    if (found.length) highlight(0);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      close();
      return;
    }
    const mine = ++seq;
    timer = setTimeout(async () => {
      const found = await o.search(text).catch(() => [] as T[]);
      if (mine === seq) show(found);
    }, o.delayMs ?? 150);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) {
      if (e.key === 'ArrowDown' && items.length) show(items);
      return;
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      highlight(Math.min(items.length - 1, active + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      highlight(Math.max(0, active - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      pick(active < 0 ? 0 : active);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return list;
}
