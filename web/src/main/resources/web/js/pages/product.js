// Product details: image, price, stock, quantity picker (1..min(99, stock)), add to cart; 404 state.
import { initNav } from '../nav.js';
import { api } from '../api.js';
import { el, replace, $, productImage, setBusy, param, stateBlock, ICONS } from '../dom.js';
import { formatMoney } from '../money.js';
import { stockBadge, quantityStepper } from '../components.js';
import { addItem, MAX_QTY } from '../cart-store.js';
import { showToast, reportError } from '../toast.js';

const root = $('#product-root');
const breadcrumb = $('#breadcrumb');
const id = param('id');

initNav({ active: 'shop' });
load();

async function load() {
  root.setAttribute('aria-busy', 'true');
  if (!id) {
    showNotFound();
    return;
  }
  try {
    const product = await api(`/api/products/${encodeURIComponent(id)}`);
    render(product);
  } catch (err) {
    if (err.status === 404) showNotFound();
    else showError(err);
  } finally {
    root.setAttribute('aria-busy', 'false');
  }
}

function showNotFound() {
  document.title = 'Product not found · Cloud Store';
  root.setAttribute('aria-busy', 'false');
  replace(
    root,
    stateBlock({
      title: 'Product not found',
      message: 'This product may have been removed, or the link is wrong.',
      iconPaths: ICONS.box,
      testId: 'not-found',
      actions: [el('a', { class: 'btn btn-primary', href: '/index.html', text: 'Browse all products' })],
    }),
  );
}

function showError(err) {
  replace(
    root,
    stateBlock({
      title: 'We couldn’t load this product',
      message: err.message,
      iconPaths: ICONS.alert,
      testId: 'error-state',
      actions: [el('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'retry', text: 'Try again', on: { click: load } })],
    }),
  );
}

function render(product) {
  const name = typeof product.name === 'string' ? product.name : '';
  const stock = Number.isInteger(product.stock) ? product.stock : 0;
  const soldOut = stock <= 0;
  const max = Math.max(1, Math.min(MAX_QTY, stock));
  document.title = `${name} · Cloud Store`;

  const crumbs = [el('li', {}, el('a', { href: '/index.html', text: 'Shop' }))];
  if (product.category) {
    crumbs.push(el('li', {}, el('a', { href: `/index.html?category=${encodeURIComponent(product.category)}`, text: product.category })));
  }
  crumbs.push(el('li', { 'aria-current': 'page', text: name }));
  replace(breadcrumb, crumbs);

  const stepper = quantityStepper({ value: 1, min: 1, max, id: 'quantity', disabled: soldOut });
  const addButton = el('button', {
    type: 'button',
    class: 'btn btn-primary',
    id: 'add-to-cart',
    'data-testid': 'add-to-cart',
    disabled: soldOut,
    text: soldOut ? 'Sold out' : 'Add to cart',
  });
  const note = el('p', { class: 'hint', id: 'buy-note', 'data-testid': 'buy-note' });
  if (soldOut) note.textContent = 'This product is sold out right now.';
  else if (stock < MAX_QTY) note.textContent = `You can order up to ${max}.`;

  addButton.addEventListener('click', async () => {
    const quantity = stepper.value();
    setBusy(addButton, true, 'Adding…');
    stepper.setDisabled(true);
    try {
      const result = await addItem(product.id, quantity, { maxQuantity: max });
      if (result.capped) {
        showToast(`Your cart now has ${result.quantity} × ${name}, the most you can order.`, { type: 'info' });
      } else {
        showToast(`Added ${quantity} × ${name} to your cart.`, { type: 'success' });
      }
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(addButton, false);
      stepper.setDisabled(false);
    }
  });

  replace(
    root,
    el(
      'article',
      { class: 'product-detail', 'data-testid': 'product-detail', 'data-product-id': product.id },
      el('div', { class: 'media' }, productImage(product.imageUrl, name, { eager: true })),
      el(
        'div',
        { class: 'detail-info' },
        el('p', { class: 'card-category', 'data-testid': 'product-category', text: product.category || '' }),
        el('h1', { 'data-testid': 'product-name', text: name }),
        el('p', { class: 'detail-price', 'data-testid': 'product-price', text: formatMoney(product.price, product.currency) }),
        el('div', {}, stockBadge(stock)),
        el('p', { class: 'detail-description', 'data-testid': 'product-description', text: product.description || '' }),
        el(
          'div',
          { class: 'buy-box' },
          el(
            'div',
            { class: 'buy-row' },
            el('div', { class: 'field' }, el('label', { for: 'quantity', text: 'Quantity' }), stepper.root),
            addButton,
          ),
          note,
          el('a', { href: '/cart.html', 'data-testid': 'view-cart', text: 'View your cart' }),
        ),
      ),
    ),
  );
}
