// Small DOM helpers: every piece of user text goes in as text, never as markup.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (/^on/i.test(name)) throw new Error(`event handler attributes are not allowed: ${name}`);
    if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Inserts HTML the API has already sanitized (bodyHtml, contentHtml) — and nothing else; its direction is the text's own. */
export function sanitizedHtml(tag, className, html) {
  const node = document.createElement(tag);
  node.className = className;
  node.dir = 'auto';
  node.innerHTML = typeof html === 'string' ? html : '';
  return node;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December'];
const twoDigits = (n) => String(n).padStart(2, '0');

/** "November 29, 2026" or "November 29, 2026 at 15:07 UTC": what the server writes (pages/Dates.java), whatever the reader's zone. */
export function formatDate(iso, withTime = false) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const day = `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  return withTime ? `${day} at ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())} UTC` : day;
}

export function time(iso, withTime = false) {
  return el('time', { datetime: iso || null }, formatDate(iso, withTime));
}

export function isWebUrl(url) {
  return typeof url === 'string' && /^https?:\/\/[^\s]/i.test(url);
}

/** Sets a message node's text and shows it, or hides it when the text is empty. */
export function show(node, text) {
  node.textContent = text || '';
  node.hidden = !text;
}

export function pager(container, page, totalPages, href, labels = ['← Newer', 'Older →']) {
  container.replaceChildren();
  container.hidden = !totalPages || totalPages <= 1;
  if (container.hidden) return;
  if (page > 1) container.append(el('a', { href: href(page - 1), rel: 'prev', class: 'prev' }, labels[0]));
  container.append(el('span', { class: 'page-of' }, `Page ${page} of ${totalPages}`));
  if (page < totalPages) container.append(el('a', { href: href(page + 1), rel: 'next', class: 'next' }, labels[1]));
}

/** "45 seconds", "15 minutes": how long Retry-After asks to wait, in words. */
export function waitInWords(seconds, unknown = 'a moment') {
  if (!seconds) return unknown;
  if (seconds < 90) return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  return `${Math.ceil(seconds / 60)} minutes`;
}

/** The words for a 429: how long its Retry-After asks to wait. */
export function tooManyRequests(headers) {
  return `Too many requests from your address. Please wait ${waitInWords(retryAfterSeconds(headers))} and try again.`;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date), or null when absent. */
export function retryAfterSeconds(headers) {
  const value = (headers && headers.get('Retry-After')) || '';
  if (/^\d+$/.test(value.trim())) return Math.max(1, parseInt(value, 10));
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}

export async function requestJson(method, path, { body, token } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, {
    method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = null;
  const text = await response.text();
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  return { status: response.status, data, headers: response.headers };
}

// Storage can be switched off or full; remembering is a convenience, never a failure.
export function recall(storage, key) {
  try { return storage.getItem(key) || ''; } catch { return ''; }
}

export function remember(storage, key, value) {
  try {
    if (value) storage.setItem(key, value);
    else storage.removeItem(key);
  } catch { /* not remembered */ }
}
