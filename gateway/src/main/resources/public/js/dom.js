// Small DOM helpers: every piece of user text goes in as text, never as markup.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Inserts HTML the API has already sanitized (bodyHtml, contentHtml) — and nothing else. */
export function sanitizedHtml(tag, className, html) {
  const node = document.createElement(tag);
  node.className = className;
  node.innerHTML = html;
  return node;
}

export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
}

export function isWebUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

export function show(node, text) {
  node.textContent = text;
  node.hidden = !text;
}

export function pager(container, page, totalPages, go) {
  container.replaceChildren();
  if (!totalPages || totalPages <= 1) return;
  if (page > 1) container.append(el('a', { href: go(page - 1), rel: 'prev' }, '← Newer'));
  container.append(el('span', { class: 'page-of' }, `Page ${page} of ${totalPages}`));
  if (page < totalPages) container.append(el('a', { href: go(page + 1), rel: 'next' }, 'Older →'));
}

export async function requestJson(method, path, { body, token } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  let data = null;
  const text = await response.text();
  if (text) {
    try { data = JSON.parse(text); } catch { data = null; }
  }
  return { status: response.status, data, headers: response.headers };
}
