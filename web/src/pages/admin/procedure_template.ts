// The catalog editor's control for one component's blank form (mẫu đơn, tờ khai): shows the
// current template, uploads or replaces it (PUT, the file as the body) and removes it (DELETE).
// Templates are not versioned with the procedure: a change takes effect at once.
import { messageOf } from '../../api';
import { h, replace } from '../../dom';
import type { Component, FormTemplate } from '../../types';
import { alertBox } from '../../ui/toast';
import { deleteTemplate, putTemplate, TEMPLATE_ACCEPT, templateLabel } from '../citizen/form_templates';

export function templateEditor(code: string, component: Component): HTMLElement {
  let current: FormTemplate | undefined = component.template;
  const info = h('span', { 'data-testid': 'template-current' });
  const status = h('div', { 'aria-live': 'polite', 'data-testid': 'template-status' });
  const input = h('input', { type: 'file', accept: TEMPLATE_ACCEPT, hidden: true, 'data-testid': 'template-file', 'aria-label': `Tệp mẫu cho ${component.name}` });
  const choose = h('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'template-upload' });
  const remove = h('button', { type: 'button', class: 'btn btn-link', 'data-testid': 'template-remove' }, 'Xóa mẫu');

  const show = () => {
    replace(
      info,
      current
        ? h('span', {}, 'Mẫu hiện tại: ', h('a', { href: current.url, download: current.file_name, 'data-testid': 'template-link' }, current.file_name), ` (${templateLabel(current)})`)
        : h('span', { class: 'muted' }, 'Chưa có mẫu đơn, tờ khai'),
    );
    choose.textContent = current ? 'Thay mẫu' : 'Tải mẫu lên';
    remove.hidden = !current;
  };

  choose.addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    replace(status);
    choose.disabled = true;
    try {
      current = await putTemplate(code, component.id, file);
      show();
      replace(status, alertBox(`Đã lưu mẫu "${current.file_name}".`, 'success', 'template-saved'));
    } catch (e) {
      replace(status, alertBox(messageOf(e), 'error', 'template-error'));
    } finally {
      choose.disabled = false;
    }
  });
  remove.addEventListener('click', async () => {
    if (!current || !confirm(`Xóa mẫu "${current.file_name}" của thành phần này?`)) return;
    replace(status);
    try {
      await deleteTemplate(code, component.id);
      current = undefined;
      show();
      replace(status, alertBox('Đã xóa mẫu đơn, tờ khai.', 'success', 'template-saved'));
    } catch (e) {
      replace(status, alertBox(messageOf(e), 'error', 'template-error'));
    }
  });
  show();
  return h('div', { class: 'template-edit', 'data-testid': 'component-template' }, info, ' ', choose, input, remove, status);
}
