// Boots the application: the layout, the session, and the router that renders pages.
import './styles.css';
import { onUnauthenticated } from './api';
import { h, replace } from './dom';
import type { RouteDef } from './page-context';
import { matchPath, navigate, startRouter } from './router';
import { routes } from './routes';
import { clearSession, currentUser, loadSession, logout, onSessionChange, type User } from './session';
import { createLayout, type NavItem } from './ui/layout';
import { errorState, pageTitle } from './ui/page';
import { loading } from './ui/progress';
import { toast } from './ui/toast';

const SITE = 'Dịch vụ công một cửa';

function allowed(route: RouteDef, user: User | null): boolean {
  return !route.roles || (user !== null && route.roles.includes(user.role));
}

function navItems(user: User | null): NavItem[] {
  return routes
    .filter((r) => r.nav && !r.path.includes(':') && allowed(r, user))
    .map((r) => ({ path: r.path, label: r.nav as string, testid: r.navTestid ?? `nav-${r.path.replace(/\//g, '') || 'home'}` }));
}

const layout = createLayout(async () => {
  await logout().catch(() => undefined);
  toast('Bạn đã đăng xuất');
  navigate('/');
});

let controller: AbortController | null = null;
let firstRender = true;

async function render(): Promise<void> {
  controller?.abort();
  controller = new AbortController();
  const signal = controller.signal;
  const path = location.pathname;
  const user = currentUser();
  layout.update(user, navItems(user), path);

  let route: RouteDef | undefined;
  let params: Record<string, string> = {};
  for (const r of routes) {
    const m = matchPath(r.path, path);
    if (m) {
      route = r;
      params = m;
      break;
    }
  }
  const main = layout.main;
  if (!route) {
    document.title = `Không tìm thấy trang - ${SITE}`;
    replace(main, ...pageTitle('Không tìm thấy trang', 'Địa chỉ này không có trên cổng dịch vụ công.'), h('p', {}, h('a', { href: '/' }, 'Về trang chủ')));
    focusTitle(main);
    return;
  }
  if (!allowed(route, user)) {
    if (!user) {
      navigate(`/dang-nhap?next=${encodeURIComponent(path + location.search)}`, true);
      return;
    }
    document.title = `Không có quyền truy cập - ${SITE}`;
    replace(main, ...pageTitle('Không có quyền truy cập', `Trang này dành cho vai trò khác; bạn đang đăng nhập với vai trò ${user.role_title}.`));
    focusTitle(main);
    return;
  }
  document.title = `${route.title} - ${SITE}`;
  replace(main, loading());
  try {
    const page = await route.load();
    if (signal.aborted) return;
    main.replaceChildren();
    await page.render({ outlet: main, params, query: new URLSearchParams(location.search), user, signal });
  } catch (e) {
    if (signal.aborted) return;
    console.error(e);
    replace(main, ...pageTitle(route.title), errorState(e, () => void render()));
  }
  if (!signal.aborted) focusTitle(main);
}

// After a navigation, focus goes to the new page's heading so screen readers read it, unless
// the page already put it on a control (the console's first field); the first load keeps the
// browser's own focus.
function focusTitle(main: HTMLElement): void {
  if (firstRender) {
    firstRender = false;
    return;
  }
  const active = document.activeElement;
  if (active && active !== main && main.contains(active)) return;
  const title = main.querySelector<HTMLElement>('h1');
  (title ?? main).focus({ preventScroll: false });
  window.scrollTo(0, 0);
}

onUnauthenticated(() => {
  if (currentUser()) {
    clearSession();
    toast('Phiên làm việc đã hết hạn, vui lòng đăng nhập lại', 'error');
  }
});
onSessionChange((user) => layout.update(user, navItems(user), location.pathname));

const app = document.getElementById('app');
if (app) {
  app.replaceChildren(layout.root);
  startRouter(() => void render());
  void loadSession().then(() => render());
}
