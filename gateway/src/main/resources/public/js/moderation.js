import { el, formatDate, pager, requestJson, sanitizedHtml, show } from './dom.js';

const STATUSES = ['pending', 'approved', 'spam', 'trash'];
const ACTIONS = [['approve', 'approved', 'Approve'], ['spam', 'spam', 'Spam'], ['trash', 'trash', 'Trash']];
const state = { status: 'pending', page: 1, article: '' };
const token = () => sessionStorage.getItem('moderation.token');

function signedOut(text) {
  sessionStorage.removeItem('moderation.token');
  document.getElementById('queue').hidden = true;
  document.getElementById('sign-out').hidden = true;
  document.getElementById('sign-in').hidden = false;
  show(document.getElementById('login-message'), text || '');
}

async function call(method, path, body) {
  const result = await requestJson(method, path, { body, token: token() });
  if (result.status === 401) {
    signedOut('Your session has ended. Please sign in again.');
    throw new Error('signed out');
  }
  return result;
}

async function renderTabs() {
  let counts = null;
  try {
    const result = await call('GET', '/api/moderation/counts');
    if (result.status === 200) counts = result.data;
  } catch {
    counts = null;
  }
  document.getElementById('status-tabs').replaceChildren(...STATUSES.map((status) => {
    const label = status[0].toUpperCase() + status.slice(1);
    const count = counts && Number.isInteger(counts[status]) ? ` (${counts[status]})` : '';
    return el('button', { type: 'button', class: 'tab', 'aria-pressed': String(state.status === status), dataset: { status } },
      `${label}${count}`);
  }));
}

function item(comment) {
  const actions = el('div', { class: 'actions' },
    ...ACTIONS.filter(([, status]) => status !== comment.status).map(([name, status, label]) =>
      el('button', { type: 'button', class: name, dataset: { id: comment.id, status } }, label)),
    el('button', { type: 'button', class: 'delete', dataset: { id: comment.id } }, 'Delete'));
  return el('li', { class: 'mod-item', dataset: { id: comment.id } },
    el('p', { class: 'comment-meta' },
      el('strong', {}, comment.authorName), ' · ', el('span', { class: 'email' }, comment.authorEmail), ' · ',
      el('span', { class: 'ip' }, comment.authorIp || 'unknown IP'), ' · ',
      el('time', { datetime: comment.createdAt }, formatDate(comment.createdAt))),
    el('p', { class: 'meta' }, 'On ', comment.articleSlug
      ? el('a', { href: `/articles/${encodeURIComponent(comment.articleSlug)}` }, comment.articleSlug) : 'an article',
      comment.parentId ? ' (a reply)' : ''),
    el('p', { class: 'meta user-agent' }, comment.userAgent || ''),
    sanitizedHtml('div', 'comment-content', comment.contentHtml || ''),
    actions);
}

async function renderQueue() {
  const query = new URLSearchParams({ status: state.status, page: state.page });
  if (state.article) query.set('article', state.article);
  const note = document.getElementById('queue-message');
  const result = await call('GET', `/api/moderation/comments?${query}`);
  if (result.status !== 200 || !result.data) {
    show(note, result.status === 403 ? 'Your account cannot moderate comments.' : 'The queue could not be loaded right now.');
    return;
  }
  const { items, page, totalPages } = result.data;
  show(note, items.length ? '' : `No ${state.status} comments.`);
  document.getElementById('mod-list').replaceChildren(...items.map(item));
  pager(document.getElementById('mod-pager'), page, totalPages, (n) => `#page-${n}`);
}

async function refresh() {
  try {
    await Promise.all([renderTabs(), renderQueue()]);
  } catch {
    // signed out already
  }
}

function signedIn() {
  document.getElementById('sign-in').hidden = true;
  document.getElementById('queue').hidden = false;
  document.getElementById('sign-out').hidden = false;
  refresh();
}

document.getElementById('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const username = document.getElementById('username').value;
  const password = document.getElementById('password').value;
  const messageNode = document.getElementById('login-message');
  try {
    const { status, data } = await requestJson('POST', '/api/login', { body: { username, password } });
    if (status === 200 && data && data.access_token) {
      sessionStorage.setItem('moderation.token', data.access_token);
      document.getElementById('password').value = '';
      show(messageNode, '');
      signedIn();
    } else {
      show(messageNode, status === 429 ? 'Too many attempts. Please wait a moment.' : 'Wrong username or password.');
    }
  } catch {
    show(messageNode, 'The service is unavailable right now. Please try again shortly.');
  }
});

document.getElementById('sign-out').addEventListener('click', () => signedOut('You are signed out.'));

document.getElementById('status-tabs').addEventListener('click', (event) => {
  const tab = event.target.closest('.tab');
  if (!tab) return;
  state.status = tab.dataset.status;
  state.page = 1;
  refresh();
});

document.getElementById('filter-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.article = document.getElementById('article-filter').value.trim();
  state.page = 1;
  refresh();
});

document.getElementById('mod-pager').addEventListener('click', (event) => {
  const link = event.target.closest('a');
  if (!link) return;
  event.preventDefault();
  state.page = parseInt(link.getAttribute('href').replace('#page-', ''), 10) || 1;
  refresh();
});

document.getElementById('mod-list').addEventListener('click', async (event) => {
  const button = event.target.closest('button');
  if (!button) return;
  const { id, status } = button.dataset;
  const note = document.getElementById('queue-message');
  try {
    let result;
    if (button.classList.contains('delete')) {
      if (!window.confirm('Delete this comment for good? Its replies move up to its parent.')) return;
      result = await call('DELETE', `/api/moderation/comments/${encodeURIComponent(id)}`);
    } else {
      result = await call('PATCH', `/api/moderation/comments/${encodeURIComponent(id)}`, { status });
    }
    show(note, result.status < 300 ? '' : 'That did not work; the comment may be gone. The queue is reloaded.');
    await refresh();
  } catch {
    // signed out already
  }
});

if (token()) signedIn();
