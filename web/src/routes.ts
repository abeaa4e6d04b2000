// Every page of the application, in one table. Each area's pages load as their own chunk.
// Officer, leader and admin pages go in their sections below (src/pages/{officer,leader,admin}).
import type { RouteDef } from './page-context';
import type { Role } from './session';

const STAFF: Role[] = ['reception', 'specialist', 'department_head', 'leader', 'admin', 'auditor'];
const RECEPTION: Role[] = ['reception'];
const CITIZEN: Role[] = ['citizen'];
const OFFICERS: Role[] = ['reception', 'specialist', 'department_head', 'leader'];
const LEADERS: Role[] = ['leader', 'department_head', 'admin', 'auditor'];
const ADMIN: Role[] = ['admin'];

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
  { path: '/can-bo', title: 'Hồ sơ cần xử lý', area: 'officer', roles: OFFICERS, nav: 'Hồ sơ cần xử lý', navTestid: 'nav-inbox', load: () => import('./pages/officer/inbox') },
  { path: '/can-bo/ho-so/:code', title: 'Xử lý hồ sơ', area: 'officer', roles: STAFF, load: () => import('./pages/officer/dossier') },

  // --- leader page (src/pages/leader) ---
  { path: '/lanh-dao', title: 'Số liệu hôm nay', area: 'leader', roles: LEADERS, nav: 'Số liệu hôm nay', navTestid: 'nav-leader', load: () => import('./pages/leader/today') },

  // --- administration (src/pages/admin) ---
  { path: '/quan-tri', title: 'Quản trị hệ thống', area: 'admin', roles: ADMIN, nav: 'Quản trị', navTestid: 'nav-admin', load: () => import('./pages/admin/home') },
  { path: '/quan-tri/thu-tuc', title: 'Danh mục thủ tục', area: 'admin', roles: ADMIN, load: () => import('./pages/admin/catalog') },
  { path: '/quan-tri/thu-tuc/:code', title: 'Sửa thủ tục', area: 'admin', roles: ADMIN, load: () => import('./pages/admin/procedure') },
  { path: '/quan-tri/quy-trinh/:code', title: 'Bản đồ quy trình', area: 'admin', roles: ADMIN, load: () => import('./pages/admin/process') },
  { path: '/quan-tri/tai-khoan', title: 'Tài khoản và vai trò', area: 'admin', roles: ADMIN, load: () => import('./pages/admin/users') },
  { path: '/quan-tri/quay', title: 'Quầy tiếp nhận', area: 'admin', roles: ADMIN, load: () => import('./pages/admin/counters') },
  { path: '/quan-tri/ngay-nghi', title: 'Ngày nghỉ, ngày làm bù', area: 'admin', roles: ADMIN, load: () => import('./pages/admin/calendar') },
];

/** Roles allowed on staff-only pages that any officer may open. */
export { STAFF };
