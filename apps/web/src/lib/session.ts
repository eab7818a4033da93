import { useSyncExternalStore } from 'react';

/**
 * The signed-in session. The token lives in sessionStorage: it survives a reload but not closing
 * the tab, and is never shared with other tabs or sent as a cookie (so no CSRF to defend against).
 */
export type Session = {
  token: string;
  username: string;
  displayName: string;
  /** director, finance, centre_manager, council or admin: decides the navigation. */
  role: string;
  /** The municipalities the user may see (the API enforces this; the filters just follow it). */
  municipalityCodes: string[];
  expiresAt: string;
};

export const SESSION_STORAGE_KEY = 'kanalindsigt.session';
const SESSION_CHANGE_EVENT = 'kanalindsigt:sessionchange';

let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

export function readSession(): Session | null {
  let raw: string | null;
  try {
    raw = window.sessionStorage.getItem(SESSION_STORAGE_KEY);
  } catch {
    return null; // Storage disabled: every visit signs in again.
  }
  if (raw !== cached.raw) {
    let session: Session | null = null;
    try {
      session = raw ? (JSON.parse(raw) as Session) : null;
    } catch {
      session = null;
    }
    cached = { raw, session };
  }
  const session = cached.session;
  // A session stored by an older version (without a role) signs in again.
  return session &&
    typeof session.role === 'string' &&
    Array.isArray(session.municipalityCodes) &&
    Date.parse(session.expiresAt) > Date.now()
    ? session
    : null;
}

function write(session: Session | null): void {
  try {
    if (session) window.sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    else window.sessionStorage.removeItem(SESSION_STORAGE_KEY);
  } catch {
    // Without storage the session lasts as long as the page.
  }
  window.dispatchEvent(new Event(SESSION_CHANGE_EVENT));
}

export const startSession = (session: Session): void => write(session);
export const endSession = (): void => write(null);

function subscribe(onChange: () => void): () => void {
  window.addEventListener(SESSION_CHANGE_EVENT, onChange);
  return () => window.removeEventListener(SESSION_CHANGE_EVENT, onChange);
}

/** The current session, re-rendering on sign-in and sign-out. */
export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, readSession, () => null);
}
