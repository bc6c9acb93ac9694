// fetch wrapper for the same-origin JSON API under /api.
// - JSON request/response bodies, Bearer token from localStorage for authenticated calls
// - RFC 9457 problem details → ApiError {status, title, detail, errors, type, body}
// - 401 on an authenticated call → token cleared (cart kept) and redirect to the login page
import { getToken, clearSession, redirectToLogin } from './session.js';

const DEFAULT_TIMEOUT_MS = 20000;

export class ApiError extends Error {
  constructor(message, { status = 0, title = '', detail = '', errors = [], type = '', body = null, retryAfter = null } = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.errors = errors;
    this.type = type;
    this.body = body;
    this.retryAfter = retryAfter;
    /** true when the page is already navigating to the login page: callers should stay quiet. */
    this.redirecting = false;
  }

  /** errors[] as a Map field → message (first message per field). */
  fieldErrors() {
    const map = new Map();
    for (const { field, message } of this.errors) {
      if (field && !map.has(field)) map.set(field, message);
    }
    return map;
  }
}

const STATUS_MESSAGES = {
  400: 'The request could not be understood.',
  401: 'Please log in to continue.',
  403: 'You are not allowed to do that.',
  404: 'Not found.',
  409: 'That could not be done because something changed. Please refresh and try again.',
  413: 'That request is too large.',
  415: 'The request was not sent as JSON.',
  422: 'Please check the highlighted fields.',
  429: 'Too many attempts. Please wait a moment and try again.',
  503: 'The store is temporarily unavailable. Please try again shortly.',
};

function defaultMessage(status) {
  if (STATUS_MESSAGES[status]) return STATUS_MESSAGES[status];
  if (status >= 500) return 'Something went wrong on our side. Please try again.';
  return `The request failed (${status}).`;
}

function normalizeErrors(errors) {
  if (!Array.isArray(errors)) return [];
  return errors
    .filter((e) => e && typeof e === 'object')
    .map((e) => ({ field: typeof e.field === 'string' ? e.field : '', message: typeof e.message === 'string' ? e.message : String(e.message ?? '') }));
}

function parseRetryAfter(value) {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function readBody(response) {
  if (response.status === 204 || response.status === 205) return null;
  const text = await response.text().catch(() => '');
  if (!text) return null;
  const type = response.headers.get('Content-Type') || '';
  if (!/json/i.test(type)) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function toApiError(response, body) {
  const problem = body && typeof body === 'object' ? body : {};
  const detail = typeof problem.detail === 'string' ? problem.detail : '';
  const title = typeof problem.title === 'string' ? problem.title : '';
  const status = response.status;
  const message = detail || (status === 404 || status >= 500 ? '' : title) || defaultMessage(status);
  return new ApiError(message, {
    status,
    title,
    detail,
    errors: normalizeErrors(problem.errors),
    type: typeof problem.type === 'string' ? problem.type : '',
    body: body && typeof body === 'object' ? body : null,
    retryAfter: parseRetryAfter(response.headers.get('Retry-After')),
  });
}

/**
 * Call the API.
 * options: method, body (serialised as JSON), auth (send the bearer token; required),
 * headers, signal (AbortSignal), timeout (ms), redirectOn401 (default true).
 * Resolves to the parsed JSON body (null for 204); rejects with ApiError, or with the
 * AbortError when `signal` aborted the request.
 */
export async function api(path, options = {}) {
  const { method = 'GET', body, auth = false, headers = {}, signal, timeout = DEFAULT_TIMEOUT_MS, redirectOn401 = true } = options;

  const requestHeaders = new Headers({ Accept: 'application/json, application/problem+json' });
  if (body !== undefined) requestHeaders.set('Content-Type', 'application/json');
  for (const [name, value] of Object.entries(headers)) requestHeaders.set(name, value);

  if (auth) {
    const token = getToken();
    if (!token) {
      const error = new ApiError(defaultMessage(401), { status: 401 });
      if (redirectOn401) {
        error.redirecting = true;
        redirectToLogin();
      }
      throw error;
    }
    requestHeaders.set('Authorization', `Bearer ${token}`);
  }

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const onAbort = () => controller.abort();
  if (signal) {
    if (signal.aborted) controller.abort();
    else signal.addEventListener('abort', onAbort, { once: true });
  }

  let response;
  try {
    response = await fetch(path, {
      method,
      headers: requestHeaders,
      body: body !== undefined ? JSON.stringify(body) : undefined,
      signal: controller.signal,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (cause) {
    if (signal && signal.aborted) throw new DOMException('The request was cancelled.', 'AbortError');
    throw new ApiError(
      timedOut
        ? 'The store is taking too long to answer. Please try again.'
        : "We can't reach the store right now. Check your connection and try again.",
      { status: 0 },
    );
  } finally {
    clearTimeout(timer);
    if (signal) signal.removeEventListener('abort', onAbort);
  }

  const data = await readBody(response);
  if (response.ok) return data;

  const error = toApiError(response, data);
  if (response.status === 401 && auth) {
    clearSession();
    if (redirectOn401) {
      error.redirecting = true;
      redirectToLogin();
    }
  }
  throw error;
}

export function isAbortError(err) {
  return Boolean(err && err.name === 'AbortError');
}
