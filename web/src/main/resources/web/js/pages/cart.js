// Cart: lines with quantity steppers and remove, subtotal. Guests: localStorage; signed in: server.
import { initNav } from '../nav.js';
import { api } from '../api.js';
import { el, replace, $, productImage, stateBlock, ICONS, PLACEHOLDER_IMAGE, safeImageUrl } from '../dom.js';
import { formatMoney } from '../money.js';
import { quantityStepper } from '../components.js';
import { loadCart, setQuantity, removeItem, MAX_QTY, GUEST_CART_KEY } from '../cart-store.js';
import { isLoggedIn } from '../session.js';
import { showToast, reportError } from '../toast.js';

const root = $('#cart-root');
const heading = $('#cart-heading');
const productInfo = new Map(); // productId → Promise<{imageUrl, stock} | null>
let cart = null;
let busy = false;

const ready = initNav({ active: 'cart' });
ready.then(() => refresh());

// A guest cart edited in another tab: re-render.
window.addEventListener('storage', (event) => {
  if (event.key === GUEST_CART_KEY && !isLoggedIn() && !busy) refresh();
});

async function refresh({ focus } = {}) {
  root.setAttribute('aria-busy', 'true');
  try {
    cart = await loadCart();
    if (cart.removed) showToast('Some items are no longer sold and were removed from your cart.', { type: 'info' });
    render(focus);
  } catch (err) {
    if (err.redirecting) return;
    replace(
      root,
      stateBlock({
        title: 'We couldn’t load your cart',
        message: err.message,
        iconPaths: ICONS.alert,
        testId: 'error-state',
        actions: [el('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'retry', text: 'Try again', on: { click: () => refresh() } })],
      }),
    );
  } finally {
    root.setAttribute('aria-busy', 'false');
  }
}

function render(focus) {
  if (!cart.items.length) {
    replace(
      root,
      stateBlock({
        title: 'Your cart is empty',
        message: 'Find something you like in the shop and add it here.',
        iconPaths: ICONS.cart,
        testId: 'cart-empty',
        actions: [el('a', { class: 'btn btn-primary', href: '/index.html', text: 'Browse products' })],
      }),
    );
    if (focus) heading.focus();
    return;
  }

  const lines = el('ul', { class: 'cart-lines', 'data-testid': 'cart-lines', 'aria-label': 'Items in your cart' }, cart.items.map(lineItem));
  replace(root, el('div', { class: 'layout-split' }, lines, summary()));
  restoreFocus(focus);
}

function lineItem(item) {
  const name = item.name || 'Product';
  const href = `/product.html?id=${encodeURIComponent(item.productId)}`;
  const known = Number.isInteger(item.stock) ? item.stock : null;
  const img = productImage(item.imageUrl || PLACEHOLDER_IMAGE, '', { width: 112, height: 84 });
  const li = el('li', { class: 'cart-line', 'data-testid': 'cart-line', 'data-product-id': item.productId });

  const stepper = quantityStepper({
    value: item.quantity,
    min: 1,
    max: stepperMax(item.quantity, known),
    label: `Quantity of ${name}`,
    itemName: name,
    onChange: (quantity) => change(li, () => setQuantity(item.productId, quantity), { productId: item.productId, control: 'stepper' }),
  });
  const remove = el('button', {
    type: 'button',
    class: 'btn btn-link danger btn-sm',
    'data-testid': 'remove-line',
    'aria-label': `Remove ${name} from cart`,
    text: 'Remove',
  });
  remove.addEventListener('click', () => change(li, () => removeItem(item.productId), { removed: item.productId, name }));

  const warning = item.available === false
    ? el('p', {
        class: 'warn-text',
        'data-testid': 'line-unavailable',
        text: known !== null && known > 0 ? `Only ${known} in stock — lower the quantity to check out.` : 'Not available in this quantity right now.',
      })
    : null;

  li.append(
    el('a', { class: 'thumb', href, tabindex: '-1', 'aria-hidden': 'true' }, img),
    el(
      'div',
      { class: 'line-info' },
      el('a', { class: 'line-name', href, 'data-testid': 'cart-line-name', text: name }),
      el('span', { class: 'muted small', 'data-testid': 'unit-price', text: `${formatMoney(item.unitPrice, cart.currency)} each` }),
      warning,
    ),
    el(
      'div',
      { class: 'line-controls' },
      el('div', { class: 'left' }, stepper.root, remove),
      el('span', { class: 'line-total', 'data-testid': 'line-total', text: item.lineTotal === null ? '—' : formatMoney(item.lineTotal, cart.currency) }),
    ),
  );

  // Server cart lines carry no image or stock: look them up (cached) without blocking the render.
  if (!item.imageUrl) {
    lookup(item.productId).then((info) => {
      if (!info) return;
      img.src = safeImageUrl(info.imageUrl);
      if (Number.isInteger(info.stock)) stepper.setMax(stepperMax(stepper.value(), info.stock));
    });
  }
  return li;
}

function stepperMax(quantity, stock) {
  if (stock === null || stock === undefined) return MAX_QTY;
  return Math.min(MAX_QTY, Math.max(quantity, stock, 1));
}

function lookup(productId) {
  if (!productInfo.has(productId)) {
    productInfo.set(
      productId,
      api(`/api/products/${encodeURIComponent(productId)}`)
        .then((p) => ({ imageUrl: p.imageUrl, stock: p.stock }))
        .catch(() => null),
    );
  }
  return productInfo.get(productId);
}

function summary() {
  const guest = cart.source === 'guest';
  const count = cart.items.reduce((sum, item) => sum + item.quantity, 0);
  const unavailable = cart.items.some((item) => item.available === false);
  const checkoutHref = guest ? `/auth.html?return=${encodeURIComponent('/checkout.html')}` : '/checkout.html';

  return el(
    'aside',
    { class: 'panel sticky', 'aria-labelledby': 'cart-summary-heading', 'data-testid': 'cart-summary' },
    el('h2', { id: 'cart-summary-heading', text: 'Summary' }),
    el(
      'dl',
      { class: 'summary-rows' },
      el(
        'div',
        { class: 'summary-row' },
        el('dt', { text: `Items` }),
        el('dd', { 'data-testid': 'cart-item-count', text: String(count) }),
      ),
      el(
        'div',
        { class: 'summary-row total' },
        el('dt', { text: 'Subtotal' }),
        el('dd', { 'data-testid': 'cart-subtotal', text: cart.subtotal === null ? '—' : formatMoney(cart.subtotal, cart.currency) }),
      ),
    ),
    el('p', { class: 'hint', text: 'Tax is calculated at checkout.' }),
    guest ? el('p', { class: 'hint', text: 'Prices are confirmed when you log in and check out.' }) : null,
    unavailable
      ? el('p', { class: 'alert alert-warn', 'data-testid': 'cart-warning', text: 'Some items are not available in the quantity you chose. Lower the quantity or remove them before you check out.' })
      : null,
    el('a', { class: 'btn btn-primary btn-block summary-cta', href: checkoutHref, 'data-testid': 'checkout-button', text: guest ? 'Log in and check out' : 'Go to checkout' }),
    el('p', { class: 'auth-switch' }, el('a', { href: '/index.html', text: 'Continue shopping' })),
  );
}

/** Run a cart change with the line marked busy, then re-render from the new cart. */
async function change(li, action, focusHint) {
  if (busy) return;
  busy = true;
  const active = document.activeElement;
  if (focusHint.productId && active && li.contains(active)) focusHint.testId = active.dataset.testid;
  li.setAttribute('aria-busy', 'true');
  for (const control of li.querySelectorAll('button, input')) control.disabled = true;
  try {
    const updated = await action();
    cart = updated && Array.isArray(updated.items) ? updated : await loadCart();
    if (focusHint.removed) showToast(`Removed ${focusHint.name} from your cart.`, { type: 'info' });
    render(focusHint);
  } catch (err) {
    reportError(err);
    if (!err.redirecting) await refresh({ focus: focusHint });
  } finally {
    busy = false;
  }
}

/** After a re-render keep keyboard focus where the shopper was. */
function restoreFocus(hint) {
  if (!hint) return;
  if (hint.productId) {
    const line = root.querySelector(`[data-product-id="${CSS.escape(hint.productId)}"]`);
    const same = line && hint.testId ? line.querySelector(`[data-testid="${CSS.escape(hint.testId)}"]`) : null;
    const target = same && !same.disabled ? same : line && line.querySelector('[data-testid="quantity-input"]');
    if (target) {
      target.focus();
      return;
    }
  }
  const first = root.querySelector('.line-name');
  (first || heading).focus();
}
