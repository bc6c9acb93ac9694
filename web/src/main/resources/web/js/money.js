// Money is an integer amount in the currency's minor unit + an ISO 4217 code (API.md).
// No floating point arithmetic: conversions are done on decimal strings.

export const DEFAULT_CURRENCY = 'USD';

const digitsCache = new Map();
const formatCache = new Map();

function validCurrency(currency) {
  return typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency) ? currency.toUpperCase() : DEFAULT_CURRENCY;
}

/** Number of minor-unit digits for a currency (USD 2, JPY 0, KWD 3). */
export function fractionDigits(currency) {
  const code = validCurrency(currency);
  if (!digitsCache.has(code)) {
    let digits = 2;
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
    } catch {
      digits = 2;
    }
    digitsCache.set(code, digits);
  }
  return digitsCache.get(code);
}

function formatter(currency) {
  const code = validCurrency(currency);
  if (!formatCache.has(code)) {
    const digits = fractionDigits(code);
    formatCache.set(
      code,
      new Intl.NumberFormat(undefined, {
        style: 'currency',
        currency: code,
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
    );
  }
  return formatCache.get(code);
}

/** Integer minor units → plain decimal string in major units ("1250", USD → "12.50"). */
export function minorToDecimalString(minor, currency) {
  const digits = fractionDigits(currency);
  let text;
  if (typeof minor === 'bigint') text = minor.toString();
  else if (Number.isSafeInteger(minor)) text = String(minor);
  else if (typeof minor === 'string' && /^-?\d+$/.test(minor)) text = minor;
  else return '';
  const negative = text.startsWith('-');
  let digitsText = negative ? text.slice(1) : text;
  if (digits === 0) return (negative ? '-' : '') + digitsText;
  digitsText = digitsText.padStart(digits + 1, '0');
  const whole = digitsText.slice(0, -digits);
  const frac = digitsText.slice(-digits);
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/**
 * Format integer minor units for display, e.g. formatMoney(1250, 'USD') → "$12.50".
 * The decimal string is handed to Intl.NumberFormat (which accepts strings), so no
 * division is ever done on the amount.
 */
export function formatMoney(minor, currency = DEFAULT_CURRENCY) {
  const decimal = minorToDecimalString(minor, currency);
  if (decimal === '') return '—';
  return formatter(currency).format(decimal);
}

/**
 * Parse a decimal string typed by a person ("12.5", "1,250.00", "12") into integer minor
 * units with string arithmetic. Returns {ok: true, value} or {ok: false, message}.
 */
export function parseDecimalToMinor(input, currency = DEFAULT_CURRENCY) {
  const digits = fractionDigits(currency);
  const text = String(input ?? '').trim().replace(/[\s,_]/g, '');
  if (text === '') return { ok: false, message: 'Enter a price.' };
  const match = /^(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[1] === '' && (match[2] === undefined || match[2] === ''))) {
    return { ok: false, message: 'Enter the price as a number, for example 12.50.' };
  }
  const whole = match[1] || '0';
  const frac = match[2] || '';
  if (frac.length > digits) {
    return {
      ok: false,
      message: digits === 0 ? `${validCurrency(currency)} prices have no decimals.` : `Use at most ${digits} decimals.`,
    };
  }
  const minorText = (whole + frac.padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
  const value = Number(minorText);
  if (!Number.isSafeInteger(value)) return { ok: false, message: 'That price is too large.' };
  return { ok: true, value };
}
