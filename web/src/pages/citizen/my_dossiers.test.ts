import { describe, expect, it } from 'vitest';
import { filterDossiers } from './my_dossiers';

describe('filtering my dossiers', () => {
  const rows = [
    { code: '000.00.07.H05-261123-0001', name: 'Cấp Phiếu lý lịch tư pháp', status: 'Mới đăng ký' },
    { code: '001.01.00.H05-261123-0002', name: 'Đăng ký khai sinh', status: 'Đã trả kết quả' },
  ];
  it('matches code, procedure or status without diacritics', () => {
    expect(filterDossiers(rows, 'ly lich').map((r) => r.code)).toEqual(['000.00.07.H05-261123-0001']);
    expect(filterDossiers(rows, '261123-0002').map((r) => r.code)).toEqual(['001.01.00.H05-261123-0002']);
    expect(filterDossiers(rows, 'da tra').length).toBe(1);
    expect(filterDossiers(rows, '').length).toBe(2);
  });
});
