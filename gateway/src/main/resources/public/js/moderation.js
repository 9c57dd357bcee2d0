import { el, pager, requestJson, retryAfterSeconds, sanitizedHtml, show, time, tooManyRequests, waitInWords } from './dom.js';

const STATUSES = { pending: 'Pending', approved: 'Approved', spam: 'Spam', trash: 'Trash' };
// button class → [status it sets, label]
const ACTIONS = { approve: ['approved', 'Approve'], spam: ['spam', 'Spam'], trash: ['trash', 'Trash'] };
// the way back to the queue, named as moderators know it from the tab they are on
const RESTORE = { approved: 'Unapprove', spam: 'Not spam', trash: 'Restore' };
const DONE = { approved: 'approved', pending: 'moved to pending', spam: 'marked as spam', trash: 'moved to trash' };
const UNAVAILABLE = 'The service is unavailable right now. Please try again shortly.';
const TOKEN = 'moderation.token';
const USER = 'moderation.user';
const PAGE_SIZE = 50;

const byId = (id) => document.getElementById(id);
const state = { status: 'pending', page: 1, article: '' };
const token = () => sessionStorage.getItem(TOKEN);

function signedOut(text) {
  sessionStorage.removeItem(TOKEN);
  sessionStorage.removeItem(USER);
  byId('queue').hidden = true;
  byId('sign-out').hidden = true;
  byId('signed-in-as').hidden = true;
  byId('mod-list').replaceChildren();
  byId('sign-in').hidden = false;
  show(byId('login-message'), text);
  byId('username').focus();
}

/** Calls the API with the moderator's token; a 401 sends them back to the sign-in form. */
async function call(method, path, body) {
  let result;
  try {
    result = await requestJson(method, path, { body, token: token() });
  } catch {
    return { status: 0, data: null };
  }
  if (result.status === 401 && token()) signedOut('Your session has ended. Please sign in again.');
  return result;
}

async function renderTabs() {
  const result = await call('GET', '/api/moderation/counts');
  const counts = result.status === 200 && result.data ? result.data : {};
  byId('status-tabs').replaceChildren(...Object.entries(STATUSES).map(([status, label]) =>
    el('button', {
      type: 'button', class: 'tab', 'aria-pressed': String(state.status === status), dataset: { status },
    }, label, Number.isInteger(counts[status]) ? el('span', { class: 'count' }, ` (${counts[status]})`) : null)));
}

function actionButton(className, status, label, comment) {
  return el('button', {
    type: 'button', class: className, dataset: { status }, 'aria-describedby': `mod-title-${comment.id}`,
  }, label);
}

function detail(name, className, ...value) {
  return [el('dt', {}, name), el('dd', { class: className }, ...value)];
}

function item(comment) {
  const status = comment.status || state.status;
  const actions = el('div', { class: 'actions', role: 'group', 'aria-label': 'Actions' },
    RESTORE[status] ? actionButton('restore', 'pending', RESTORE[status], comment) : null,
    ...Object.entries(ACTIONS).filter(([, [target]]) => target !== status)
      .map(([className, [target, label]]) => actionButton(className, target, label, comment)),
    actionButton('delete', '', 'Delete', comment));
  const article = comment.articleSlug
    ? el('a', { href: `/articles/${encodeURIComponent(comment.articleSlug)}` }, comment.articleSlug)
    : 'unknown article';
  return el('li', { class: 'mod-item', dataset: { id: comment.id, status } },
    el('h3', { id: `mod-title-${comment.id}`, class: 'mod-title' }, el('bdi', {}, comment.authorName || 'Anonymous'),
      el('span', { class: 'meta' }, comment.parentId ? ' · reply' : '')),
    el('dl', { class: 'mod-details' },
      ...detail('Article', 'article', article),
      ...detail('Email', 'email', comment.authorEmail || ''),
      ...(comment.authorUrl ? detail('Website', 'website', comment.authorUrl) : []),
      ...detail('IP', 'ip', comment.authorIp || 'unknown'),
      ...detail('User agent', 'user-agent', comment.userAgent || 'unknown'),
      ...detail('Date', 'date', time(comment.createdAt, true))),
    sanitizedHtml('div', 'comment-content', comment.contentHtml),
    actions);
}

async function renderQueue() {
  const query = new URLSearchParams({ status: state.status, page: state.page, size: PAGE_SIZE });
  if (state.article) query.set('article', state.article);
  const list = byId('mod-list');
  const note = byId('queue-message');
  byId('queue-title').textContent = `${STATUSES[state.status]} comments${state.article ? ` on ${state.article}` : ''}`;
  list.setAttribute('aria-busy', 'true');
  const result = await call('GET', `/api/moderation/comments?${query}`);
  list.setAttribute('aria-busy', 'false');
  if (result.status === 401) return;
  if (result.status !== 200 || !result.data || !Array.isArray(result.data.items)) {
    list.replaceChildren();
    show(note, {
      400: 'That article filter is not valid. Use the slug from the article’s address.',
      403: 'Your account cannot moderate comments.',
      429: tooManyRequests(result.headers),
    }[result.status] || 'The queue could not be loaded right now. Please try again shortly.');
    return;
  }
  const { items, totalPages } = result.data;
  if (!items.length && state.page > 1) {
    state.page = Math.max(1, Math.min(state.page - 1, totalPages || 1));
    await renderQueue();
    return;
  }
  if (!items.length) show(note, `No ${STATUSES[state.status].toLowerCase()} comments.`);
  list.replaceChildren(...items.map(item));
  pager(byId('mod-pager'), state.page, totalPages, (n) => `#page-${n}`, ['← Previous', 'Next →']);
}

async function refresh() {
  await Promise.all([renderTabs(), renderQueue()]);
}

function signedIn(focus) {
  byId('sign-in').hidden = true;
  byId('queue').hidden = false;
  byId('sign-out').hidden = false;
  const user = sessionStorage.getItem(USER);
  show(byId('signed-in-as'), user ? `Signed in as ${user}` : '');
  refresh().then(() => { if (focus && !byId('queue').hidden) byId('queue-title').focus(); });
}

function loginProblem(status, headers) {
  if (status === 400 || status === 401) return 'Wrong username or password.';
  if (status === 429) {
    return `Too many failed sign-in attempts. Please try again in ${waitInWords(retryAfterSeconds(headers))}.`;
  }
  return UNAVAILABLE;
}

byId('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const messageNode = byId('login-message');
  const password = byId('password');
  const body = { username: byId('username').value.trim(), password: password.value };
  if (!body.username || !body.password) {
    show(messageNode, 'Please enter your username and password.');
    messageNode.focus();
    return;
  }
  const button = byId('login');
  button.disabled = true;
  let result;
  try {
    result = await requestJson('POST', '/api/login', { body });
  } catch {
    result = { status: 0 };
  } finally {
    button.disabled = false;
    password.value = ''; // whatever the answer: a refused password must not stay for the next one to be typed onto
  }
  const { status, data, headers } = result;
  if (status === 200 && data && data.access_token) {
    if (!Array.isArray(data.roles) || !data.roles.includes('MODERATOR')) {
      show(messageNode, 'This account cannot moderate comments.');
      messageNode.focus();
      return;
    }
    sessionStorage.setItem(TOKEN, data.access_token);
    sessionStorage.setItem(USER, data.username || body.username);
    show(messageNode, '');
    signedIn(true);
    return;
  }
  show(messageNode, loginProblem(status, headers));
  messageNode.focus();
});

byId('sign-out').addEventListener('click', () => signedOut('You are signed out.'));

byId('status-tabs').addEventListener('click', async (event) => {
  const tab = event.target.closest('.tab');
  if (!tab) return;
  state.status = tab.dataset.status;
  state.page = 1;
  show(byId('queue-message'), '');
  await refresh();
  byId('status-tabs').querySelector(`.tab[data-status="${state.status}"]`)?.focus();
});

function filterBy(article) {
  state.article = article;
  state.page = 1;
  byId('article-filter').value = article;
  byId('clear-filter').hidden = !article;
  show(byId('queue-message'), '');
  return refresh();
}

byId('filter-form').addEventListener('submit', (event) => {
  event.preventDefault();
  filterBy(byId('article-filter').value.trim().toLowerCase());
});

byId('clear-filter').addEventListener('click', async () => {
  await filterBy('');
  byId('article-filter').focus();
});

byId('mod-pager').addEventListener('click', async (event) => {
  const link = event.target.closest('a');
  if (!link) return;
  event.preventDefault();
  state.page = parseInt(link.getAttribute('href').replace('#page-', ''), 10) || 1;
  show(byId('queue-message'), '');
  await refresh();
  byId('queue-title').focus();
});

async function act(button) {
  const entry = button.closest('.mod-item');
  const { id } = entry.dataset;
  const deleting = button.classList.contains('delete');
  if (deleting && !window.confirm('Delete this comment for good? Its replies move up to its parent.')) return;
  const position = [...byId('mod-list').children].indexOf(entry);
  entry.querySelectorAll('button').forEach((each) => { each.disabled = true; });
  const path = `/api/moderation/comments/${encodeURIComponent(id)}`;
  const result = deleting ? await call('DELETE', path) : await call('PATCH', path, { status: button.dataset.status });
  if (result.status === 401) return;
  const note = byId('queue-message');
  let done;
  if (result.status === 200 || result.status === 204) {
    done = `Comment ${deleting ? 'deleted' : DONE[button.dataset.status]}.`;
  } else if (result.status === 404) {
    done = 'That comment no longer exists.';
  } else {
    show(note, result.status === 429 ? tooManyRequests(result.headers)
      : result.status === 0 || result.status >= 500 ? UNAVAILABLE : 'That did not work. Please try again.');
    entry.querySelectorAll('button').forEach((each) => { each.disabled = false; });
    return;
  }
  show(note, '');
  await refresh();
  if (byId('queue').hidden) return;
  show(note, [done, note.textContent].filter(Boolean).join(' '));
  // keep the moderator's place: the next comment in the list, else the list's heading
  const items = byId('mod-list').children;
  const next = items[Math.min(position, items.length - 1)];
  (next ? next.querySelector('.actions button') : byId('queue-title')).focus();
}

byId('mod-list').addEventListener('click', (event) => {
  const button = event.target.closest('.actions button');
  if (button) act(button);
});

if (token()) signedIn(false);
else byId('sign-in').hidden = false;
