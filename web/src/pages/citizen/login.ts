// Login for everyone: citizens with their 12-digit personal number, officers with their user
// name. After login, back to the page that asked for it (?next=) or the role's home.
import { ApiError, messageOf } from '../../api';
import { h } from '../../dom';
import { isPersonalNumber } from '../../format';
import type { PageContext } from '../../page-context';
import { isServerPath, matchPath, navigate } from '../../router';
import { routes } from '../../routes';
import { homeFor, login } from '../../session';
import { busy, field } from '../../ui/field';
import { alertBox } from '../../ui/toast';
import { pageTitle } from '../../ui/page';
import { toast } from '../../ui/toast';

/** A safe place to go after login: an application path, never another site. */
export function nextPath(raw: string | null): string | null {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/dang-nhap') || isServerPath(raw)) return null;
  return raw;
}

export function render(ctx: PageContext): void {
  const user = field({
    label: 'Số định danh cá nhân hoặc tên đăng nhập',
    name: 'username',
    hint: 'Công dân dùng số định danh cá nhân (12 chữ số trên căn cước). Cán bộ dùng tên đăng nhập được cấp.',
    autocomplete: 'username',
    required: true,
    testid: 'login-username',
  });
  const password = field({ label: 'Mật khẩu', name: 'password', type: 'password', autocomplete: 'current-password', required: true, testid: 'login-password' });
  const submit = h('button', { type: 'submit', class: 'btn btn-primary', 'data-testid': 'login-submit' }, 'Đăng nhập');
  const status = h('div', { 'data-testid': 'login-status' });
  const form = h('form', { class: 'card', novalidate: true, 'data-testid': 'login-form' }, user.el, password.el, status, submit);

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    status.replaceChildren();
    const name = user.value();
    user.setError(null);
    password.setError(null);
    if (!name) {
      user.setError('Vui lòng nhập số định danh cá nhân hoặc tên đăng nhập');
      user.input.focus();
      return;
    }
    if (/^\d+$/.test(name) && !isPersonalNumber(name)) {
      user.setError('Số định danh cá nhân gồm đúng 12 chữ số');
      user.input.focus();
      return;
    }
    if (!password.input.value) {
      password.setError('Vui lòng nhập mật khẩu');
      password.input.focus();
      return;
    }
    try {
      const who = await busy(submit, 'Đang đăng nhập…', () => login(name, password.input.value));
      toast(`Xin chào ${who.full_name}`, 'success');
      const home = homeFor(who);
      // A role whose pages are not built yet lands on the portal's home.
      const known = routes.some((r) => matchPath(r.path, home) && (!r.roles || r.roles.includes(who.role)));
      navigate(nextPath(ctx.query.get('next')) ?? (known ? home : '/'), true);
    } catch (err) {
      const message = err instanceof ApiError && err.status === 401 ? 'Số định danh, tên đăng nhập hoặc mật khẩu không đúng' : messageOf(err);
      status.replaceChildren(alertBox(message, 'error', 'login-error'));
      password.input.focus();
    }
  });

  ctx.outlet.append(
    ...pageTitle('Đăng nhập', ctx.user ? `Bạn đang đăng nhập với tên ${ctx.user.full_name}.` : 'Đăng nhập để nộp hồ sơ trực tuyến và theo dõi hồ sơ của bạn.'),
    h('div', { style: 'max-width: 28rem' }, form),
  );
  user.input.focus();
}
