// Toast notifications in one polite live region. Messages are plain text (textContent).
import { el } from './dom.js';
import { isAbortError } from './api.js';

const QUEUE_KEY = 'cloudstore.toasts';
const DURATION = { success: 5000, info: 5000, error: 8000 };

function region() {
  let node = document.getElementById('toast-region');
  if (!node) {
    node = el('div', {
      id: 'toast-region',
      class: 'toast-region',
      role: 'status',
      'aria-live': 'polite',
      'aria-atomic': 'false',
      'data-testid': 'toast-region',
    });
    document.body.append(node);
  }
  return node;
}

/** Create the live region early (an existing region announces additions reliably). */
export function initToasts() {
  region();
  flushQueuedToasts();
}

/** Show a toast. type: 'success' | 'error' | 'info'. Returns the toast element. */
export function showToast(message, { type = 'info', timeout } = {}) {
  const kind = ['success', 'error', 'info'].includes(type) ? type : 'info';
  const toast = el('div', { class: `toast toast-${kind}`, 'data-testid': 'toast', 'data-type': kind });
  const close = el('button', { type: 'button', class: 'toast-close', 'aria-label': 'Dismiss notification', 'data-testid': 'toast-close', text: '×' });
  toast.append(el('p', { class: 'toast-message', text: message }), close);

  let timer = null;
  const remove = () => {
    clearTimeout(timer);
    toast.remove();
  };
  const start = () => {
    clearTimeout(timer);
    timer = setTimeout(remove, timeout ?? DURATION[kind]);
  };
  close.addEventListener('click', remove);
  // Pause while the pointer or keyboard focus is on the toast.
  toast.addEventListener('mouseenter', () => clearTimeout(timer));
  toast.addEventListener('mouseleave', start);
  toast.addEventListener('focusin', () => clearTimeout(timer));
  toast.addEventListener('focusout', start);

  const container = region();
  while (container.children.length >= 4) container.firstElementChild.remove();
  container.append(toast);
  start();
  return toast;
}

/** Show a toast on the next page (e.g. after a redirect). */
export function queueToast(message, type = 'info') {
  try {
    const list = JSON.parse(window.sessionStorage.getItem(QUEUE_KEY) || '[]');
    list.push({ message: String(message), type });
    window.sessionStorage.setItem(QUEUE_KEY, JSON.stringify(list.slice(-4)));
  } catch {
    /* ignore */
  }
}

export function flushQueuedToasts() {
  let list = [];
  try {
    list = JSON.parse(window.sessionStorage.getItem(QUEUE_KEY) || '[]');
    window.sessionStorage.removeItem(QUEUE_KEY);
  } catch {
    list = [];
  }
  if (!Array.isArray(list)) return;
  for (const item of list) {
    if (item && typeof item.message === 'string') showToast(item.message, { type: item.type });
  }
}

/** Show an error as a toast, unless it is an abort or the page is already redirecting to login. */
export function reportError(err, fallback = 'Something went wrong. Please try again.') {
  if (!err || isAbortError(err) || err.redirecting) return;
  showToast(err.message || fallback, { type: 'error' });
}
