import { describe, expect, it } from 'vitest';
import { nextPath } from './login';

describe('where login leads', () => {
  it('returns to application pages only', () => {
    expect(nextPath('/nop-ho-so/2.000488')).toBe('/nop-ho-so/2.000488');
    expect(nextPath('//evil.example/x')).toBeNull();
    expect(nextPath('https://evil.example/')).toBeNull();
    expect(nextPath('/api/v1/auth/logout')).toBeNull();
    expect(nextPath('/dang-nhap?next=/x')).toBeNull();
    expect(nextPath(null)).toBeNull();
  });
});
