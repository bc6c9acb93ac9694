// Admin: create / edit / delete products, ship an order by id. Admins only.
import { initNav } from '../nav.js';
import { api, isAbortError } from '../api.js';
import { el, replace, $, productImage, setBusy, setFormDisabled, debounce, stateBlock, ICONS } from '../dom.js';
import { requireUser, isAdmin } from '../session.js';
import { formatMoney, parseDecimalToMinor, minorToDecimalString, DEFAULT_CURRENCY } from '../money.js';
import { showToast, reportError } from '../toast.js';

const PAGE_SIZE = 20;
const stateBox = $('#admin-state');
const root = $('#admin-root');
const form = $('#product-form');
const formHeading = $('#form-heading');
const formError = $('#product-form-error');
const submitButton = $('#product-form-submit');
const cancelEditButton = $('#product-form-cancel');
const currencyLabel = $('#pf-currency');
const productList = $('#admin-products');
const productsState = $('#admin-products-state');
const loadMoreButton = $('#admin-load-more');
const searchInput = $('#admin-search');
const shipForm = $('#ship-form');
const shipInput = $('#ship-order-id');
const shipButton = $('#ship-order-submit');
const shipResult = $('#ship-result');
const FIELDS = ['name', 'description', 'category', 'price', 'stock', 'imageUrl'];
const inputs = Object.fromEntries(FIELDS.map((name) => [name, document.getElementById(`pf-${name}`)]));

let currency = DEFAULT_CURRENCY;
let editing = null; // product being edited, or null when creating
let cursor = null;
let query = '';
let listRequest = 0;
let listController = null;
let saving = false;

initNav({ active: 'admin', requiresAuth: true });
start();

async function start() {
  let user;
  try {
    user = await requireUser();
  } catch (err) {
    replace(
      stateBox,
      stateBlock({
        title: 'We couldn’t check your access',
        message: err.message,
        iconPaths: ICONS.alert,
        testId: 'error-state',
        actions: [el('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'retry', text: 'Try again', on: { click: start } })],
      }),
    );
    return;
  }
  if (!user) return;
  stateBox.removeAttribute('aria-busy');
  if (!isAdmin(user)) {
    replace(
      stateBox,
      stateBlock({
        title: 'Admins only',
        message: 'This page is for store administrators. You are logged in with a customer account.',
        iconPaths: ICONS.lock,
        testId: 'admin-only',
        actions: [el('a', { class: 'btn btn-primary', href: '/index.html', text: 'Back to the shop' })],
      }),
    );
    return;
  }
  replace(stateBox);
  root.hidden = false;
  loadCategories();
  loadProducts({ reset: true });
}

// ---------- product list ----------
async function loadProducts({ reset }) {
  if (listController) listController.abort();
  const controller = new AbortController();
  listController = controller;
  const requestId = ++listRequest;
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (query) params.set('q', query);
  if (!reset && cursor) params.set('cursor', cursor);
  productList.setAttribute('aria-busy', 'true');
  if (reset) replace(productsState, el('p', { class: 'muted', text: 'Loading products…' }));
  else setBusy(loadMoreButton, true, 'Loading…');
  try {
    const data = await api(`/api/products?${params}`, { signal: controller.signal });
    if (requestId !== listRequest) return;
    const items = Array.isArray(data && data.items) ? data.items : [];
    if (items.length && items[0].currency) setCurrency(items[0].currency);
    const rows = items.map(productRow);
    if (reset) replace(productList, rows);
    else productList.append(...rows);
    cursor = data && data.nextCursor ? data.nextCursor : null;
    loadMoreButton.hidden = !cursor;
    replace(productsState, productList.children.length ? null : el('p', { class: 'muted', 'data-testid': 'admin-products-empty', text: query ? 'No products match.' : 'No products yet.' }));
  } catch (err) {
    if (isAbortError(err) || requestId !== listRequest) return;
    if (reset) {
      replace(
        productsState,
        el('div', { class: 'alert alert-error', role: 'alert' }, el('p', { text: err.message }), el('button', { type: 'button', class: 'btn btn-secondary btn-sm', text: 'Try again', on: { click: () => loadProducts({ reset: true }) } })),
      );
    } else reportError(err);
  } finally {
    if (requestId === listRequest) {
      productList.setAttribute('aria-busy', 'false');
      setBusy(loadMoreButton, false);
      listController = null;
    }
  }
}

loadMoreButton.addEventListener('click', () => loadProducts({ reset: false }));
const debouncedSearch = debounce(() => {
  const q = searchInput.value.trim();
  if (q === query) return;
  query = q;
  loadProducts({ reset: true });
}, 300);
searchInput.addEventListener('input', debouncedSearch);
$('#admin-search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  debouncedSearch.cancel();
  query = searchInput.value.trim();
  loadProducts({ reset: true });
});

function setCurrency(code) {
  currency = code;
  currencyLabel.textContent = code;
}

function productRow(product) {
  const name = product.name || '';
  const li = el('li', { class: 'admin-product', 'data-testid': 'admin-product-row', 'data-product-id': product.id });
  if (editing && editing.id === product.id) li.classList.add('is-editing');
  const editButton = el('button', { type: 'button', class: 'btn btn-secondary btn-sm', 'data-testid': 'edit-product', 'aria-label': `Edit ${name}`, text: 'Edit' });
  const deleteButton = el('button', { type: 'button', class: 'btn btn-ghost btn-sm', 'data-testid': 'delete-product', 'aria-label': `Delete ${name}`, text: 'Delete' });
  const actions = el('div', { class: 'actions' }, editButton, deleteButton);

  editButton.addEventListener('click', () => startEdit(product));
  deleteButton.addEventListener('click', () => {
    const yes = el('button', { type: 'button', class: 'btn btn-danger btn-sm', 'data-testid': 'confirm-delete', text: 'Delete' });
    const no = el('button', { type: 'button', class: 'btn btn-secondary btn-sm', 'data-testid': 'cancel-delete', text: 'Keep' });
    const prompt = el('span', { class: 'small', text: 'Delete this product?' });
    replace(actions, prompt, yes, no);
    yes.focus();
    no.addEventListener('click', () => {
      replace(actions, editButton, deleteButton);
      deleteButton.focus();
    });
    yes.addEventListener('click', async () => {
      setBusy(yes, true, 'Deleting…');
      no.disabled = true;
      try {
        await api(`/api/admin/products/${encodeURIComponent(product.id)}`, { method: 'DELETE', auth: true });
        const next = li.nextElementSibling || li.previousElementSibling;
        li.remove();
        if (editing && editing.id === product.id) resetForm();
        showToast(`Deleted ${name}.`, { type: 'success' });
        const focusTarget = next && next.querySelector('[data-testid="edit-product"]');
        (focusTarget || searchInput).focus();
        if (!productList.children.length) replace(productsState, el('p', { class: 'muted', text: 'No products yet.' }));
        loadCategories();
      } catch (err) {
        setBusy(yes, false);
        no.disabled = false;
        if (err.status === 404) {
          li.remove();
          showToast('That product had already been deleted.', { type: 'info' });
        } else reportError(err);
      }
    });
  });

  li.append(
    el('div', { class: 'thumb' }, productImage(product.imageUrl, '', { width: 64, height: 48 })),
    el(
      'div',
      { class: 'info' },
      el('p', { class: 'name', 'data-testid': 'admin-product-name', text: name }),
      el('p', { class: 'sub', text: `${product.category || 'No category'} · ${formatMoney(product.price, product.currency || currency)} · ${stockText(product.stock)}` }),
    ),
    actions,
  );
  return li;
}

function stockText(stock) {
  if (!Number.isInteger(stock)) return 'stock unknown';
  return stock === 0 ? 'sold out' : `${stock} in stock`;
}

async function loadCategories() {
  try {
    const data = await api('/api/categories');
    const items = Array.isArray(data && data.items) ? data.items : [];
    replace($('#category-options'), items.filter((c) => c && c.name).map((c) => el('option', { value: c.name })));
  } catch {
    /* the datalist is only a convenience */
  }
}

// ---------- create / edit form ----------
function startEdit(product) {
  editing = product;
  clearErrors();
  inputs.name.value = product.name || '';
  inputs.description.value = product.description || '';
  inputs.category.value = product.category || '';
  inputs.price.value = minorToDecimalString(product.price, product.currency || currency);
  inputs.stock.value = Number.isInteger(product.stock) ? String(product.stock) : '';
  inputs.imageUrl.value = product.imageUrl || '';
  if (product.currency) setCurrency(product.currency);
  formHeading.textContent = `Edit ${product.name || 'product'}`;
  submitButton.textContent = 'Save changes';
  cancelEditButton.hidden = false;
  for (const row of productList.children) row.classList.toggle('is-editing', row.dataset.productId === product.id);
  formHeading.focus();
  formHeading.scrollIntoView({ block: 'nearest' });
}

function resetForm() {
  editing = null;
  form.reset();
  clearErrors();
  formHeading.textContent = 'Add a product';
  submitButton.textContent = 'Create product';
  cancelEditButton.hidden = true;
  for (const row of productList.children) row.classList.remove('is-editing');
}

cancelEditButton.addEventListener('click', () => {
  const id = editing && editing.id;
  resetForm();
  const row = id && productList.querySelector(`[data-product-id="${CSS.escape(id)}"] [data-testid="edit-product"]`);
  (row || inputs.name).focus();
});

function setFieldError(name, message) {
  const input = inputs[name];
  if (!input) return false;
  const box = document.getElementById(`pf-${name}-error`);
  if (box) box.textContent = message || '';
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  return true;
}

function clearErrors() {
  for (const name of FIELDS) setFieldError(name, '');
  formError.hidden = true;
  replace(formError);
}

/** Validate and build the request body. Returns {body} or {errors: {field: message}}. */
function readForm() {
  const errors = {};
  const name = inputs.name.value.trim();
  const description = inputs.description.value.trim();
  const category = inputs.category.value.trim();
  const imageUrl = inputs.imageUrl.value.trim();
  const stockRaw = inputs.stock.value.trim();

  const nameLength = Array.from(name).length;
  if (nameLength === 0) errors.name = 'Enter a product name.';
  else if (nameLength > 200) errors.name = 'Use at most 200 characters.';
  if (!category) errors.category = 'Enter a category.';

  const price = parseDecimalToMinor(inputs.price.value, currency);
  if (!price.ok) errors.price = price.message;
  else if (price.value <= 0) errors.price = 'The price must be more than zero.';

  if (!/^\d+$/.test(stockRaw)) errors.stock = 'Enter a whole number, 0 or more.';
  else if (!Number.isSafeInteger(Number(stockRaw))) errors.stock = 'That number is too large.';

  if (imageUrl && !((imageUrl.startsWith('/') && !imageUrl.startsWith('//')) || /^https?:\/\/[^\s]+$/i.test(imageUrl))) {
    errors.imageUrl = 'Use a path starting with / or an http(s) address.';
  }
  if (Object.keys(errors).length) return { errors };

  const body = { name, description, category, price: price.value, stock: Number(stockRaw) };
  if (imageUrl) body.imageUrl = imageUrl;
  return { body };
}

form.addEventListener('input', (event) => {
  const name = event.target.name;
  if (event.target.getAttribute('aria-invalid') === 'true') {
    const { errors } = readForm();
    setFieldError(name, errors ? errors[name] : '');
  }
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  if (saving) return;
  clearErrors();
  const { body, errors } = readForm();
  if (errors) {
    let first = null;
    for (const name of FIELDS) {
      if (errors[name]) {
        setFieldError(name, errors[name]);
        if (!first) first = inputs[name];
      }
    }
    first.focus();
    return;
  }

  const wasEditing = editing;
  saving = true;
  setFormDisabled(form, true);
  setBusy(submitButton, true, wasEditing ? 'Saving…' : 'Creating…');
  try {
    const saved = wasEditing
      ? await api(`/api/admin/products/${encodeURIComponent(wasEditing.id)}`, { method: 'PUT', auth: true, body })
      : await api('/api/admin/products', { method: 'POST', auth: true, body });
    setBusy(submitButton, false);
    setFormDisabled(form, false);
    const product = saved && saved.id ? saved : { ...(wasEditing || {}), ...body };
    if (wasEditing) {
      const row = productList.querySelector(`[data-product-id="${CSS.escape(wasEditing.id)}"]`);
      editing = null;
      if (row) row.replaceWith(productRow(product));
      showToast(`Saved ${product.name}.`, { type: 'success' });
    } else {
      productList.prepend(productRow(product));
      replace(productsState);
      showToast(`Created ${product.name}.`, { type: 'success' });
    }
    resetForm();
    loadCategories();
    inputs.name.focus();
  } catch (err) {
    setBusy(submitButton, false);
    setFormDisabled(form, false);
    if (err.redirecting) return;
    const unmatched = [];
    let first = null;
    for (const { field, message } of err.errors || []) {
      const name = String(field || '').split(/[.[\]]/).filter(Boolean).pop();
      if (name && setFieldError(name, message)) {
        if (!first) first = inputs[name];
      } else if (message) unmatched.push(field ? `${field}: ${message}` : message);
    }
    if (err.status === 404 && wasEditing) {
      unmatched.push('This product no longer exists. Cancel editing to create a new one.');
    }
    if (!first || unmatched.length) {
      replace(formError, el('p', { text: err.message }), unmatched.length ? el('ul', {}, unmatched.map((t) => el('li', { text: t }))) : null);
      formError.hidden = false;
    }
    if (first) first.focus();
    else {
      formError.setAttribute('tabindex', '-1');
      formError.focus();
    }
  } finally {
    saving = false;
  }
});

// ---------- ship an order ----------
shipForm.addEventListener('submit', async (event) => {
  event.preventDefault();
  const id = shipInput.value.trim();
  const errorBox = $('#ship-order-id-error');
  if (!id) {
    errorBox.textContent = 'Enter the order id.';
    shipInput.setAttribute('aria-invalid', 'true');
    shipInput.focus();
    return;
  }
  errorBox.textContent = '';
  shipInput.removeAttribute('aria-invalid');
  replace(shipResult);
  setBusy(shipButton, true, 'Shipping…');
  shipInput.disabled = true;
  try {
    const order = await api(`/api/admin/orders/${encodeURIComponent(id)}/ship`, { method: 'POST', auth: true });
    const status = order && order.status ? order.status : 'SHIPPED';
    const total = order && order.total !== undefined ? ` Total ${formatMoney(order.total, order.currency)}.` : '';
    replace(shipResult, el('div', { class: 'alert alert-success', 'data-testid': 'ship-success', 'data-status': status }, el('p', {}, 'Order ', el('code', { text: id }), ` is now ${status.toLowerCase()}.${total}`)));
    shipInput.value = '';
  } catch (err) {
    if (err.redirecting) return;
    let message = err.message;
    if (err.status === 404) message = 'There is no order with that id.';
    replace(shipResult, el('div', { class: 'alert alert-error', 'data-testid': 'ship-error', 'data-status-code': String(err.status) }, el('p', { text: message })));
  } finally {
    setBusy(shipButton, false);
    shipInput.disabled = false;
  }
});
