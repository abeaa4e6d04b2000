// The JSON API under /api/v1. The session is the HttpOnly cookie the server sets at login
// (POST /api/v1/auth/login), so every call goes out with same-origin credentials and no token
// is kept in script. Errors become ApiError, whose message is the server's Vietnamese text.

export const API_BASE = '/api/v1';

export const NETWORK_MESSAGE = 'Không kết nối được máy chủ, vui lòng thử lại';

/** An error from the API ({"error":{code,message,field}}) or from the network. */
export class ApiError extends Error {
  /** HTTP status; 0 when the server could not be reached. */
  readonly status: number;
  /** The API's error code ("not_found", "invalid_argument", ...), "network" or "http_<status>". */
  readonly code: string;
  /** The request field the error is about, when the server names one. */
  readonly field: string | null;

  constructor(status: number, code: string, message: string, field: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
  }

  get isNetwork(): boolean {
    return this.status === 0;
  }
}

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ',
  401: 'Vui lòng đăng nhập để tiếp tục',
  403: 'Bạn không có quyền thực hiện thao tác này',
  404: 'Không tìm thấy thông tin yêu cầu',
  409: 'Dữ liệu đã thay đổi, vui lòng tải lại trang',
  413: 'Tệp quá lớn',
  422: 'Thông tin chưa hợp lệ',
  429: 'Bạn thao tác quá nhanh, vui lòng thử lại sau ít phút',
  500: 'Máy chủ gặp sự cố, vui lòng thử lại sau',
  502: 'Máy chủ tạm thời không phản hồi, vui lòng thử lại',
  503: 'Hệ thống đang bảo trì hoặc quá tải, vui lòng thử lại sau',
};

/** The ApiError for a response status and its body text (JSON error or anything else). */
export function errorFromResponse(status: number, text: string): ApiError {
  try {
    const body = JSON.parse(text) as { error?: { code?: string; message?: string; field?: string | null } };
    if (body && body.error && typeof body.error.message === 'string' && body.error.message) {
      return new ApiError(status, body.error.code ?? `http_${status}`, body.error.message, body.error.field ?? null);
    }
  } catch {
    // Not JSON (a proxy's error page): fall through to the message for the status.
  }
  const generic = STATUS_MESSAGES[status] ?? (status >= 500 ? STATUS_MESSAGES[500] : 'Đã có lỗi xảy ra');
  return new ApiError(status, `http_${status}`, generic);
}

/** Builds "/api/v1/path?a=1" from a path under /api/v1 and optional query values. */
export function apiUrl(path: string, query?: Record<string, string | number | undefined | null>): string {
  const url = API_BASE + (path.startsWith('/') ? path : `/${path}`);
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

export interface RequestOptions {
  query?: Record<string, string | number | undefined | null>;
  /** Sent as Idempotency-Key, so a retried creation does not create twice. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

type Listener = (error: ApiError) => void;
const unauthenticatedListeners: Listener[] = [];
/** Called whenever the server answers 401 (the session ended): the app sends people to login. */
export function onUnauthenticated(listener: Listener): void {
  unauthenticatedListeners.push(listener);
}

function notify(error: ApiError): ApiError {
  if (error.status === 401) unauthenticatedListeners.forEach((l) => l(error));
  return error;
}

/** One JSON call. Resolves to the parsed body (undefined for an empty one); rejects with ApiError. */
export async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', NETWORK_MESSAGE);
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) throw notify(errorFromResponse(response.status, text));
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError(response.status, 'bad_response', STATUS_MESSAGES[500]);
  }
}

export const get = <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options);
export const post = <T>(path: string, body: unknown = {}, options?: RequestOptions) => request<T>('POST', path, body, options);
export const put = <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, body, options);

/** Upload progress: bytes sent so far and the total (0 when unknown). */
export type ProgressFn = (loaded: number, total: number) => void;

/**
 * POSTs multipart form data with XMLHttpRequest so that upload progress can be shown (fetch
 * cannot report it). Resolves to the JSON answer; rejects with ApiError.
 */
export function upload<T>(path: string, form: FormData, onProgress?: ProgressFn, signal?: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiUrl(path));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Accept', 'application/json');
    if (onProgress) {
      xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0);
    }
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T);
        } catch {
          reject(new ApiError(xhr.status, 'bad_response', STATUS_MESSAGES[500]));
        }
      } else {
        reject(notify(errorFromResponse(xhr.status, xhr.responseText)));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'network', NETWORK_MESSAGE));
    xhr.onabort = () => reject(new DOMException('Đã hủy tải lên', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}

/** The message to show a person for anything a call threw. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof DOMException && error.name === 'AbortError') return 'Đã hủy';
  return 'Đã có lỗi xảy ra, vui lòng thử lại';
}

/** A fresh key for Idempotency-Key headers. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
