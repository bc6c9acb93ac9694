// Shop UI pieces shared by several pages.
import { el, clampInt } from './dom.js';

export const LOW_STOCK = 5;

/** Stock badge: "In stock" / "Only N left" (stock <= 5) / "Sold out". */
export function stockBadge(stock) {
  const n = Number.isInteger(stock) ? stock : 0;
  if (n <= 0) return el('span', { class: 'badge badge-out', 'data-testid': 'stock-badge', 'data-stock': 'out', text: 'Sold out' });
  if (n <= LOW_STOCK) return el('span', { class: 'badge badge-low', 'data-testid': 'stock-badge', 'data-stock': 'low', text: `Only ${n} left` });
  return el('span', { class: 'badge badge-ok', 'data-testid': 'stock-badge', 'data-stock': 'in', text: 'In stock' });
}

const STATUS_LABELS = { PLACED: 'Placed', SHIPPED: 'Shipped', CANCELLED: 'Cancelled' };

export function statusBadge(status) {
  const key = String(status || '').toUpperCase();
  return el('span', {
    class: `badge badge-status-${key.toLowerCase() || 'unknown'}`,
    'data-testid': 'order-status',
    'data-status': key,
    text: STATUS_LABELS[key] || key || 'Unknown',
  });
}

/**
 * A quantity stepper: [−] [input] [+].
 * options: value, min, max, id (input id), label (accessible name for the input, used when no
 * visible <label for=id> exists), itemName (for button labels), onChange(newValue) called on
 * button clicks and committed edits (change / Enter), disabled.
 * Returns {root, input, value(), setValue(v), setMax(m), setDisabled(b)}.
 */
export function quantityStepper({ value = 1, min = 1, max = 99, id, label, itemName, onChange, disabled = false }) {
  let current = clampInt(value, min, Math.max(min, max));
  let upper = Math.max(min, max);
  let isDisabled = disabled;

  const suffix = itemName ? ` of ${itemName}` : '';
  const dec = el('button', { type: 'button', 'aria-label': `Decrease quantity${suffix}`, 'data-testid': 'quantity-decrease', text: '−' });
  const inc = el('button', { type: 'button', 'aria-label': `Increase quantity${suffix}`, 'data-testid': 'quantity-increase', text: '+' });
  const input = el('input', {
    type: 'number',
    inputmode: 'numeric',
    min,
    max: upper,
    step: 1,
    id,
    'aria-label': label,
    'data-testid': 'quantity-input',
    autocomplete: 'off',
  });
  input.value = String(current);

  const sync = () => {
    input.value = String(current);
    input.max = String(upper);
    input.disabled = isDisabled;
    dec.disabled = isDisabled || current <= min;
    inc.disabled = isDisabled || current >= upper;
  };

  const commit = (next) => {
    const clamped = clampInt(next, min, upper);
    const changed = clamped !== current;
    current = clamped;
    sync();
    if (changed && onChange) onChange(current);
  };

  dec.addEventListener('click', () => commit(current - 1));
  inc.addEventListener('click', () => commit(current + 1));
  input.addEventListener('change', () => commit(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(input.value);
    }
  });

  const root = el('div', { class: 'stepper', role: 'group', 'aria-label': label || 'Quantity', 'data-testid': 'quantity-stepper' }, dec, input, inc);
  sync();

  return {
    root,
    input,
    value: () => current,
    setValue(v) {
      current = clampInt(v, min, upper);
      sync();
    },
    setMax(m) {
      upper = Math.max(min, m);
      current = Math.min(current, upper);
      sync();
    },
    setDisabled(b) {
      isDisabled = b;
      sync();
    },
  };
}

/** A product card skeleton with the same box sizes as a real card. */
export function skeletonCard() {
  return el(
    'li',
    { class: 'card is-skeleton', 'aria-hidden': 'true', 'data-testid': 'product-skeleton' },
    el('div', { class: 'card-media skeleton' }),
    el(
      'div',
      { class: 'card-body' },
      el('p', { class: 'skeleton skeleton-line w-40' }),
      el('p', { class: 'skeleton skeleton-line tall w-80' }),
      el('div', { class: 'card-meta' }, el('p', { class: 'skeleton skeleton-line w-40' })),
      el('div', { class: 'skeleton skeleton-button' }),
    ),
  );
}
