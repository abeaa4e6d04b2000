// The administration home (/quan-tri): the sections an administrator works in.
import '../officer/officer.css';
import { h } from '../../dom';
import type { PageContext } from '../../page-context';
import { pageTitle } from '../../ui/page';

export const SECTIONS: Array<[string, string, string, string]> = [
  ['/quan-tri/thu-tuc', 'Danh mục thủ tục', 'Sửa tên, thời hạn, phí, thành phần hồ sơ; vẽ và sửa bản đồ quy trình.', 'admin-catalog'],
  ['/quan-tri/tai-khoan', 'Tài khoản và vai trò', 'Tạo tài khoản cán bộ, đổi vai trò, cơ quan, khóa tài khoản.', 'admin-users'],
  ['/quan-tri/quay', 'Quầy tiếp nhận', 'Thêm, sửa, đóng quầy; lĩnh vực và quầy ưu tiên.', 'admin-counters'],
  ['/quan-tri/ngay-nghi', 'Ngày nghỉ, ngày làm bù', 'Nhập thông báo nghỉ lễ, hoán đổi ngày làm việc hằng năm.', 'admin-calendar'],
];

export function render(ctx: PageContext): void {
  ctx.outlet.append(
    ...pageTitle('Quản trị hệ thống'),
    h('ul', { class: 'admin-nav' }, SECTIONS.map(([href, title, text, testid]) => h('li', {}, h('a', { href, 'data-testid': testid }, h('strong', {}, title), h('span', { class: 'small muted' }, text))))),
  );
}
