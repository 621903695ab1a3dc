/**
 * The per-host session cookie. Each host sets its own (cookies never cross
 * hosts), all pointing at one server-side session once hop tokens or
 * /__mock/join have bound them.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Session, SessionStore } from './session-store';

export const SESSION_COOKIE = 'mock_sid';

export function bindSession(c: Context, session: Session): void {
  setCookie(c, SESSION_COOKIE, session.id, { path: '/', httpOnly: true, sameSite: 'Lax' });
}

/** The session this request's cookie points at, starting a new one if there is none. */
export function sessionOf(c: Context, store: SessionStore): Session {
  const existing = store.get(getCookie(c, SESSION_COOKIE));
  if (existing) return existing;
  const created = store.create();
  bindSession(c, created);
  return created;
}
