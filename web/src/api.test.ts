import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, NETWORK_MESSAGE, apiUrl, errorFromResponse, get, messageOf, post } from './api';

afterEach(() => vi.unstubAllGlobals());

describe('errors from the API', () => {
  it('keeps the server message, code and field', () => {
    const e = errorFromResponse(
      422,
      JSON.stringify({ error: { code: 'invalid_argument', message: 'Số định danh phải có 12 chữ số', field: 'applicant.id_number' } }),
    );
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(422);
    expect(e.code).toBe('invalid_argument');
    expect(e.field).toBe('applicant.id_number');
    expect(e.message).toBe('Số định danh phải có 12 chữ số');
  });
  it('falls back to Vietnamese words for a body that is not ours', () => {
    expect(errorFromResponse(502, '<html>Bad gateway</html>').message).toBe('Máy chủ tạm thời không phản hồi, vui lòng thử lại');
    expect(errorFromResponse(404, '').message).toBe('Không tìm thấy thông tin yêu cầu');
    expect(errorFromResponse(599, '').message).toBe('Máy chủ gặp sự cố, vui lòng thử lại sau');
  });
});

describe('calls', () => {
  it('builds URLs with query values, skipping empty ones', () => {
    expect(apiUrl('/procedures', { q: 'khai sinh', limit: 20, x: '' })).toBe('/api/v1/procedures?q=khai+sinh&limit=20');
    expect(apiUrl('auth/me')).toBe('/api/v1/auth/me');
  });
  it('sends JSON with the session cookie and parses the answer', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(post('/auth/login', { username: 'a' }, { idempotencyKey: 'k1' })).resolves.toEqual({ ok: true });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/auth/login');
    expect(init.credentials).toBe('same-origin');
    expect((init.headers as Record<string, string>)['Idempotency-Key']).toBe('k1');
    expect(init.body).toBe('{"username":"a"}');
  });
  it('turns an error answer into ApiError', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: { code: 'not_found', message: 'Không tìm thấy hồ sơ' } }), { status: 404 }));
    await expect(get('/dossiers/x')).rejects.toMatchObject({ status: 404, message: 'Không tìm thấy hồ sơ' });
  });
  it('says the server cannot be reached when the network fails', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const error = await get('/procedures').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetwork).toBe(true);
    expect(messageOf(error)).toBe(NETWORK_MESSAGE);
  });
});
