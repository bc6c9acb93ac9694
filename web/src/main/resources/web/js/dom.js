// Small DOM helpers. Everything that can carry product or user text goes through
// textContent / createTextNode — never innerHTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

export const PLACEHOLDER_IMAGE = '/images/products/placeholder.svg';

/**
 * Create an element.
 * attrs: class, text (textContent), dataset {}, on {event: handler}, hidden, and any other
 * attribute (set with setAttribute; booleans toggle presence; null/undefined/false are skipped).
 * children: nodes or strings (strings become text nodes), arrays are flattened, null skipped.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  applyAttrs(node, attrs);
  append(node, children);
  return node;
}

function applyAttrs(node, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (key === 'style' || key.startsWith('on') || key === 'innerHTML') {
      throw new Error(`dom.el: attribute "${key}" is not allowed`);
    } else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replace all children of node with the given children. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/** A static, trusted SVG icon built with createElementNS from a list of path data strings. */
export function icon(paths, { className = 'icon', viewBox = '0 0 24 24' } = {}) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', viewBox);
  svg.setAttribute('class', className);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  for (const d of paths) {
    const p = document.createElementNS(SVG_NS, 'path');
    p.setAttribute('d', d);
    svg.append(p);
  }
  return svg;
}

export const ICONS = {
  cart: ['M3 4h2l2.4 11.2a2 2 0 0 0 2 1.6h7.7a2 2 0 0 0 2-1.5L21 8H6', 'M10 21a1 1 0 1 0 0-2 1 1 0 0 0 0 2z', 'M18 21a1 1 0 1 0 0-2 1 1 0 0 0 0 2z'],
  search: ['M11 19a8 8 0 1 0 0-16 8 8 0 0 0 0 16z', 'M21 21l-4.3-4.3'],
  box: ['M21 8l-9-5-9 5v8l9 5 9-5z', 'M3 8l9 5 9-5', 'M12 13v8'],
  alert: ['M12 9v4', 'M12 17h.01', 'M10.3 3.9L1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z'],
  lock: ['M5 11h14v10H5z', 'M8 11V7a4 4 0 0 1 8 0v4'],
  user: ['M20 21a8 8 0 0 0-16 0', 'M12 13a5 5 0 1 0 0-10 5 5 0 0 0 0 10z'],
  chevron: ['M6 9l6 6 6-6'],
};

export function $(selector, root = document) {
  return root.querySelector(selector);
}

export function $all(selector, root = document) {
  return Array.from(root.querySelectorAll(selector));
}

/** Only allow image URLs that are same-origin relative paths or http(s); anything else → placeholder. */
export function safeImageUrl(url) {
  if (typeof url !== 'string' || url.trim() === '') return PLACEHOLDER_IMAGE;
  const value = url.trim();
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  try {
    const parsed = new URL(value, window.location.origin);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return parsed.href;
  } catch {
    /* fall through */
  }
  return PLACEHOLDER_IMAGE;
}

/** An <img> that falls back to the placeholder if it fails (e.g. blocked by CSP or 404). */
export function productImage(url, alt, { eager = false, width = 400, height = 300 } = {}) {
  const img = el('img', {
    src: safeImageUrl(url),
    alt: alt || '',
    width,
    height,
    loading: eager ? 'eager' : 'lazy',
    decoding: 'async',
  });
  img.addEventListener('error', () => {
    if (!img.src.endsWith(PLACEHOLDER_IMAGE)) img.src = PLACEHOLDER_IMAGE;
  });
  return img;
}

/** Mark a button (or any control) busy: disabled + aria-busy; optionally swap its label. */
export function setBusy(control, busy, busyLabel) {
  if (!control) return;
  if (busy) {
    if (busyLabel !== undefined && control.dataset.idleLabel === undefined) {
      control.dataset.idleLabel = control.textContent;
      control.textContent = busyLabel;
    }
    control.disabled = true;
    control.setAttribute('aria-busy', 'true');
  } else {
    if (control.dataset.idleLabel !== undefined) {
      control.textContent = control.dataset.idleLabel;
      delete control.dataset.idleLabel;
    }
    control.disabled = false;
    control.removeAttribute('aria-busy');
  }
}

/** Disable / enable every control inside a form (used while a submit is in flight). */
export function setFormDisabled(form, disabled) {
  for (const control of form.elements) {
    if (disabled) {
      if (control.disabled) control.dataset.wasDisabled = 'true';
      control.disabled = true;
    } else {
      if (control.dataset.wasDisabled === 'true') delete control.dataset.wasDisabled;
      else control.disabled = false;
    }
  }
  form.setAttribute('aria-busy', disabled ? 'true' : 'false');
}

export function debounce(fn, wait = 300) {
  let timer;
  const debounced = (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}

/** Query-string helper. */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** The current page as a relative path (used for ?return=). */
export function currentPath() {
  return window.location.pathname + window.location.search;
}

export function formatDate(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A reusable empty / error state block. */
export function stateBlock({ title, message, iconPaths, actions = [], testId, role }) {
  return el(
    'div',
    { class: 'state', 'data-testid': testId, role },
    iconPaths ? icon(iconPaths, { className: 'state-icon' }) : null,
    el('h2', { text: title }),
    message ? el('p', { text: message }) : null,
    actions.length ? el('div', { class: 'form-actions' }, actions) : null,
  );
}

/** Clamp an integer quantity into [min, max]; non-numbers become min. */
export function clampInt(value, min, max) {
  const n = Number.parseInt(String(value), 10);
  if (!Number.isFinite(n)) return min;
  return Math.min(max, Math.max(min, n));
}
