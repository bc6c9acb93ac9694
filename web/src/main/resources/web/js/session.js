// Session: the bearer token (localStorage), a cached copy of the signed-in user for instant
// rendering, server verification of the token, and safe return paths for the login page.
import { api } from './api.js';

const TOKEN_KEY = 'cloudstore.token';
const USER_KEY = 'cloudstore.user';
export const SESSION_EVENT = 'session:change';
export const DEFAULT_RETURN = '/index.html';

function storageGet(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function storageSet(key, value) {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    /* storage unavailable (private mode, quota): the session just won't persist */
  }
}

function notify() {
  window.dispatchEvent(new CustomEvent(SESSION_EVENT));
}

export function getToken() {
  return storageGet(TOKEN_KEY);
}

export function isLoggedIn() {
  return Boolean(getToken());
}

/** The user as last seen by the server (for rendering before /api/auth/verify answers). */
export function getCachedUser() {
  if (!getToken()) return null;
  try {
    const user = JSON.parse(storageGet(USER_KEY) || 'null');
    return user && typeof user === 'object' ? user : null;
  } catch {
    return null;
  }
}

export function setSession(token, user) {
  storageSet(TOKEN_KEY, token);
  storageSet(USER_KEY, user ? JSON.stringify(user) : null);
  verifyPromise = null;
  notify();
}

/** Forget the token and user. The guest cart in localStorage is deliberately kept. */
export function clearSession() {
  const had = getToken() !== null;
  storageSet(TOKEN_KEY, null);
  storageSet(USER_KEY, null);
  verifyPromise = null;
  if (had) notify();
}

export function isAdmin(user) {
  return Boolean(user && user.role === 'ADMIN');
}

/** Reads `exp` from the JWT payload only to skip a pointless request; the server decides validity. */
function tokenLooksExpired(token) {
  try {
    const part = token.split('.')[1];
    if (!part) return false;
    const json = atob(part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '='));
    const payload = JSON.parse(json);
    return typeof payload.exp === 'number' && payload.exp * 1000 <= Date.now();
  } catch {
    return false;
  }
}

let verifyPromise = null;

/**
 * Ask the server who the token belongs to (GET /api/auth/verify).
 * Resolves to the user, or null when there is no (valid) token — an invalid token is cleared
 * silently here, without redirecting, so public pages keep working for a former session.
 * Rejects on network/server errors (the token is then kept).
 */
export function verifySession({ force = false } = {}) {
  const token = getToken();
  if (!token) return Promise.resolve(null);
  if (tokenLooksExpired(token)) {
    clearSession();
    return Promise.resolve(null);
  }
  if (!verifyPromise || force) {
    const pending = api('/api/auth/verify', { auth: true, redirectOn401: false })
      .then((data) => {
        const user = data && data.user ? data.user : null;
        if (user && getToken() === token) storageSet(USER_KEY, JSON.stringify(user));
        return user;
      })
      .catch((err) => {
        if (verifyPromise === pending) verifyPromise = null;
        if (err && err.status === 401) return null; // api() already cleared the token
        throw err;
      });
    verifyPromise = pending;
  }
  return verifyPromise;
}

/**
 * Only same-origin relative paths are allowed as a return target: must start with "/",
 * must not start with "//" (protocol-relative) or contain backslashes / control characters.
 */
export function safeReturnPath(raw, fallback = DEFAULT_RETURN) {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//')) return fallback;
  if (raw.includes('\\') || /[\u0000-\u001f\u007f\s]/.test(raw)) return fallback;
  try {
    const url = new URL(raw, window.location.origin);
    if (url.origin !== window.location.origin) return fallback;
    if (url.pathname === '/auth.html') return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

let redirecting = false;

/** Send the browser to the login page, coming back to `returnPath` (default: this page). */
export function redirectToLogin(returnPath) {
  if (redirecting) return;
  if (window.location.pathname === '/auth.html') return;
  redirecting = true;
  const back = safeReturnPath(returnPath ?? window.location.pathname + window.location.search + window.location.hash);
  window.location.assign(`/auth.html?return=${encodeURIComponent(back)}`);
}

/**
 * For pages that need a signed-in user. Resolves to the user; resolves to null after starting
 * a redirect to the login page (callers just stop). Rejects on network/server errors.
 */
export async function requireUser() {
  if (!getToken()) {
    redirectToLogin();
    return null;
  }
  const user = await verifySession();
  if (!user) {
    redirectToLogin();
    return null;
  }
  return user;
}
