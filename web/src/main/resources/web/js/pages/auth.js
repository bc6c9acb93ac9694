// Log in / register. Client-side checks mirror the server; server field errors are shown next to
// the matching fields. On success the token is stored and the browser goes back to ?return=.
import { initNav } from '../nav.js';
import { api } from '../api.js';
import { el, replace, $, setBusy, setFormDisabled, param } from '../dom.js';
import { setSession, verifySession, clearSession, safeReturnPath } from '../session.js';
import { mergeGuestCart, forgetServerCart } from '../cart-store.js';
import { queueToast } from '../toast.js';

const returnPath = safeReturnPath(param('return'));
const panels = { login: $('#login-panel'), register: $('#register-panel') };
const forms = { login: $('#login-form'), register: $('#register-form') };
const errorBoxes = { login: $('#login-error'), register: $('#register-error') };
const fields = {
  login: { email: $('#login-email'), password: $('#login-password') },
  register: { name: $('#register-name'), email: $('#register-email'), password: $('#register-password') },
};
const submitButtons = { login: $('#login-submit'), register: $('#register-submit') };

initNav({ active: 'auth' });

if (returnPath === '/checkout.html') {
  $('#login-intro').textContent = 'Log in to finish checking out. Your cart is kept.';
}

// ---------- mode switching ----------
function showMode(mode, { focus = false } = {}) {
  const other = mode === 'login' ? 'register' : 'login';
  panels[mode].hidden = false;
  panels[other].hidden = true;
  document.title = `${mode === 'login' ? 'Log in' : 'Create an account'} · Cloud Store`;
  const url = new URL(window.location.href);
  if (mode === 'register') url.searchParams.set('mode', 'register');
  else url.searchParams.delete('mode');
  window.history.replaceState(null, '', url.pathname + url.search);
  if (focus) Object.values(fields[mode])[0].focus();
}

$('#show-register').addEventListener('click', () => showMode('register', { focus: true }));
$('#show-login').addEventListener('click', () => showMode('login', { focus: true }));
showMode(param('mode') === 'register' ? 'register' : 'login');

// ---------- already signed in? ----------
verifySession()
  .then((user) => {
    if (!user) return;
    $('#signed-in-name').textContent = user.name || user.email || 'your account';
    $('#continue-link').href = returnPath;
    $('#signed-in-note').hidden = false;
  })
  .catch(() => {});

$('#switch-account').addEventListener('click', () => {
  clearSession();
  forgetServerCart();
  $('#signed-in-note').hidden = true;
  Object.values(fields.login)[0].focus();
});

// ---------- validation (mirrors the server) ----------
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const encoder = new TextEncoder();

function validateName(value) {
  const length = Array.from(value.trim()).length;
  if (length === 0) return 'Enter your name.';
  if (length > 100) return 'Use at most 100 characters.';
  return '';
}

function validateEmail(value) {
  const email = value.trim();
  if (!email) return 'Enter your email address.';
  if (email.length > 254 || !EMAIL_SHAPE.test(email)) return 'Enter an email address like name@example.com.';
  return '';
}

function validatePassword(value, { registering }) {
  if (!value) return 'Enter your password.';
  if (!registering) return '';
  const bytes = encoder.encode(value).length;
  if (bytes < 8) return 'Use at least 8 characters.';
  if (bytes > 72) return 'That password is too long (at most 72 bytes; some characters count as more than one).';
  return '';
}

function validate(mode) {
  const f = fields[mode];
  const errors = {};
  if (mode === 'register') errors.name = validateName(f.name.value);
  errors.email = validateEmail(f.email.value);
  errors.password = validatePassword(f.password.value, { registering: mode === 'register' });
  return errors;
}

function setFieldError(input, message) {
  const box = document.getElementById(`${input.id}-error`);
  if (box) box.textContent = message || '';
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function clearErrors(mode) {
  for (const input of Object.values(fields[mode])) setFieldError(input, '');
  errorBoxes[mode].hidden = true;
  replace(errorBoxes[mode]);
}

function showFormError(mode, message, extra = []) {
  const box = errorBoxes[mode];
  replace(box, el('p', { text: message }), extra.length ? el('ul', {}, extra.map((text) => el('li', { text }))) : null);
  box.hidden = false;
}

/** Map a server field name ("email", "user.email", "body.password") to one of our inputs. */
function inputForField(mode, field) {
  const key = String(field || '').split(/[.[\]]/).filter(Boolean).pop();
  return key ? fields[mode][key] : undefined;
}

// Re-validate a field as the user fixes it (only once it has been flagged).
for (const mode of ['login', 'register']) {
  for (const [key, input] of Object.entries(fields[mode])) {
    input.addEventListener('input', () => {
      if (input.getAttribute('aria-invalid') !== 'true') return;
      const message = validate(mode)[key];
      setFieldError(input, message);
    });
  }
  forms[mode].addEventListener('submit', (event) => {
    event.preventDefault();
    submit(mode);
  });
}

let inFlight = false;

async function submit(mode) {
  if (inFlight) return;
  clearErrors(mode);
  const errors = validate(mode);
  let firstInvalid = null;
  for (const [key, message] of Object.entries(errors)) {
    if (!message) continue;
    setFieldError(fields[mode][key], message);
    if (!firstInvalid) firstInvalid = fields[mode][key];
  }
  if (firstInvalid) {
    firstInvalid.focus();
    return;
  }

  const f = fields[mode];
  const body =
    mode === 'login'
      ? { email: f.email.value.trim(), password: f.password.value }
      : { name: f.name.value.trim(), email: f.email.value.trim(), password: f.password.value };

  inFlight = true;
  setFormDisabled(forms[mode], true);
  setBusy(submitButtons[mode], true, mode === 'login' ? 'Logging in…' : 'Creating account…');
  try {
    const data = await api(mode === 'login' ? '/api/auth/login' : '/api/auth/register', { method: 'POST', body });
    if (!data || typeof data.token !== 'string' || !data.token) throw new Error('The server sent an unexpected answer. Please try again.');
    await onSignedIn(mode, data);
  } catch (err) {
    inFlight = false;
    setFormDisabled(forms[mode], false);
    setBusy(submitButtons[mode], false);
    showServerError(mode, err);
  }
}

function showServerError(mode, err) {
  const unmatched = [];
  let firstInvalid = null;
  for (const { field, message } of err.errors || []) {
    const input = inputForField(mode, field);
    if (input) {
      setFieldError(input, message);
      if (!firstInvalid) firstInvalid = input;
    } else if (message) {
      unmatched.push(field ? `${field}: ${message}` : message);
    }
  }
  if (mode === 'register' && err.status === 409 && !firstInvalid) {
    setFieldError(fields.register.email, err.message || 'An account with this email already exists.');
    firstInvalid = fields.register.email;
  }
  let message = err.message || 'Something went wrong. Please try again.';
  if (err.status === 401 && mode === 'login') message = err.detail || 'The email or password is incorrect.';
  if (err.status === 429 && err.retryAfter) message = `${message} You can try again in ${err.retryAfter} seconds.`;
  if (!firstInvalid || unmatched.length || err.status !== 422) showFormError(mode, message, unmatched);
  if (firstInvalid) {
    firstInvalid.focus();
  } else {
    errorBoxes[mode].setAttribute('tabindex', '-1');
    errorBoxes[mode].focus();
  }
}

async function onSignedIn(mode, data) {
  setSession(data.token, data.user || null);
  forgetServerCart();
  try {
    const merged = await mergeGuestCart();
    if (merged) queueToast('The items from your guest cart were added to your cart.', 'info');
  } catch (err) {
    if (!err.redirecting) queueToast('We couldn’t move your guest cart to your account yet; we will try again.', 'error');
  }
  const name = data.user && data.user.name ? data.user.name : '';
  queueToast(mode === 'login' ? `Welcome back${name ? `, ${name}` : ''}.` : `Welcome to Cloud Store${name ? `, ${name}` : ''}!`, 'success');
  window.location.replace(returnPath);
}
