// The page frame: a skip link, the header with the navigation for the signed-in role, the
// <main> outlet that pages render into, live regions for messages, and the footer.
import { h, replace } from '../dom';
import type { User } from '../session';
import { toastRegion } from './toast';

export interface NavItem {
  path: string;
  label: string;
  testid: string;
}

export interface Layout {
  root: HTMLElement;
  main: HTMLElement;
  /** Redraws the navigation and the user box. */
  update(user: User | null, items: NavItem[], currentPath: string): void;
}

export function createLayout(onLogout: () => void): Layout {
  const nav = h('ul', { class: 'nav-list' });
  const userBox = h('div', { class: 'user-box', 'data-testid': 'user-box' });
  const menuButton = h(
    'button',
    { type: 'button', class: 'menu-toggle', 'aria-expanded': 'false', 'aria-controls': 'site-nav', 'data-testid': 'menu-toggle' },
    'Danh mục',
  );
  const navEl = h('nav', { id: 'site-nav', class: 'site-nav', 'aria-label': 'Điều hướng chính' }, nav);
  menuButton.addEventListener('click', () => {
    const open = menuButton.getAttribute('aria-expanded') !== 'true';
    menuButton.setAttribute('aria-expanded', String(open));
    navEl.classList.toggle('open', open);
  });
  const header = h(
    'header',
    { class: 'site-header' },
    h(
      'div',
      { class: 'header-inner' },
      h('a', { href: '/', class: 'brand', 'data-testid': 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, '★'), h('span', {}, 'Dịch vụ công một cửa')),
      menuButton,
      navEl,
      userBox,
    ),
  );
  const main = h('main', { id: 'main', class: 'site-main', tabindex: -1 });
  const footer = h(
    'footer',
    { class: 'site-footer' },
    h('p', {}, 'Hệ thống thông tin giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.'),
    h('p', {}, h('a', { href: '/tra-cuu' }, 'Tra cứu hồ sơ'), ' · ', h('a', { href: '/api/v1/openapi.json', rel: 'external' }, 'Tài liệu API')),
  );
  const root = h('div', { class: 'app' }, h('a', { href: '#main', class: 'skip-link' }, 'Bỏ qua đến nội dung chính'), header, main, footer, toastRegion());
  root.querySelector('.skip-link')?.addEventListener('click', (e) => {
    e.preventDefault();
    main.focus();
  });

  return {
    root,
    main,
    update(user, items, currentPath) {
      replace(
        nav,
        items.map((item) => {
          const current = item.path === '/' ? currentPath === '/' : currentPath === item.path || currentPath.startsWith(`${item.path}/`);
          return h('li', {}, h('a', { href: item.path, 'data-testid': item.testid, 'aria-current': current ? 'page' : null }, item.label));
        }),
      );
      menuButton.setAttribute('aria-expanded', 'false');
      navEl.classList.remove('open');
      if (user) {
        const logout = h('button', { type: 'button', class: 'btn btn-link', 'data-testid': 'logout' }, 'Đăng xuất');
        logout.addEventListener('click', onLogout);
        replace(userBox, h('span', { class: 'user-name', 'data-testid': 'user-name' }, user.full_name), h('span', { class: 'user-role' }, user.role_title), logout);
      } else {
        replace(userBox, h('a', { href: '/dang-nhap', class: 'btn btn-secondary', 'data-testid': 'login-link' }, 'Đăng nhập'));
      }
    },
  };
}
