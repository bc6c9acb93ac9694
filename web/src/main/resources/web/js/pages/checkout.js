// Checkout: requires login; shipping form; summary priced by the server (GET /api/cart);
// POST /api/orders with an Idempotency-Key kept in sessionStorage until the order succeeds.
import { initNav } from '../nav.js';
import { api } from '../api.js';
import { el, replace, $, setBusy, setFormDisabled, stateBlock, ICONS } from '../dom.js';
import { requireUser } from '../session.js';
import { formatMoney } from '../money.js';
import { loadCart, forgetServerCart } from '../cart-store.js';
import { queueToast } from '../toast.js';

const KEY_STORAGE = 'cloudstore.checkout.idempotencyKey';
const DRAFT_STORAGE = 'cloudstore.checkout.address';
const FIELDS = ['fullName', 'line1', 'line2', 'city', 'postalCode', 'country', 'phone'];
const OPTIONAL = new Set(['line2', 'phone']);

const layout = $('#checkout-layout');
const stateBox = $('#checkout-state');
const form = $('#checkout-form');
const placeButton = $('#place-order');
const errorBox = $('#checkout-error');
const summaryBody = $('#summary-body');
const countryHint = $('#country-hint');
const inputs = Object.fromEntries(FIELDS.map((name) => [name, document.getElementById(name)]));

let cart = null;
let inFlight = false;

initNav({ active: 'checkout', requiresAuth: true });
start();

async function start() {
  replace(stateBox, el('p', { class: 'muted', 'data-testid': 'checkout-loading', text: 'Loading your cart…' }));
  let user;
  try {
    user = await requireUser();
  } catch (err) {
    showFatal(err);
    return;
  }
  if (!user) return; // redirecting to the login page
  restoreDraft(user);
  await refreshSummary({ initial: true });
}

function showFatal(err) {
  layout.hidden = true;
  replace(
    stateBox,
    stateBlock({
      title: 'We couldn’t load checkout',
      message: err.message,
      iconPaths: ICONS.alert,
      testId: 'error-state',
      actions: [el('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'retry', text: 'Try again', on: { click: start } })],
    }),
  );
}

// ---------- summary (server-priced) ----------
async function refreshSummary({ initial = false } = {}) {
  summaryBody.setAttribute('aria-busy', 'true');
  try {
    cart = await loadCart();
  } catch (err) {
    if (err.redirecting) return;
    if (initial) showFatal(err);
    else showError(err.message);
    return;
  } finally {
    summaryBody.setAttribute('aria-busy', 'false');
  }
  if (!cart.items.length) {
    layout.hidden = true;
    replace(
      stateBox,
      stateBlock({
        title: 'Your cart is empty',
        message: 'Add something to your cart before checking out.',
        iconPaths: ICONS.cart,
        testId: 'cart-empty',
        actions: [el('a', { class: 'btn btn-primary', href: '/index.html', text: 'Browse products' })],
      }),
    );
    return;
  }
  replace(stateBox);
  layout.hidden = false;
  renderSummary();
}

function renderSummary() {
  const lines = cart.items.map((item) =>
    el(
      'li',
      { class: 'summary-line', 'data-testid': 'summary-line', 'data-product-id': item.productId },
      el(
        'span',
        {},
        el('span', { text: item.name || 'Product' }),
        el('span', { class: 'qty', text: ` × ${item.quantity}` }),
        item.available === false ? el('span', { class: 'warn-text', 'data-testid': 'line-unavailable', text: ' — not available in this quantity' }) : null,
      ),
      el('span', { class: 'amount', text: formatMoney(item.lineTotal, cart.currency) }),
    ),
  );
  replace(
    summaryBody,
    el('ul', { class: 'summary-lines' }, lines),
    el(
      'dl',
      { class: 'summary-rows' },
      el('div', { class: 'summary-row' }, el('dt', { text: 'Subtotal' }), el('dd', { 'data-testid': 'summary-subtotal', text: formatMoney(cart.subtotal, cart.currency) })),
      el('div', { class: 'summary-row' }, el('dt', { text: 'Tax' }), el('dd', { 'data-testid': 'summary-tax', text: formatMoney(cart.tax, cart.currency) })),
      el('div', { class: 'summary-row total' }, el('dt', { text: 'Total' }), el('dd', { 'data-testid': 'summary-total', text: formatMoney(cart.total, cart.currency) })),
    ),
    el('p', { class: 'hint', text: 'Prices and tax are the store’s current ones. If they change before you order, we ask you to confirm the new total.' }),
    el('a', { href: '/cart.html', class: 'small', text: 'Edit cart' }),
  );
}

// ---------- form ----------
function restoreDraft(user) {
  let draft = {};
  try {
    draft = JSON.parse(window.sessionStorage.getItem(DRAFT_STORAGE) || '{}') || {};
  } catch {
    draft = {};
  }
  for (const name of FIELDS) {
    if (typeof draft[name] === 'string') inputs[name].value = draft[name];
  }
  if (!inputs.fullName.value && user && user.name) inputs.fullName.value = user.name;
  updateCountryHint();
}

function saveDraft() {
  try {
    window.sessionStorage.setItem(DRAFT_STORAGE, JSON.stringify(Object.fromEntries(FIELDS.map((n) => [n, inputs[n].value]))));
  } catch {
    /* ignore */
  }
}

form.addEventListener('input', (event) => {
  saveDraft();
  const input = event.target;
  if (input.getAttribute && input.getAttribute('aria-invalid') === 'true') setFieldError(input.name, validateField(input.name));
  if (input === inputs.country) updateCountryHint();
});

const regionNames = (() => {
  try {
    return new Intl.DisplayNames(undefined, { type: 'region' });
  } catch {
    return null;
  }
})();

function updateCountryHint() {
  const code = inputs.country.value.trim().toUpperCase();
  let name = '';
  if (regionNames && /^[A-Z]{2}$/.test(code)) {
    try {
      name = regionNames.of(code);
    } catch {
      name = '';
    }
  }
  countryHint.textContent = name && name !== code ? name : 'Two letters, for example US, GB or DE.';
}

function value(name) {
  const v = inputs[name].value.trim();
  return name === 'country' ? v.toUpperCase() : v;
}

function validateField(name) {
  const v = value(name);
  if (!v) return OPTIONAL.has(name) ? '' : `${requiredMessage(name)}`;
  if (Array.from(v).length > Number(inputs[name].getAttribute('maxlength') || 200)) return 'This is too long.';
  if (name === 'country' && !/^[A-Z]{2}$/.test(v)) return 'Use the two-letter country code, for example US.';
  if (name === 'phone' && !/^\+?[0-9 ()./-]{5,30}$/.test(v)) return 'Enter a phone number using digits, spaces and + ( ) - only.';
  return '';
}

function requiredMessage(name) {
  return {
    fullName: 'Enter the recipient’s full name.',
    line1: 'Enter the street address.',
    city: 'Enter the city.',
    postalCode: 'Enter the postal code.',
    country: 'Enter the two-letter country code.',
  }[name];
}

function setFieldError(name, message) {
  const input = inputs[name];
  if (!input) return false;
  const box = document.getElementById(`${name}-error`);
  if (box) box.textContent = message || '';
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  return true;
}

function showError(message, extra = []) {
  replace(errorBox, el('p', { text: message }), extra);
  errorBox.hidden = false;
  errorBox.focus();
}

function clearError() {
  errorBox.hidden = true;
  replace(errorBox);
}

// ---------- idempotency key: one per checkout attempt, kept until the order succeeds ----------
function newKey() {
  if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
  const bytes = window.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function idempotencyKey() {
  let key = null;
  try {
    key = window.sessionStorage.getItem(KEY_STORAGE);
  } catch {
    key = null;
  }
  if (!key) {
    key = newKey();
    try {
      window.sessionStorage.setItem(KEY_STORAGE, key);
    } catch {
      /* ignore: the key still protects against double clicks on this page */
    }
  }
  return key;
}

/** The server definitely took nothing: the next attempt is a new one. */
function rotateKey() {
  try {
    window.sessionStorage.removeItem(KEY_STORAGE);
  } catch {
    /* ignore */
  }
}

// ---------- place order ----------
form.addEventListener('submit', (event) => {
  event.preventDefault();
  placeOrder();
});

async function placeOrder() {
  if (inFlight) return;
  clearError();
  let firstInvalid = null;
  for (const name of FIELDS) {
    const message = validateField(name);
    setFieldError(name, message);
    if (message && !firstInvalid) firstInvalid = inputs[name];
  }
  if (firstInvalid) {
    firstInvalid.focus();
    return;
  }

  const shippingAddress = {};
  for (const name of FIELDS) {
    const v = value(name);
    if (v || !OPTIONAL.has(name)) shippingAddress[name] = v;
  }
  inputs.country.value = shippingAddress.country;
  saveDraft();

  inFlight = true;
  const key = idempotencyKey();
  setFormDisabled(form, true);
  setBusy(placeButton, true, 'Placing order…');
  try {
    // expectedTotal is the total this page showed: if prices moved since, the server takes nothing and
    // answers 409 with the current total, which the shopper then confirms.
    const body = { shippingAddress };
    if (cart && Number.isInteger(cart.total)) body.expectedTotal = cart.total;
    const order = await api('/api/orders', {
      method: 'POST',
      auth: true,
      body,
      headers: { 'Idempotency-Key': key },
      timeout: 30000,
    });
    rotateKey();
    try {
      window.sessionStorage.removeItem(DRAFT_STORAGE);
    } catch {
      /* ignore */
    }
    forgetServerCart({ count: 0 });
    const total = order && order.total !== undefined ? ` Total ${formatMoney(order.total, order.currency)}.` : '';
    queueToast(`Thank you! Your order has been placed.${total}`, 'success');
    const id = order && order.id ? `?placed=${encodeURIComponent(order.id)}` : '';
    window.location.assign(`/orders.html${id}`);
  } catch (err) {
    inFlight = false;
    setFormDisabled(form, false);
    setBusy(placeButton, false);
    if (err.redirecting) return; // key kept: after logging in, the retry is the same attempt
    await handleOrderError(err);
  }
}

function isIdempotencyConflict(err) {
  const text = `${err.type} ${err.title} ${err.detail}`.toLowerCase();
  return err.status === 409 && /idempot/.test(text);
}

async function handleOrderError(err) {
  const body = err.body || {};
  if (err.status === 409 && body.currentTotal !== undefined && body.currentTotal !== null) {
    rotateKey();
    await refreshSummary();
    const currency = body.currency || (cart && cart.currency);
    showError(`Prices changed while you were checking out. The new total is ${formatMoney(body.currentTotal, currency)}. Please review your order and place it again.`);
    return;
  }
  if (isIdempotencyConflict(err)) {
    // The same attempt was already submitted (maybe with different details): don't guess.
    const restart = el('button', { type: 'button', class: 'btn btn-secondary btn-sm', 'data-testid': 'new-checkout', text: 'Start a new checkout' });
    restart.addEventListener('click', () => {
      rotateKey();
      clearError();
      placeButton.focus();
    });
    showError(err.message || 'This checkout was already submitted.', [
      el('p', {}, 'Please check ', el('a', { href: '/orders.html', text: 'your orders' }), ' before placing it again.'),
      restart,
    ]);
    return;
  }
  if (err.status === 409) {
    // Insufficient stock (the detail names the products) or another rule: nothing was taken.
    rotateKey();
    await refreshSummary();
    showError(err.message, [el('p', {}, el('a', { href: '/cart.html', text: 'Update your cart' }), ' and try again.')]);
    return;
  }
  if (err.status === 422 || err.status === 400) {
    rotateKey();
    const unmatched = [];
    let first = null;
    for (const { field, message } of err.errors || []) {
      const name = String(field || '').split(/[.[\]]/).filter(Boolean).pop();
      if (name && inputs[name] && setFieldError(name, message)) {
        if (!first) first = inputs[name];
      } else if (message) {
        unmatched.push(el('p', { text: field ? `${field}: ${message}` : message }));
      }
    }
    if (first && !unmatched.length) {
      first.focus();
      return;
    }
    await refreshSummary();
    showError(err.message, unmatched);
    return;
  }
  // Network error, timeout, 429, 5xx: the order may or may not exist. Keep the key so a retry
  // returns the same order instead of creating a second one.
  const retryAfter = err.retryAfter ? ` Please wait ${err.retryAfter} seconds.` : '';
  showError(`${err.message}${retryAfter}`, [
    el('p', { text: 'It is safe to press “Place order” again: it will never create a second order.' }),
  ]);
}
