// Order history (newest first, paged), with cancel while PLACED. Requires login.
import { initNav } from '../nav.js';
import { api } from '../api.js';
import { el, replace, $, setBusy, param, formatDate, stateBlock, ICONS } from '../dom.js';
import { requireUser } from '../session.js';
import { formatMoney } from '../money.js';
import { statusBadge } from '../components.js';
import { showToast, reportError } from '../toast.js';

const PAGE_SIZE = 10;
const list = $('#order-list');
const stateBox = $('#orders-state');
const loadMoreButton = $('#load-more');
const placedId = param('placed');
let cursor = null;
let shown = 0;

initNav({ active: 'orders', requiresAuth: true });
start();

async function start() {
  try {
    const user = await requireUser();
    if (!user) return;
  } catch (err) {
    showError(err);
    return;
  }
  await load({ reset: true });
}

async function load({ reset }) {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (!reset && cursor) params.set('cursor', cursor);
  list.setAttribute('aria-busy', 'true');
  if (!reset) setBusy(loadMoreButton, true, 'Loading…');
  try {
    const data = await api(`/api/orders?${params}`, { auth: true });
    const orders = Array.isArray(data && data.items) ? data.items : [];
    const rows = orders.map(orderRow);
    if (reset) {
      replace(stateBox);
      replace(list, rows);
      shown = 0;
    } else {
      list.append(...rows);
    }
    shown += orders.length;
    cursor = data && data.nextCursor ? data.nextCursor : null;
    loadMoreButton.hidden = !cursor;
    if (shown === 0) {
      list.hidden = true;
      replace(
        stateBox,
        stateBlock({
          title: 'No orders yet',
          message: 'When you place an order it will show up here.',
          iconPaths: ICONS.box,
          testId: 'orders-empty',
          actions: [el('a', { class: 'btn btn-primary', href: '/index.html', text: 'Start shopping' })],
        }),
      );
    } else {
      list.hidden = false;
    }
    if (!reset && rows.length) rows[0].querySelector('h2').focus();
    if (reset && placedId) {
      const row = rows.find((r) => r.dataset.orderId === placedId);
      if (row) row.classList.add('is-highlighted');
    }
  } catch (err) {
    if (err.redirecting) return;
    if (reset) showError(err);
    else reportError(err);
  } finally {
    list.setAttribute('aria-busy', 'false');
    setBusy(loadMoreButton, false);
  }
}

loadMoreButton.addEventListener('click', () => load({ reset: false }));

function showError(err) {
  list.hidden = true;
  replace(
    stateBox,
    stateBlock({
      title: 'We couldn’t load your orders',
      message: err.message,
      iconPaths: ICONS.alert,
      testId: 'error-state',
      actions: [
        el('button', {
          type: 'button',
          class: 'btn btn-primary',
          'data-testid': 'retry',
          text: 'Try again',
          on: { click: () => start() },
        }),
      ],
    }),
  );
}

function orderRow(order) {
  const id = String(order.id);
  const currency = order.currency;
  const li = el('li', { class: 'order', 'data-testid': 'order-row', 'data-order-id': id, 'data-status': order.status || '' });
  const headingId = `order-${cssSafe(id)}-heading`;
  const items = Array.isArray(order.items) ? order.items : [];
  const address = order.shippingAddress || {};
  const count = items.reduce((sum, item) => sum + (Number.isInteger(item.quantity) ? item.quantity : 0), 0);

  li.setAttribute('aria-labelledby', headingId);
  li.append(
    el(
      'div',
      { class: 'order-head' },
      el(
        'div',
        {},
        el('h2', { id: headingId, tabindex: '-1' }, 'Order ', el('code', { 'data-testid': 'order-id', text: id })),
        el(
          'div',
          { class: 'meta' },
          el('span', { 'data-testid': 'order-date', text: order.createdAt ? `Placed ${formatDate(order.createdAt)}` : '' }),
          el('span', { text: `${count} ${count === 1 ? 'item' : 'items'}` }),
        ),
      ),
      statusBadge(order.status),
    ),
    el(
      'div',
      { class: 'order-body' },
      el(
        'div',
        {},
        el('h3', { class: 'sr-only', text: 'Items' }),
        el(
          'ul',
          { class: 'order-items', 'data-testid': 'order-items' },
          items.map((item) =>
            el(
              'li',
              { 'data-testid': 'order-item' },
              el('span', {}, el('span', { text: item.name || 'Product' }), el('span', { class: 'muted', text: ` × ${item.quantity}` })),
              el('span', { class: 'price', text: formatMoney(item.lineTotal, currency) }),
            ),
          ),
        ),
        addressBlock(address),
      ),
      el(
        'dl',
        { class: 'summary-rows' },
        row('Subtotal', formatMoney(order.subtotal, currency), 'order-subtotal'),
        row('Tax', formatMoney(order.tax, currency), 'order-tax'),
        row('Total', formatMoney(order.total, currency), 'order-total', true),
      ),
    ),
  );
  if (order.status === 'PLACED') li.append(cancelActions(order, li));
  return li;
}

function row(label, value, testId, total = false) {
  return el('div', { class: total ? 'summary-row total' : 'summary-row' }, el('dt', { text: label }), el('dd', { 'data-testid': testId, text: value }));
}

function addressBlock(a) {
  const lines = [a.fullName, a.line1, a.line2, [a.city, a.postalCode].filter(Boolean).join(' '), a.country, a.phone].filter((x) => typeof x === 'string' && x);
  if (!lines.length) return null;
  return el(
    'address',
    { class: 'address', 'data-testid': 'order-address' },
    el('strong', { text: 'Ship to' }),
    lines.map((line) => [el('br'), line]),
  );
}

function cancelActions(order, li) {
  const bar = el('div', { class: 'order-actions' });
  const cancel = el('button', { type: 'button', class: 'btn btn-secondary btn-sm', 'data-testid': 'cancel-order', text: 'Cancel order' });
  const confirmBox = el('div', { class: 'confirm-inline', 'data-testid': 'cancel-confirm', hidden: true });
  const yes = el('button', { type: 'button', class: 'btn btn-danger btn-sm', 'data-testid': 'confirm-cancel', text: 'Yes, cancel order' });
  const no = el('button', { type: 'button', class: 'btn btn-ghost btn-sm', 'data-testid': 'keep-order', text: 'Keep order' });
  confirmBox.append(el('span', { text: 'Cancel this order? The items go back in stock.' }), yes, no);
  bar.append(cancel, confirmBox, el('span', { class: 'muted small', text: 'You can cancel until the order ships.' }));

  cancel.addEventListener('click', () => {
    cancel.hidden = true;
    confirmBox.hidden = false;
    yes.focus();
  });
  no.addEventListener('click', () => {
    confirmBox.hidden = true;
    cancel.hidden = false;
    cancel.focus();
  });
  yes.addEventListener('click', async () => {
    setBusy(yes, true, 'Cancelling…');
    no.disabled = true;
    li.setAttribute('aria-busy', 'true');
    try {
      const updated = await api(`/api/orders/${encodeURIComponent(order.id)}/cancel`, { method: 'POST', auth: true });
      replaceRow(li, updated && updated.id ? updated : { ...order, status: 'CANCELLED' });
      showToast('Your order was cancelled.', { type: 'success' });
    } catch (err) {
      li.removeAttribute('aria-busy');
      setBusy(yes, false);
      no.disabled = false;
      if (err.redirecting) return;
      reportError(err);
      if (err.status === 409 || err.status === 404) {
        // Status changed meanwhile (e.g. shipped): show the current state.
        try {
          const current = await api(`/api/orders/${encodeURIComponent(order.id)}`, { auth: true });
          replaceRow(li, current);
        } catch {
          /* keep the row as is */
        }
      }
    }
  });
  return bar;
}

function replaceRow(li, order) {
  const fresh = orderRow(order);
  if (li.classList.contains('is-highlighted')) fresh.classList.add('is-highlighted');
  li.replaceWith(fresh);
  fresh.querySelector('h2').focus();
}

function cssSafe(id) {
  return id.replace(/[^A-Za-z0-9_-]/g, '_');
}
