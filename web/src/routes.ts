// Every page of the application, in one table. Each area's pages load as their own chunk.
// Officer, leader and admin pages go in their sections below (src/pages/{officer,leader,admin}).
import type { RouteDef } from './page-context';
import type { Role } from './session';

const STAFF: Role[] = ['reception', 'specialist', 'department_head', 'leader', 'admin', 'auditor'];
const RECEPTION: Role[] = ['reception'];
const CITIZEN: Role[] = ['citizen'];

export const routes: RouteDef[] = [
  // --- citizen portal (public pages first) ---
  { path: '/', title: 'Trang chủ', area: 'citizen', nav: 'Thủ tục hành chính', navTestid: 'nav-home', load: () => import('./pages/citizen/home') },
  { path: '/thu-tuc/:code', title: 'Thủ tục hành chính', area: 'citizen', load: () => import('./pages/citizen/procedure') },
  { path: '/tra-cuu', title: 'Tra cứu hồ sơ', area: 'citizen', nav: 'Tra cứu hồ sơ', navTestid: 'nav-track', load: () => import('./pages/citizen/track') },
  { path: '/tra-cuu/:code', title: 'Tra cứu hồ sơ', area: 'citizen', load: () => import('./pages/citizen/track') },
  { path: '/dang-nhap', title: 'Đăng nhập', area: 'citizen', load: () => import('./pages/citizen/login') },
  { path: '/nop-ho-so/:code', title: 'Nộp hồ sơ trực tuyến', area: 'citizen', roles: CITIZEN, load: () => import('./pages/citizen/submit') },
  { path: '/ho-so-cua-toi', title: 'Hồ sơ của tôi', area: 'citizen', roles: CITIZEN, nav: 'Hồ sơ của tôi', navTestid: 'nav-my-dossiers', load: () => import('./pages/citizen/my_dossiers') },
  { path: '/ho-so-cua-toi/:code', title: 'Chi tiết hồ sơ', area: 'citizen', roles: CITIZEN, load: () => import('./pages/citizen/dossier') },
  { path: '/giay-to-cua-toi', title: 'Giấy tờ của tôi', area: 'citizen', roles: CITIZEN, nav: 'Giấy tờ của tôi', navTestid: 'nav-my-documents', load: () => import('./pages/citizen/my_documents') },

  // --- reception console ---
  { path: '/tiep-nhan', title: 'Tiếp nhận hồ sơ', area: 'reception', roles: RECEPTION, nav: 'Tiếp nhận hồ sơ', navTestid: 'nav-reception', load: () => import('./pages/reception/console') },
  { path: '/tiep-nhan/ho-so/:code', title: 'Hồ sơ đã tiếp nhận', area: 'reception', roles: RECEPTION, load: () => import('./pages/reception/received') },

  // --- officer workspace (src/pages/officer) ---

  // --- leader page (src/pages/leader) ---

  // --- administration (src/pages/admin) ---
];

/** Roles allowed on staff-only pages that any officer may open. */
export { STAFF };
