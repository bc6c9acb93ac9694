// Catalog: product grid, category filter, debounced search, "load more" paging.
import { initNav } from '../nav.js';
import { api, isAbortError } from '../api.js';
import { el, replace, $, productImage, setBusy, debounce, stateBlock, ICONS } from '../dom.js';
import { formatMoney } from '../money.js';
import { stockBadge, skeletonCard } from '../components.js';
import { addItem, MAX_QTY } from '../cart-store.js';
import { showToast, reportError } from '../toast.js';

const PAGE_SIZE = 12;
const SKELETONS = 8;

const grid = $('#product-grid');
const stateBox = $('#catalog-state');
const summary = $('#results-summary');
const loadMoreButton = $('#load-more');
const searchInput = $('#search');
const searchForm = $('#search-form');
const filter = $('#category-filter');
const heading = $('#catalog-heading');

const initial = new URLSearchParams(window.location.search);
const state = {
  q: (initial.get('q') || '').trim(),
  category: initial.get('category') || '',
  cursor: null,
  shown: 0,
  requestId: 0,
  controller: null,
  categories: null,
};

initNav({ active: 'shop' });
searchInput.value = state.q;
loadCategories();
loadProducts({ reset: true });

// ---------- search ----------
const debouncedSearch = debounce(() => applySearch(searchInput.value), 300);
searchInput.addEventListener('input', debouncedSearch);
searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  debouncedSearch.cancel();
  applySearch(searchInput.value);
});

function applySearch(value) {
  const q = value.trim();
  if (q === state.q) return;
  state.q = q;
  syncUrl();
  loadProducts({ reset: true });
}

// ---------- categories ----------
async function loadCategories() {
  filter.setAttribute('aria-busy', 'true');
  try {
    const data = await api('/api/categories');
    state.categories = Array.isArray(data && data.items) ? data.items : [];
    renderCategories();
  } catch (err) {
    replace(
      filter,
      el('legend', { class: 'sr-only', text: 'Filter by category' }),
      el('span', { class: 'muted small', text: 'Categories could not be loaded.' }),
      el('button', { type: 'button', class: 'btn btn-link', 'data-testid': 'categories-retry', text: 'Retry', on: { click: loadCategories } }),
    );
  } finally {
    filter.removeAttribute('aria-busy');
  }
}

function renderCategories() {
  const items = state.categories.filter((c) => c && typeof c.name === 'string' && c.name);
  const names = new Set(items.map((c) => c.name));
  if (state.category && !names.has(state.category)) items.push({ name: state.category, count: null });
  const total = items.reduce((sum, c) => sum + (Number.isInteger(c.count) ? c.count : 0), 0);
  replace(
    filter,
    el('legend', { class: 'sr-only', text: 'Filter by category' }),
    chip('', 'All', total || null),
    items.map((c) => chip(c.name, c.name, Number.isInteger(c.count) ? c.count : null)),
  );
}

function chip(value, label, count) {
  const button = el(
    'button',
    {
      type: 'button',
      class: 'chip',
      'aria-pressed': String(state.category === value),
      'data-testid': 'category-option',
      'data-category': value,
    },
    el('span', { text: label }),
    count !== null ? el('span', { class: 'count', 'aria-label': `${count} products`, text: String(count) }) : null,
  );
  button.addEventListener('click', () => {
    if (state.category === value) return;
    state.category = value;
    for (const other of filter.querySelectorAll('.chip')) other.setAttribute('aria-pressed', String(other === button));
    syncUrl();
    loadProducts({ reset: true });
  });
  return button;
}

function syncUrl() {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  const query = params.toString();
  window.history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
  heading.textContent = state.category ? state.category : 'Shop all products';
  document.title = `${state.category || 'Shop'} · Cloud Store`;
}

// ---------- products ----------
async function loadProducts({ reset }) {
  if (state.controller) state.controller.abort();
  const controller = new AbortController();
  state.controller = controller;
  const requestId = ++state.requestId;

  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (state.q) params.set('q', state.q);
  if (state.category) params.set('category', state.category);
  if (!reset && state.cursor) params.set('cursor', state.cursor);

  grid.setAttribute('aria-busy', 'true');
  if (reset) {
    state.cursor = null;
    state.shown = 0;
    replace(stateBox);
    loadMoreButton.hidden = true;
    replace(grid, Array.from({ length: SKELETONS }, skeletonCard));
    grid.hidden = false;
    summary.textContent = 'Loading products…';
  } else {
    setBusy(loadMoreButton, true, 'Loading…');
  }

  try {
    const data = await api(`/api/products?${params}`, { signal: controller.signal });
    if (requestId !== state.requestId) return;
    const items = Array.isArray(data && data.items) ? data.items : [];
    const cards = items.map(productCard);
    if (reset) replace(grid, cards);
    else grid.append(...cards);
    state.shown += items.length;
    state.cursor = data && data.nextCursor ? data.nextCursor : null;
    loadMoreButton.hidden = !state.cursor;

    if (state.shown === 0) {
      grid.hidden = true;
      showEmpty();
    }
    summary.textContent = summaryText();
    if (!reset && cards.length) {
      const link = cards[0].querySelector('.card-title a');
      if (link) link.focus();
    }
  } catch (err) {
    if (isAbortError(err) || requestId !== state.requestId) return;
    if (reset) {
      replace(grid);
      grid.hidden = true;
      summary.textContent = '';
      replace(
        stateBox,
        stateBlock({
          title: 'We couldn’t load the products',
          message: err.message,
          iconPaths: ICONS.alert,
          testId: 'error-state',
          actions: [el('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'retry', text: 'Try again', on: { click: () => loadProducts({ reset: true }) } })],
        }),
      );
    } else {
      reportError(err);
    }
  } finally {
    if (requestId === state.requestId) {
      grid.setAttribute('aria-busy', 'false');
      setBusy(loadMoreButton, false);
      state.controller = null;
    }
  }
}

loadMoreButton.addEventListener('click', () => loadProducts({ reset: false }));

function summaryText() {
  if (state.shown === 0) return 'No products found.';
  const noun = state.shown === 1 ? 'product' : 'products';
  let text = `Showing ${state.shown} ${noun}`;
  if (state.category) text += ` in ${state.category}`;
  if (state.q) text += ` matching “${state.q}”`;
  return `${text}.`;
}

function showEmpty() {
  const filtered = Boolean(state.q || state.category);
  replace(
    stateBox,
    stateBlock({
      title: filtered ? 'No products match your search' : 'No products yet',
      message: filtered ? 'Try a different word or another category.' : 'Please check back soon.',
      iconPaths: ICONS.search,
      testId: 'empty-state',
      actions: filtered
        ? [
            el('button', {
              type: 'button',
              class: 'btn btn-secondary',
              'data-testid': 'clear-filters',
              text: 'Clear search and filters',
              on: {
                click: () => {
                  state.q = '';
                  state.category = '';
                  searchInput.value = '';
                  if (state.categories) renderCategories();
                  syncUrl();
                  loadProducts({ reset: true });
                  searchInput.focus();
                },
              },
            }),
          ]
        : [],
    }),
  );
}

function productCard(product) {
  const href = `/product.html?id=${encodeURIComponent(product.id)}`;
  const name = typeof product.name === 'string' ? product.name : '';
  const stock = Number.isInteger(product.stock) ? product.stock : 0;
  const soldOut = stock <= 0;

  const button = el('button', {
    type: 'button',
    class: soldOut ? 'btn btn-secondary' : 'btn btn-primary',
    'data-testid': 'add-to-cart',
    'aria-label': soldOut ? `${name} is sold out` : `Add ${name} to cart`,
    disabled: soldOut,
    text: soldOut ? 'Sold out' : 'Add to cart',
  });
  button.addEventListener('click', async () => {
    setBusy(button, true, 'Adding…');
    try {
      const result = await addItem(product.id, 1, { maxQuantity: Math.min(MAX_QTY, stock) });
      if (result.capped) {
        showToast(`You already have ${result.quantity} × ${name} in your cart, the most you can order.`, { type: 'info' });
      } else {
        showToast(`Added ${name} to your cart.`, { type: 'success' });
      }
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(button, false);
    }
  });

  return el(
    'li',
    { class: 'card', 'data-testid': 'product-card', 'data-product-id': product.id },
    el('a', { class: 'card-media', href, tabindex: '-1', 'aria-hidden': 'true' }, productImage(product.imageUrl, '')),
    el(
      'div',
      { class: 'card-body' },
      el('p', { class: 'card-category', 'data-testid': 'product-category', text: product.category || '' }),
      el('h2', { class: 'card-title' }, el('a', { href, 'data-testid': 'product-name', text: name })),
      el(
        'div',
        { class: 'card-meta' },
        el('span', { class: 'price', 'data-testid': 'product-price', text: formatMoney(product.price, product.currency) }),
        stockBadge(stock),
      ),
      button,
    ),
  );
}
