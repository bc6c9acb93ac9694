// Site header: brand, links, cart count and the user menu (log out; admin link for admins).
// Rendered immediately from cached state, then refreshed once the token is verified.
import { el, replace, icon, ICONS, currentPath } from './dom.js';
import { getCachedUser, verifySession, clearSession, isAdmin, SESSION_EVENT } from './session.js';
import { cartCount, mergeGuestCart, refreshCount, forgetServerCart, CART_EVENT, GUEST_CART_KEY } from './cart-store.js';
import { initToasts, showToast, queueToast, reportError } from './toast.js';

let options = { active: '', requiresAuth: false };
let user = null;
let countNode = null;
let menuOpen = false;

/**
 * Render the header and start the session check.
 * options.active: 'shop' | 'cart' | 'orders' | 'admin' | 'auth' | 'checkout' (highlights the link)
 * options.requiresAuth: after log out, leave this page for the shop.
 * Resolves to the verified user (or null for guests / invalid tokens; the cached user when the
 * server could not be reached).
 */
export function initNav(opts = {}) {
  options = { ...options, ...opts };
  initToasts();
  user = getCachedUser();
  render();

  window.addEventListener(CART_EVENT, updateCount);
  window.addEventListener(SESSION_EVENT, () => {
    user = getCachedUser();
    render();
  });
  // Other tabs: log in/out and guest cart changes.
  window.addEventListener('storage', (event) => {
    if (event.key === 'cloudstore.token' || event.key === 'cloudstore.user') {
      user = getCachedUser();
      forgetServerCart();
      render();
      if (user) refreshCount().catch(() => {});
    } else if (event.key === GUEST_CART_KEY) {
      updateCount();
    }
  });
  document.addEventListener('click', (event) => {
    if (menuOpen && !event.target.closest('.user-menu')) closeMenu(false);
  });
  document.addEventListener('keydown', (event) => {
    if (menuOpen && event.key === 'Escape') closeMenu(true);
  });

  return verifySession()
    .then(async (verified) => {
      user = verified;
      render();
      if (verified) {
        try {
          const merged = await mergeGuestCart();
          if (merged) announceMerge(merged);
          await refreshCount();
        } catch (err) {
          reportError(err);
        }
      }
      return verified;
    })
    .catch(() => {
      // Server unreachable: keep showing the cached user; pages report their own errors.
      return getCachedUser();
    });
}

export function announceMerge(result) {
  const parts = ['The items from your guest cart were added to your cart.'];
  if (result.capped) parts.push('Some quantities were capped at 99.');
  if (result.dropped && result.dropped.length) parts.push('Items that are no longer sold were left out.');
  showToast(parts.join(' '), { type: 'info' });
}

function header() {
  let node = document.getElementById('site-header');
  if (!node) {
    node = el('header', { id: 'site-header', class: 'site-header' });
    document.body.prepend(node);
  }
  return node;
}

function navLink(href, label, key, testId) {
  return el(
    'li',
    {},
    el('a', {
      class: 'nav-link',
      href,
      'data-testid': testId,
      'aria-current': options.active === key ? 'page' : null,
      text: label,
    }),
  );
}

function render() {
  menuOpen = false;
  const links = el('ul', { class: 'nav-links' }, navLink('/index.html', 'Shop', 'shop', 'nav-shop'));
  if (user) links.append(navLink('/orders.html', 'Orders', 'orders', 'nav-orders'));
  if (isAdmin(user)) links.append(navLink('/admin.html', 'Admin', 'admin', 'nav-admin'));

  countNode = el('span', { class: 'cart-count', 'data-testid': 'cart-count', id: 'cart-count' });
  const cartLink = el(
    'a',
    {
      class: 'nav-link cart-link',
      href: '/cart.html',
      'data-testid': 'nav-cart',
      'aria-current': options.active === 'cart' ? 'page' : null,
    },
    icon(ICONS.cart, { className: 'cart-icon' }),
    el('span', { class: 'sr-only', text: 'Cart, items:' }),
    el('span', { class: 'nav-text-wide', 'aria-hidden': 'true', text: 'Cart' }),
    countNode,
  );

  const actions = el('div', { class: 'nav-actions' }, cartLink, user ? userMenu(user) : loginLink());

  const nav = el(
    'nav',
    { class: 'nav container', 'aria-label': 'Main' },
    el('a', { class: 'brand', href: '/index.html', 'data-testid': 'brand' }, brandMark(), el('span', { text: 'Cloud Store' })),
    links,
    actions,
  );
  replace(header(), nav);
  updateCount();
}

function brandMark() {
  const img = el('img', { class: 'brand-mark', src: '/images/favicon.svg', alt: '', width: 28, height: 28 });
  return img;
}

function loginLink() {
  const onAuthPage = window.location.pathname === '/auth.html';
  const href = onAuthPage ? '/auth.html' : `/auth.html?return=${encodeURIComponent(currentPath())}`;
  return el('a', { class: 'btn btn-secondary btn-sm', href, 'data-testid': 'login-link', text: 'Log in' });
}

function userMenu(u) {
  const menuId = 'user-menu-list';
  const button = el(
    'button',
    {
      type: 'button',
      class: 'btn btn-ghost btn-sm user-menu-button',
      'aria-expanded': 'false',
      'aria-controls': menuId,
      'aria-haspopup': 'true',
      'aria-label': `Account menu for ${u.name || u.email || 'you'}`,
      'data-testid': 'user-menu',
    },
    icon(ICONS.user, { className: 'cart-icon' }),
    el('span', { class: 'label', text: u.name || u.email || 'Account' }),
    icon(ICONS.chevron, { className: 'cart-icon' }),
  );
  const logout = el('button', { type: 'button', class: 'menu-item', 'data-testid': 'logout', text: 'Log out' });
  const list = el(
    'div',
    { class: 'menu', id: menuId, hidden: true },
    el(
      'div',
      { class: 'menu-header' },
      el('strong', { text: u.name || 'Signed in' }),
      el('span', { class: 'muted', 'data-testid': 'user-email', text: u.email || '' }),
    ),
    el('a', { class: 'menu-item', href: '/orders.html', text: 'My orders' }),
    isAdmin(u) ? el('a', { class: 'menu-item', href: '/admin.html', text: 'Admin' }) : null,
    logout,
  );
  button.addEventListener('click', () => (menuOpen ? closeMenu(false) : openMenu()));
  logout.addEventListener('click', logOut);
  const wrapper = el('div', { class: 'user-menu' }, button, list);
  wrapper.addEventListener('focusout', (event) => {
    if (menuOpen && event.relatedTarget && !wrapper.contains(event.relatedTarget)) closeMenu(false);
  });
  return wrapper;
}

function openMenu() {
  const button = document.querySelector('.user-menu-button');
  const list = document.getElementById('user-menu-list');
  if (!button || !list) return;
  list.hidden = false;
  button.setAttribute('aria-expanded', 'true');
  menuOpen = true;
  const first = list.querySelector('a, button');
  if (first) first.focus();
}

function closeMenu(returnFocus) {
  const button = document.querySelector('.user-menu-button');
  const list = document.getElementById('user-menu-list');
  menuOpen = false;
  if (list) list.hidden = true;
  if (button) {
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  }
}

function logOut() {
  clearSession();
  forgetServerCart();
  queueToast('You have been logged out.', 'info');
  if (options.requiresAuth) window.location.assign('/index.html');
  else window.location.reload();
}

function updateCount() {
  if (!countNode) return;
  const count = cartCount();
  countNode.textContent = String(count);
  countNode.dataset.count = String(count);
}
