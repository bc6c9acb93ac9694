// The cart, for guests and signed-in shoppers.
// - Guests: localStorage 'cloudstore.cart' = [{productId, quantity}], priced by fetching the products.
// - Signed in: the server cart (GET/PUT /api/cart) is the truth; every change is PUT to the server.
// - On login the guest cart is merged into the server cart (quantities added, capped at 99),
//   then cleared.
import { api } from './api.js';
import { getToken } from './session.js';
import { DEFAULT_CURRENCY } from './money.js';

const GUEST_KEY = 'cloudstore.cart';
const SERVER_COUNT_KEY = 'cloudstore.serverCartCount';
export const MAX_QTY = 99;
export const MIN_QTY = 1;
export const CART_EVENT = 'cart:change';
export const GUEST_CART_KEY = GUEST_KEY;

// ---------- guest cart (localStorage) ----------

function validQuantity(q) {
  return Number.isInteger(q) && q >= MIN_QTY;
}

/** The guest cart, cleaned: valid ids, integer quantities clamped to 1..99, one line per product. */
export function readGuestCart() {
  let raw;
  try {
    raw = JSON.parse(window.localStorage.getItem(GUEST_KEY) || '[]');
  } catch {
    raw = [];
  }
  if (!Array.isArray(raw)) return [];
  const lines = new Map();
  for (const entry of raw) {
    if (!entry || typeof entry !== 'object') continue;
    const productId = typeof entry.productId === 'string' ? entry.productId : String(entry.productId ?? '');
    const quantity = Number(entry.quantity);
    if (!productId || !validQuantity(quantity)) continue;
    lines.set(productId, Math.min(MAX_QTY, (lines.get(productId) ?? 0) + quantity));
  }
  return Array.from(lines, ([productId, quantity]) => ({ productId, quantity }));
}

function writeGuestCart(items) {
  try {
    if (items.length) window.localStorage.setItem(GUEST_KEY, JSON.stringify(items));
    else window.localStorage.removeItem(GUEST_KEY);
  } catch {
    /* storage unavailable */
  }
  emitChange();
}

export function clearGuestCart() {
  writeGuestCart([]);
}

// ---------- server cart ----------

let serverCart = null; // last normalised server cart
let serverCartAt = 0; // when it was fetched (ms)
let queue = Promise.resolve();

/** Run cart operations one after another so rapid clicks can't interleave GET/PUT pairs. */
function enqueue(task) {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
}

function normalizeServerCart(data) {
  const items = Array.isArray(data && data.items)
    ? data.items.map((item) => ({
        productId: String(item.productId),
        name: typeof item.name === 'string' ? item.name : '',
        unitPrice: item.unitPrice,
        quantity: item.quantity,
        lineTotal: item.lineTotal,
        available: item.available,
      }))
    : [];
  return {
    source: 'server',
    items,
    subtotal: data && data.subtotal !== undefined ? data.subtotal : 0,
    // what an order of these lines would cost now, priced by the server (absent for guest carts)
    tax: data && Number.isInteger(data.tax) ? data.tax : null,
    total: data && Number.isInteger(data.total) ? data.total : null,
    currency: (data && data.currency) || DEFAULT_CURRENCY,
    updatedAt: (data && data.updatedAt) || null,
    removed: 0,
  };
}

function rememberServerCart(cart) {
  serverCart = cart;
  serverCartAt = Date.now();
  try {
    window.sessionStorage.setItem(SERVER_COUNT_KEY, String(countOf(cart.items)));
  } catch {
    /* ignore */
  }
  emitChange();
  return cart;
}

/** Forget the cached server cart (e.g. on logout, or after a failed write). */
export function forgetServerCart({ count } = {}) {
  serverCart = null;
  serverCartAt = 0;
  try {
    if (count === undefined) window.sessionStorage.removeItem(SERVER_COUNT_KEY);
    else window.sessionStorage.setItem(SERVER_COUNT_KEY, String(count));
  } catch {
    /* ignore */
  }
  emitChange();
}

async function fetchServerCart() {
  const data = await api('/api/cart', { auth: true });
  return rememberServerCart(normalizeServerCart(data));
}

async function putServerCart(items) {
  try {
    const data = await api('/api/cart', { method: 'PUT', auth: true, body: { items } });
    if (data && Array.isArray(data.items)) return rememberServerCart(normalizeServerCart(data));
    return await fetchServerCart();
  } catch (err) {
    serverCart = null;
    serverCartAt = 0;
    throw err;
  }
}

/** Current server cart, re-read unless it was fetched a moment ago (so other tabs' changes aren't lost). */
async function freshServerCart() {
  if (serverCart && Date.now() - serverCartAt < 1500) return serverCart;
  return fetchServerCart();
}

async function productExists(productId) {
  try {
    await api(`/api/products/${encodeURIComponent(productId)}`);
    return true;
  } catch (err) {
    return err.status !== 404;
  }
}

/**
 * Merge the guest cart into the server cart (signed-in only). Resolves to null when there was
 * nothing to merge, else {lines, capped, dropped}. On failure the guest cart is restored.
 */
export function mergeGuestCart() {
  if (!getToken() || readGuestCart().length === 0) return Promise.resolve(null);
  return enqueue(async () => {
    const guest = readGuestCart();
    if (!getToken() || guest.length === 0) return null;
    // Take the guest cart out of storage first so a second tab can't merge it twice.
    try {
      window.localStorage.removeItem(GUEST_KEY);
    } catch {
      /* ignore */
    }
    try {
      const current = await fetchServerCart();
      const merged = new Map(current.items.map((item) => [item.productId, item.quantity]));
      let capped = false;
      for (const line of guest) {
        const sum = (merged.get(line.productId) ?? 0) + line.quantity;
        if (sum > MAX_QTY) capped = true;
        merged.set(line.productId, Math.min(MAX_QTY, sum));
      }
      const items = Array.from(merged, ([productId, quantity]) => ({ productId, quantity }));
      let dropped = [];
      try {
        await putServerCart(items);
      } catch (err) {
        if (err.status !== 422) throw err;
        // Some guest product no longer exists: drop those lines and try once more.
        const exists = await Promise.all(guest.map((line) => productExists(line.productId)));
        dropped = guest.filter((_, i) => !exists[i]).map((line) => line.productId);
        if (dropped.length === 0) throw err;
        await putServerCart(items.filter((item) => !dropped.includes(item.productId)));
      }
      emitChange();
      return { lines: guest.length, capped, dropped };
    } catch (err) {
      // Keep the shopper's cart: put the guest lines back (combined with anything added meanwhile).
      const again = readGuestCart();
      const restored = new Map(guest.map((line) => [line.productId, line.quantity]));
      for (const line of again) restored.set(line.productId, Math.min(MAX_QTY, (restored.get(line.productId) ?? 0) + line.quantity));
      writeGuestCart(Array.from(restored, ([productId, quantity]) => ({ productId, quantity })));
      throw err;
    }
  });
}

// ---------- reading the cart ----------

/** Sum of quantities, for the navigation badge. */
export function cartCount() {
  if (getToken()) {
    if (serverCart) return countOf(serverCart.items);
    try {
      const cached = Number(window.sessionStorage.getItem(SERVER_COUNT_KEY));
      return Number.isInteger(cached) && cached >= 0 ? cached : 0;
    } catch {
      return 0;
    }
  }
  return countOf(readGuestCart());
}

function countOf(items) {
  return items.reduce((sum, item) => sum + (Number.isInteger(item.quantity) ? item.quantity : 0), 0);
}

/** Refresh the server cart (signed in) so the badge is right; no-op for guests. */
export function refreshCount() {
  if (!getToken()) {
    emitChange();
    return Promise.resolve(cartCount());
  }
  return enqueue(fetchServerCart).then(() => cartCount());
}

/**
 * Load the cart for display. Signed in: merges any guest cart, then GET /api/cart.
 * Guest: fetches every product to price the lines; products that no longer exist are removed
 * (reported in `removed`). Lines: {productId, name, unitPrice, quantity, lineTotal, available,
 * and for guests also stock, imageUrl}.
 */
export async function loadCart() {
  if (getToken()) {
    await mergeGuestCart();
    return enqueue(fetchServerCart);
  }
  return priceGuestCart();
}

async function priceGuestCart() {
  const guest = readGuestCart();
  const results = await Promise.all(
    guest.map(async (line) => {
      try {
        const product = await api(`/api/products/${encodeURIComponent(line.productId)}`);
        return { line, product };
      } catch (err) {
        if (err.status === 404) return { line, product: null };
        throw err;
      }
    }),
  );
  const missing = results.filter((r) => !r.product).map((r) => r.line.productId);
  if (missing.length) {
    writeGuestCart(readGuestCart().filter((line) => !missing.includes(line.productId)));
  }
  let currency = DEFAULT_CURRENCY;
  let subtotal = 0;
  const items = [];
  for (const { line, product } of results) {
    if (!product) continue;
    currency = product.currency || currency;
    // Display-only estimate for guests (integer minor units); checkout is always priced by the server.
    const lineTotal = Number.isSafeInteger(product.price) ? product.price * line.quantity : null;
    if (lineTotal !== null && subtotal !== null) subtotal += lineTotal;
    else subtotal = null;
    items.push({
      productId: line.productId,
      name: product.name,
      unitPrice: product.price,
      quantity: line.quantity,
      lineTotal,
      available: Number.isInteger(product.stock) ? product.stock >= line.quantity : true,
      stock: product.stock,
      imageUrl: product.imageUrl,
    });
  }
  return { source: 'guest', items, subtotal, currency, updatedAt: null, removed: missing.length };
}

// ---------- changing the cart ----------

function currentLines(cart) {
  return cart.items.map((item) => ({ productId: item.productId, quantity: item.quantity }));
}

/**
 * Add `quantity` of a product. The line total is capped at min(99, maxQuantity).
 * Resolves to {quantity (new line quantity), capped (true if the cap was hit), cart (server only)}.
 */
export function addItem(productId, quantity = 1, { maxQuantity = MAX_QTY } = {}) {
  const id = String(productId);
  const limit = Math.max(0, Math.min(MAX_QTY, maxQuantity));
  const apply = (lines) => {
    const existing = lines.find((line) => line.productId === id);
    const before = existing ? existing.quantity : 0;
    const wanted = before + quantity;
    const next = Math.min(limit, wanted);
    if (next < MIN_QTY) return { lines, quantity: before, capped: true, changed: false };
    if (existing) existing.quantity = next;
    else lines.push({ productId: id, quantity: next });
    return { lines, quantity: next, capped: next < wanted, changed: next !== before };
  };

  if (!getToken()) {
    const result = apply(readGuestCart());
    if (result.changed) writeGuestCart(result.lines);
    return Promise.resolve({ quantity: result.quantity, capped: result.capped });
  }
  return enqueue(async () => {
    const current = await freshServerCart();
    const result = apply(currentLines(current));
    const cart = result.changed ? await putServerCart(result.lines) : current;
    return { quantity: result.quantity, capped: result.capped, cart };
  });
}

/** Set the quantity of a line (clamped to 1..99). Resolves to the new cart for signed-in users. */
export function setQuantity(productId, quantity) {
  const id = String(productId);
  const q = Math.min(MAX_QTY, Math.max(MIN_QTY, Math.trunc(quantity)));
  if (!getToken()) {
    const lines = readGuestCart();
    const line = lines.find((l) => l.productId === id);
    if (line) line.quantity = q;
    writeGuestCart(lines);
    return Promise.resolve(null);
  }
  return enqueue(async () => {
    const lines = currentLines(await freshServerCart());
    const line = lines.find((l) => l.productId === id);
    if (!line) return serverCart;
    line.quantity = q;
    return putServerCart(lines);
  });
}

/** Remove a line. Resolves to the new cart for signed-in users. */
export function removeItem(productId) {
  const id = String(productId);
  if (!getToken()) {
    writeGuestCart(readGuestCart().filter((l) => l.productId !== id));
    return Promise.resolve(null);
  }
  return enqueue(async () => {
    const lines = currentLines(await freshServerCart()).filter((l) => l.productId !== id);
    return putServerCart(lines);
  });
}

function emitChange() {
  window.dispatchEvent(new CustomEvent(CART_EVENT));
}
