// Who is signed in. The session itself is the server's HttpOnly cookie; this module keeps the
// user the server reported (GET /api/v1/auth/me) for the pages and the navigation.
import { ApiError, get, post } from './api';

export type Role = 'citizen' | 'reception' | 'specialist' | 'department_head' | 'leader' | 'admin' | 'auditor';

export interface User {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  role_title: string;
  agency_id: number | null;
  id_number: string | null;
  agency?: { id: number; code: string; name: string };
  counter_id?: number | null;
  /** The reception counter the officer sits at (set by an administrator). */
  counter?: { id: number; number: number; name: string; fields: string[]; priority: boolean; active: boolean };
}

let current: User | null = null;
const listeners: Array<(u: User | null) => void> = [];

export function currentUser(): User | null {
  return current;
}

export function onSessionChange(listener: (u: User | null) => void): void {
  listeners.push(listener);
}

function set(user: User | null): void {
  current = user;
  listeners.forEach((l) => l(user));
}

/** Asks the server who is signed in; null when nobody is (or the server cannot say). */
export async function loadSession(): Promise<User | null> {
  try {
    set(await get<User>('/auth/me'));
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) console.warn('auth/me', e);
    set(null);
  }
  return current;
}

/** Logs in (citizens with their 12-digit personal number, staff with their user name). */
export async function login(username: string, password: string): Promise<User> {
  await post('/auth/login', { username: username.trim(), password });
  const user = await loadSession();
  if (!user) throw new ApiError(401, 'unauthenticated', 'Đăng nhập không thành công, vui lòng thử lại');
  return user;
}

export async function logout(): Promise<void> {
  try {
    await post('/auth/logout');
  } finally {
    set(null);
  }
}

/** Forgets the user without asking the server (after a 401: the session already ended). */
export function clearSession(): void {
  if (current) set(null);
}

/** The page a user lands on after logging in, by role. */
export function homeFor(user: User | null): string {
  switch (user?.role) {
    case 'citizen':
      return '/ho-so-cua-toi';
    case 'reception':
      return '/tiep-nhan';
    case 'specialist':
    case 'department_head':
      return '/can-bo';
    case 'leader':
      return '/lanh-dao';
    case 'admin':
      return '/quan-tri';
    default:
      return '/';
  }
}
