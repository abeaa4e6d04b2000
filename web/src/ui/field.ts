// Form fields that screen readers understand: a <label> tied to the control, a hint and an
// error text tied with aria-describedby, aria-invalid while the error shows.
import { h, uid } from '../dom';

export interface FieldOptions {
  label: string;
  name: string;
  type?: string;
  value?: string;
  required?: boolean;
  hint?: string;
  placeholder?: string;
  autocomplete?: string;
  inputmode?: string;
  pattern?: string;
  maxlength?: number;
  testid?: string;
  /** A <textarea> instead of an <input>. */
  multiline?: boolean;
  /** Options for a <select>: value → label. */
  options?: Array<[string, string]>;
  /** The keyboard shortcut, shown beside the label and announced (aria-keyshortcuts). */
  shortcut?: string;
}

export interface Field {
  el: HTMLElement;
  input: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  value(): string;
  setError(message: string | null): void;
}

export function field(o: FieldOptions): Field {
  const id = uid(o.name);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const common = {
    id,
    name: o.name,
    required: o.required,
    'aria-describedby': [o.hint ? hintId : '', errorId].filter(Boolean).join(' '),
    'data-testid': o.testid,
    'aria-keyshortcuts': o.shortcut,
  };
  let input: Field['input'];
  if (o.options) {
    input = h('select', common, ...o.options.map(([v, l]) => h('option', { value: v, selected: v === o.value }, l)));
  } else if (o.multiline) {
    input = h('textarea', { ...common, rows: 3, placeholder: o.placeholder, maxlength: o.maxlength });
    input.value = o.value ?? '';
  } else {
    input = h('input', {
      ...common,
      type: o.type ?? 'text',
      value: o.value,
      placeholder: o.placeholder,
      autocomplete: o.autocomplete,
      inputmode: o.inputmode,
      pattern: o.pattern,
      maxlength: o.maxlength,
    });
  }
  const error = h('p', { id: errorId, class: 'field-error', hidden: true });
  const label = h(
    'label',
    { for: id },
    o.label,
    o.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null,
    o.shortcut ? h('kbd', { class: 'shortcut', 'aria-hidden': 'true' }, o.shortcut) : null,
  );
  // A corrected value clears the error the last check put there.
  input.addEventListener(o.options ? 'change' : 'input', () => {
    if (!error.hidden) {
      error.hidden = true;
      input.removeAttribute('aria-invalid');
    }
  });
  const el = h('div', { class: 'field' }, label, o.hint ? h('p', { id: hintId, class: 'field-hint' }, o.hint) : null, input, error);
  return {
    el,
    input,
    value: () => input.value.trim(),
    setError(message) {
      error.hidden = !message;
      error.textContent = message ?? '';
      if (message) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    },
  };
}

/** A button; `kind` picks the style (primary, secondary, link). */
export function button(label: string, attrs: Record<string, string | boolean | ((e: Event) => void) | undefined> = {}, kind = 'primary'): HTMLButtonElement {
  return h('button', { type: 'button', class: `btn btn-${kind}`, ...attrs }, label);
}

/** Disables a button while `work` runs, showing `busyLabel`; restores it afterwards. */
export async function busy<T>(btn: HTMLButtonElement, busyLabel: string, work: () => Promise<T>): Promise<T> {
  const label = btn.textContent;
  btn.disabled = true;
  btn.setAttribute('aria-busy', 'true');
  btn.textContent = busyLabel;
  try {
    return await work();
  } finally {
    btn.disabled = false;
    btn.removeAttribute('aria-busy');
    btn.textContent = label;
  }
}
