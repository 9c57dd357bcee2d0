import { el, formatDate, pager, show, time, tooManyRequests } from './dom.js';
import { UNAVAILABLE, call, session, signIn, waitText } from './editor-session.js';
import { copiesOf, copyKey, dropCopy, loadCopy, saveCopy } from './editor-copies.js';
import {
  clearErrors, differences, fillForm, missingFields, readForm, schedulePreview, showFieldErrors, showMode, stopPreview,
} from './editor-form.js';

const PAGE_SIZE = 20;
const COPY_DELAY_MS = 300;
const LISTS = { draft: 'Drafts', published: 'Published articles' };
const DONE = {
  created: { draft: 'Draft saved.', published: 'Published.' },
  updated: { draft: 'Draft saved.', published: 'Saved: readers see the new version.' },
  switched: { draft: 'Unpublished: it is a draft again and readers no longer see it.', published: 'Published.' },
};

const byId = (id) => document.getElementById(id);
const state = {
  list: 'draft', page: 1, q: '',
  article: null, // the article as last loaded or saved; null while writing a new one
  version: null, // the version the edits build on, sent with every save
  dirty: false,
  server: null, // the server's version after a conflict
  saving: false,
  notice: '', // said once above the list, e.g. that an article was deleted
  retries: new Map(), // what to do once the editor has signed in again, by what it is
};
let copyTimer = null;

function articlePath(slug) {
  return `/api/articles/${encodeURIComponent(slug)}`;
}

function currentCopyKey() {
  return copyKey(session.user(), state.article ? state.article.slug : null);
}

function formMessage(text, { success = false, focus = true } = {}) {
  const node = byId('form-message');
  show(node, text);
  node.classList.toggle('success', success);
  if (text && focus) node.focus();
}

// ——— signing in and out ———

function showOnly(panel) {
  for (const id of ['sign-in', 'article-list-panel', 'editor-panel']) byId(id).hidden = id !== panel;
  const signedIn = panel !== 'sign-in';
  byId('sign-out').hidden = !signedIn;
  show(byId('signed-in-as'), signedIn ? `Signed in as ${session.user()}` : '');
}

function signedOut(text) {
  session.clear();
  showOnly('sign-in');
  show(byId('login-message'), text);
  (text ? byId('login-message') : byId('username')).focus();
}

byId('login-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const password = byId('password');
  const button = byId('login');
  button.disabled = true;
  const outcome = await signIn(byId('username').value.trim(), password.value);
  button.disabled = false;
  password.value = '';
  if (!outcome.ok) {
    show(byId('login-message'), outcome.message);
    byId('login-message').focus();
    return;
  }
  show(byId('login-message'), '');
  route(true);
});

byId('sign-out').addEventListener('click', () => {
  if (state.dirty) saveCopyNow();
  state.dirty = false;
  signedOut('You are signed out. Unsaved changes are kept on this device until you come back.');
});

/** A token that expired mid-edit: sign in again in place, then carry on with what was being done. */
function askToSignInAgain(what, retry) {
  state.retries.set(what, retry);
  session.expire();
  if (!byId('reauth').hidden) return;
  byId('reauth-username').value = session.user();
  show(byId('reauth-message'), '');
  byId('reauth').hidden = false;
  byId('reauth-title').focus();
}

byId('reauth-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const password = byId('reauth-password');
  const outcome = await signIn(byId('reauth-username').value.trim(), password.value);
  password.value = '';
  if (!outcome.ok) {
    show(byId('reauth-message'), outcome.message);
    byId('reauth-message').focus();
    return;
  }
  byId('reauth').hidden = true;
  show(byId('signed-in-as'), `Signed in as ${session.user()}`);
  const retries = [...state.retries.values()];
  state.retries.clear();
  retries.forEach((retry) => retry());
});

// ——— the list of articles ———

function listItem(article) {
  const published = article.status === 'published' || state.list === 'published';
  return el('li', { class: 'editor-item', dataset: { slug: article.slug } },
    el('h3', { dir: 'auto' }, el('a', { href: `#edit/${encodeURIComponent(article.slug)}`, class: 'edit-link' }, article.title || article.slug)),
    el('p', { class: 'meta' },
      published ? 'Published ' : 'Draft, last saved ', time(published ? article.publishedAt : article.updatedAt, true),
      article.commentStatus === 'closed' ? ' · comments closed' : '',
      published ? ' · ' : '',
      published ? el('a', { href: `/articles/${encodeURIComponent(article.slug)}`, class: 'view-link' }, 'View') : null),
    article.excerpt ? el('p', { class: 'excerpt', dir: 'auto' }, article.excerpt) : null);
}

function showUnsavedCopies() {
  const copies = copiesOf(session.user());
  const node = byId('unsaved-copies');
  node.replaceChildren(...(copies.length ? [el('p', {}, 'You have unsaved changes:'), el('ul', {}, ...copies.map((copy) =>
    el('li', {}, el('a', { href: copy.slug ? `#edit/${encodeURIComponent(copy.slug)}` : '#new' },
      copy.title ? el('bdi', {}, copy.title) : (copy.slug || 'a new article')),
    copy.savedAt ? ` (${formatDate(copy.savedAt, true)})` : '')))] : []));
  node.hidden = !copies.length;
}

async function renderList(focus) {
  showOnly('article-list-panel');
  showUnsavedCopies();
  const list = byId('article-list');
  const note = byId('list-message');
  byId('list-title').textContent = state.q ? `${LISTS[state.list]} matching “${state.q}”` : LISTS[state.list];
  byId('search').value = state.q;
  byId('clear-search').hidden = !state.q;
  byId('list-tabs').querySelectorAll('.tab').forEach((tab) => tab.setAttribute('aria-pressed', String(tab.dataset.list === state.list)));
  const query = new URLSearchParams({ page: state.page, size: PAGE_SIZE });
  if (state.list === 'draft') query.set('status', 'draft');
  if (state.q) query.set('q', state.q);
  list.setAttribute('aria-busy', 'true');
  const result = await call('GET', `/api/articles?${query}`);
  list.setAttribute('aria-busy', 'false');
  if (result.status === 401) {
    signedOut('Your session has ended. Please sign in again.');
    return;
  }
  if (result.status !== 200 || !result.data || !Array.isArray(result.data.items)) {
    list.replaceChildren();
    show(note, result.status === 403 ? 'Your account cannot edit articles.'
      : result.status === 429 ? tooManyRequests(result.headers) : 'The articles could not be loaded right now. Please try again shortly.');
    return;
  }
  const { items, totalPages } = result.data;
  if (!items.length && state.page > 1 && totalPages) {
    state.page = totalPages;
    await renderList(focus);
    return;
  }
  const empty = state.q ? 'No articles match.' : `No ${state.list === 'draft' ? 'drafts' : 'published articles'} yet.`;
  show(note, [state.notice, items.length ? '' : empty].filter(Boolean).join(' '));
  state.notice = '';
  list.replaceChildren(...items.map(listItem));
  pager(byId('list-pager'), state.page, totalPages, (n) => `#page-${n}`, ['← Previous', 'Next →']);
  if (focus) byId('list-title').focus();
}

function listNote(text) {
  state.notice = text;
  show(byId('list-message'), text);
}

byId('list-tabs').addEventListener('click', (event) => {
  const tab = event.target.closest('.tab');
  if (!tab) return;
  state.list = tab.dataset.list;
  state.page = 1;
  renderList(false).then(() => tab.focus());
});

byId('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.q = byId('search').value.trim();
  state.page = 1;
  renderList(true);
});

byId('clear-search').addEventListener('click', () => {
  state.q = '';
  state.page = 1;
  renderList(false).then(() => byId('search').focus());
});

byId('list-pager').addEventListener('click', (event) => {
  const link = event.target.closest('a');
  if (!link) return;
  event.preventDefault();
  state.page = parseInt(link.getAttribute('href').replace('#page-', ''), 10) || 1;
  renderList(true);
});

// ——— the writing form ———

function hideNotices() {
  for (const id of ['reauth', 'conflict', 'my-copy', 'restored', 'delete-confirm']) byId(id).hidden = true;
  formMessage('');
  clearErrors();
}

/** Opens the form on an article (or a new one), with the unsaved copy of it, if any, put back. */
function openForm(article) {
  state.article = article;
  state.version = article ? article.version : null;
  state.server = null;
  state.retries.clear();
  showOnly('editor-panel');
  hideNotices();
  fillForm(article || {});
  showMode(article);
  const copy = loadCopy(currentCopyKey());
  const saved = article || { title: '', author: '', body: '', excerpt: '', tags: [], commentStatus: 'open' };
  if (copy && differences(copy, saved).length) {
    // a copy kept before the console had a byline field has none: the article's stays
    const author = typeof copy.author === 'string' ? copy.author : saved.author;
    fillForm({ ...copy, author, slug: article ? article.slug : copy.slug });
    state.version = article && Number.isInteger(copy.version) ? copy.version : state.version;
    state.dirty = true;
    const overtaken = article && state.version !== article.version
      ? ' The article has been saved by someone else since: saving will show what changed, nothing is overwritten.' : '';
    byId('restored-text').textContent = `Your unsaved changes from ${formatDate(copy.savedAt, true)} were put back.${overtaken}`;
    byId('restored').hidden = false;
  } else {
    if (copy) forgetCopy();
    state.dirty = false;
  }
  schedulePreview(askToSignInAgain, 0);
  byId('form-title').focus();
}

async function openArticle(slug) {
  const result = await call('GET', `${articlePath(slug)}?size=1`);
  if (result.status === 401) {
    signedOut('Your session has ended. Please sign in again.');
    return;
  }
  const article = result.status === 200 && result.data ? result.data.article : null;
  if (!article) {
    listNote(result.status === 404 ? 'That article does not exist (any more).'
      : result.status === 429 ? tooManyRequests(result.headers) : 'The article could not be loaded right now. Please try again shortly.');
    location.hash = '#list';
    return;
  }
  openForm(article);
}

function forgetCopy() {
  clearTimeout(copyTimer);
  dropCopy(currentCopyKey());
}

function saveCopyNow() {
  clearTimeout(copyTimer);
  saveCopy(currentCopyKey(), { ...readForm(), version: state.version });
}

byId('article-form').addEventListener('input', (event) => {
  state.dirty = true;
  clearTimeout(copyTimer);
  copyTimer = setTimeout(saveCopyNow, COPY_DELAY_MS);
  if (event.target.id === 'body' || event.target.id === 'excerpt') schedulePreview(askToSignInAgain);
});

byId('discard-copy').addEventListener('click', () => {
  forgetCopy();
  state.dirty = false;
  openForm(state.article);
});

window.addEventListener('beforeunload', (event) => {
  if (!state.dirty) return;
  saveCopyNow();
  event.preventDefault();
  event.returnValue = '';
});

function saved(article, how) {
  forgetCopy();
  const wasNew = !state.article;
  state.article = article;
  state.version = article.version;
  state.dirty = false;
  showMode(article);
  fillForm(article);
  if (wasNew) history.replaceState(null, '', `#edit/${encodeURIComponent(article.slug)}`);
  formMessage(DONE[how][article.status] || 'Saved.', { success: true });
}

async function save(status) {
  clearErrors();
  formMessage('');
  const fields = readForm();
  const missing = missingFields(fields, state.article);
  if (missing.length) {
    showFieldErrors(missing);
    return;
  }
  const { slug, ...article } = fields;
  const body = { ...article, status };
  let result;
  if (state.article) {
    // the full article: an empty byline keeps the stored one
    body.version = state.version;
    result = await call('PUT', articlePath(state.article.slug), body);
  } else {
    if (slug) body.slug = slug;
    if (!body.author) delete body.author; // the platform signs it with the editor's user name
    result = await call('POST', '/api/articles', body);
  }
  if (result.status === 401) {
    askToSignInAgain('save', () => submit(status));
    return;
  }
  if ((result.status === 200 || result.status === 201) && result.data && result.data.slug) {
    const how = !state.article ? 'created' : (state.article.status !== status ? 'switched' : 'updated');
    saved(result.data, how);
    return;
  }
  failed(result);
}

async function failed(result) {
  const { status, data, headers } = result;
  if (status === 400 && data && Array.isArray(data.errors)) {
    const rest = showFieldErrors(data.errors);
    formMessage(['Please correct the fields marked below.', ...rest].join(' '), { focus: Boolean(rest.length) });
  } else if (status === 409 && !state.article) {
    showFieldErrors([{ field: 'slug', message: 'is already taken by another article; choose another one' }]);
  } else if (status === 409 || status === 412) {
    await showConflict();
  } else if (status === 404 && state.article) {
    formMessage('Someone deleted this article while you were editing. Your text is still here: save it to create the article again.');
    state.article = null;
    state.version = null;
    showMode(null);
  } else if (status === 413) {
    showFieldErrors([{ field: 'body', message: 'is too long to send (the limit is 64 KiB in all)' }]);
  } else if (status === 403) {
    formMessage('Your account cannot edit articles.');
  } else if (status === 429) {
    formMessage(`Too many requests. Please wait ${waitText(headers)} and try again.`);
  } else {
    formMessage(UNAVAILABLE);
  }
}

/** Who saved the server's version: its account, "you" from another tab, or someone when older articles do not say. */
function writer(server) {
  if (!server.updatedBy) return 'someone else';
  return server.updatedBy === session.user() ? `you (${server.updatedBy}) in another tab or window` : server.updatedBy;
}

/** A stale version: say what the server has now, and let the editor choose; nothing is overwritten. */
async function showConflict() {
  const result = await call('GET', `${articlePath(state.article.slug)}?size=1`);
  if (result.status === 401) {
    askToSignInAgain('conflict', showConflict);
    return;
  }
  const server = result.status === 200 && result.data ? result.data.article : null;
  state.server = server;
  const details = byId('conflict-details');
  if (!server) {
    details.textContent = 'The server’s version could not be loaded; it may have been deleted.';
  } else {
    const changed = differences(readForm(), server);
    details.replaceChildren(
      `It was changed by ${writer(server)} at `, time(server.updatedAt, true),
      ` (version ${server.version}), now titled “${server.title}”`,
      server.status !== state.article.status ? ` and ${server.status === 'published' ? 'published' : 'unpublished'}` : '',
      changed.length ? `. Its ${changed.join(', ')} ${changed.length === 1 ? 'differs' : 'differ'} from yours.` : '. Its content is the same as yours.');
  }
  byId('reload-server').hidden = !server;
  byId('keep-mine').hidden = !server;
  byId('conflict').hidden = false;
  byId('conflict-title').focus();
}

byId('reload-server').addEventListener('click', () => {
  const mine = readForm();
  const server = state.server;
  forgetCopy();
  state.dirty = false;
  openForm(server);
  byId('my-copy-text').value = `${mine.title}\n${mine.author ? `By ${mine.author}\n` : ''}\n${mine.body}`;
  byId('my-copy').hidden = false;
  formMessage('The server version is loaded. Your text is kept below to copy from.', { success: true });
});

byId('keep-mine').addEventListener('click', () => {
  state.version = state.server.version;
  state.article = { ...state.article, status: state.server.status };
  showMode(state.article);
  byId('conflict').hidden = true;
  saveCopyNow();
  formMessage('Your text stays. Save again to replace their changes with yours.');
});

/** One save at a time: the buttons are off until the answer is in. */
async function submit(status) {
  const buttons = byId('article-form').querySelectorAll('.form-actions button');
  if (state.saving) return;
  state.saving = true;
  buttons.forEach((each) => { each.disabled = true; });
  try {
    await save(status);
  } finally {
    state.saving = false;
    buttons.forEach((each) => { each.disabled = false; });
  }
}

/**
 * Enter in a one-line field submits the form "with" its first submit button even when that button is hidden
 * (Save draft, on a published article). Only a button the editor can see chooses the status; anything else
 * saves keeping the article's status, like the primary button shown (Save draft, or Update when published).
 */
byId('article-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const button = event.submitter && !event.submitter.hidden && event.submitter.dataset.status ? event.submitter : null;
  submit(button ? button.dataset.status : (state.article ? state.article.status : 'draft'));
});

byId('delete').addEventListener('click', () => {
  byId('delete-confirm').hidden = false;
  byId('delete-title').focus();
});

byId('cancel-delete').addEventListener('click', () => {
  byId('delete-confirm').hidden = true;
  byId('delete').focus();
});

async function deleteArticle() {
  const { slug, title } = state.article;
  const result = await call('DELETE', articlePath(slug));
  if (result.status === 401) {
    askToSignInAgain('delete', deleteArticle);
    return;
  }
  if (result.status !== 204 && result.status !== 404) {
    byId('delete-confirm').hidden = true;
    failed(result);
    return;
  }
  forgetCopy();
  state.dirty = false;
  state.article = null;
  listNote(result.status === 204 ? `“${title}” was deleted.` : `“${title}” had already been deleted.`);
  location.hash = '#list';
}

byId('confirm-delete').addEventListener('click', deleteArticle);

// ——— where the editor is: #list, #new, #edit/{slug} ———

function route(focus = false) {
  if (!session.token()) {
    signedOut('');
    return;
  }
  const hash = location.hash;
  if (hash.startsWith('#edit/')) {
    openArticle(decodeURIComponent(hash.slice('#edit/'.length)));
  } else if (hash === '#new') {
    openForm(null);
  } else {
    if (state.dirty) saveCopyNow();
    state.dirty = false;
    stopPreview();
    renderList(focus || hash === '#list');
  }
}

window.addEventListener('hashchange', () => {
  if (state.dirty) saveCopyNow();
  route(true);
});

route();
