import {
  el, isWebUrl, pageParam, pager, recall, remember, requestJson, retryAfterSeconds, sanitizedHtml, show, tagList, time,
} from './dom.js';
import { keepEditToken, offerEdits } from './comment-edit.js';

// API field → [input id, label as the reader sees it]
const FIELDS = {
  content: ['comment', 'Comment'], authorName: ['author', 'Name'], authorEmail: ['email', 'Email'], authorUrl: ['url', 'Website'],
};
const REMEMBERED = ['author', 'email', 'url'];
const UNAVAILABLE = 'The service is unavailable right now. Please try again shortly.';
const NOT_LOADED = 'Comments could not be loaded right now.';

const byId = (id) => document.getElementById(id);
const slug = slugFromPath(location.pathname);
const commentPage = pageParam(new URLSearchParams(location.search), 'cpage');

const list = byId('comment-list');
const respond = byId('respond');
const respondHome = { parent: respond.parentNode, next: respond.nextSibling };
const form = byId('comment-form');
const message = byId('form-message');
const replyTitle = byId('reply-title-text');
const cancelReply = byId('cancel-reply');
const parentInput = byId('parent-id');
const state = { open: true, count: 0 };

function slugFromPath(path) {
  const raw = path.replace(/^\/articles\//, '').replace(/\/+$/, '');
  try { return decodeURIComponent(raw); } catch { return raw; }
}

function authorOf(comment) {
  const name = comment.authorName || 'Anonymous';
  return isWebUrl(comment.authorUrl)
    ? el('a', { href: comment.authorUrl, rel: 'nofollow ugc', class: 'author url' }, name)
    : el('span', { class: 'author' }, name);
}

function contentOf(comment) {
  if (typeof comment.contentHtml === 'string') return sanitizedHtml('div', 'comment-content', comment.contentHtml);
  return el('div', { class: 'comment-content' }, el('p', {}, comment.content || ''));
}

function commentNode(comment, pending = false) {
  const name = comment.authorName || 'Anonymous';
  const reply = state.open && !pending
    ? el('p', { class: 'reply' }, el('a', {
      href: '#respond', class: 'reply-link', dataset: { id: comment.id, author: name }, 'aria-label': `Reply to ${name}`,
    }, 'Reply'))
    : null;
  const body = el('article', { class: 'comment-body', id: `comment-${comment.id}` },
    el('footer', { class: 'comment-meta' }, authorOf(comment), ' ', el('span', { class: 'says' }, 'says:'), ' ',
      time(comment.createdAt, true), comment.editedAt ? ' ' : null,
      comment.editedAt ? el('span', { class: 'edited', title: 'Edited by its author' }, '(edited)') : null),
    pending ? el('p', { class: 'awaiting' }, 'Your comment is awaiting moderation.') : null,
    contentOf(comment),
    reply);
  const children = el('ol', { class: 'children' }, ...(comment.replies || []).map((child) => commentNode(child)));
  return el('li', { class: pending ? 'comment pending' : 'comment', dataset: { id: comment.id } }, body, children);
}

function findComment(id) {
  return id ? list.querySelector(`li.comment[data-id="${CSS.escape(id)}"]`) : null;
}

function showCount() {
  const { count } = state;
  byId('comments-title').textContent = count > 0 ? `${count} ${count === 1 ? 'Comment' : 'Comments'}` : 'Comments';
}

function renderArticle(article) {
  document.title = `${article.title} — The Daily Platform`;
  byId('article-title').textContent = article.title;
  byId('article-meta').replaceChildren(
    article.author ? 'By ' : '', article.author ? el('span', { class: 'byline' }, article.author) : '',
    article.author ? ' · ' : '', time(article.publishedAt || article.updatedAt));
  const tags = byId('article-tags');
  tags.replaceChildren(...tagList(article.tags).childNodes);
  tags.hidden = !tags.childElementCount;
  byId('article-body').replaceChildren(sanitizedHtml('div', 'article-text', article.bodyHtml));
}

function renderComments(comments, complete) {
  const note = byId('comments-note');
  if (!comments || !Array.isArray(comments.items)) {
    show(note, NOT_LOADED);
    return;
  }
  if (complete === false) show(note, NOT_LOADED);
  else if (!comments.items.length && comments.page > 1) show(note, 'There are no comments on this page.');
  state.count = Number.isInteger(comments.count) ? comments.count : 0;
  showCount();
  list.replaceChildren(...comments.items.map((comment) => commentNode(comment)));
  offerEdits(list);
  pager(byId('comment-pager'), comments.page, comments.totalPages,
    (n) => (n > 1 ? `?cpage=${n}#comments` : `${location.pathname}#comments`), ['← Older comments', 'Newer comments →']);
}

function showUnavailableArticle(status) {
  const missing = status === 404;
  document.title = `${missing ? 'Article not found' : 'Article unavailable'} — The Daily Platform`;
  byId('article-title').textContent = missing ? 'Article not found' : 'This article could not be loaded right now';
  byId('article-meta').replaceChildren(missing ? 'It may have been moved or removed. ' : 'Please try again shortly. ',
    el('a', { href: '/' }, 'See the latest articles'));
  byId('comments').hidden = true;
}

function replyTo(link) {
  const item = link.closest('li.comment');
  if (!item) return;
  if (message.classList.contains('success')) show(message, '');
  item.querySelector(':scope > .comment-body').after(respond);
  parentInput.value = link.dataset.id;
  replyTitle.textContent = `Reply to ${link.dataset.author}`;
  cancelReply.hidden = false;
  byId('comment').focus();
}

/** Puts the form back under the thread list; returns the id of the comment it was under. */
function moveFormHome() {
  const parentId = parentInput.value;
  respondHome.parent.insertBefore(respond, respondHome.next);
  parentInput.value = '';
  replyTitle.textContent = 'Leave a Reply';
  cancelReply.hidden = true;
  return parentId;
}

function say(content, { success = false, focus = true } = {}) {
  message.replaceChildren(...(Array.isArray(content) ? content : [content]));
  message.hidden = false;
  message.classList.toggle('success', success);
  if (focus) message.focus();
}

function clearErrors() {
  message.replaceChildren();
  message.hidden = true;
  message.classList.remove('success');
  for (const [id] of Object.values(FIELDS)) {
    const input = byId(id);
    input.removeAttribute('aria-invalid');
    if (id === 'email') input.setAttribute('aria-describedby', 'email-notes');
    else input.removeAttribute('aria-describedby');
    show(byId(`${id}-error`), '');
  }
}

function sentence(label, text) {
  const words = String(text || 'is not valid').trim();
  return `${label} ${words}${/[.!?]$/.test(words) ? '' : '.'}`;
}

/** Marks each invalid field (aria-invalid, its message linked by aria-describedby); returns the summary lines. */
function markInvalidFields(errors) {
  const lines = [];
  for (const error of errors) {
    const known = FIELDS[String(error.field || '').split('.').pop()];
    if (!known) continue;
    const [id, label] = known;
    const input = byId(id);
    const note = byId(`${id}-error`);
    const text = sentence(label, error.message);
    show(note, note.textContent ? `${note.textContent} ${text}` : text);
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', id === 'email' ? `email-notes ${id}-error` : `${id}-error`);
    lines.push(el('li', {}, el('a', { href: `#${id}`, class: 'error-link', dataset: { field: id } }, text)));
  }
  return lines;
}

function invalidInput(data) {
  const errors = (data && Array.isArray(data.errors)) ? data.errors : [];
  if (errors.some((error) => String(error.field || '').split('.').pop() === 'parentId')) {
    return 'The comment you are replying to is no longer available. Cancel the reply and post your comment on its own.';
  }
  const lines = markInvalidFields(errors);
  if (!lines.length) return 'Your comment could not be posted. Please check it and try again.';
  return [el('p', {}, 'Please correct the highlighted fields:'), el('ul', { class: 'error-summary' }, ...lines)];
}

function problemText(status, headers) {
  switch (status) {
    case 403: return 'Comments are closed on this article.';
    case 404: return 'This article no longer exists.';
    case 409: return 'You have already posted this comment.';
    case 413: return 'Your comment is too long. Please shorten it and try again.';
    case 429: {
      const wait = retryAfterSeconds(headers);
      if (!wait) return 'You are posting too quickly. Please wait a few seconds.';
      return `You are posting too quickly. Please wait ${wait} ${wait === 1 ? 'second' : 'seconds'}.`;
    }
    default: return UNAVAILABLE;
  }
}

function showPosted(comment) {
  REMEMBERED.forEach((id) => remember(localStorage, `commenter.${id}`, byId(id).value.trim()));
  byId('comment').value = '';
  if (parentInput.value) moveFormHome();
  const pending = comment.status !== 'approved';
  keepEditToken(comment);
  const node = commentNode(comment, pending);
  const parent = findComment(comment.parentId);
  (parent ? parent.querySelector(':scope > ol.children') : list).append(node);
  offerEdits(list);
  if (!pending) {
    state.count += 1;
    showCount();
  }
  say(pending ? 'Your comment is awaiting moderation.' : 'Your comment has been posted.', { success: true, focus: false });
  const body = node.querySelector('.comment-body');
  body.setAttribute('tabindex', '-1');
  body.focus();
}

async function submit(event) {
  event.preventDefault();
  const button = byId('submit');
  if (button.disabled) return;
  clearErrors();
  const body = {
    authorName: byId('author').value,
    authorEmail: byId('email').value,
    authorUrl: byId('url').value.trim() || null,
    content: byId('comment').value,
    parentId: parentInput.value || null,
    notify: Boolean(byId('notify') && byId('notify').checked),
  };
  button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  let result;
  try {
    result = await requestJson('POST', `/api/articles/${encodeURIComponent(slug)}/comments`, { body });
  } catch {
    result = { status: 0 };
  } finally {
    button.disabled = false;
    form.removeAttribute('aria-busy');
  }
  if (result.status === 201 && result.data) showPosted(result.data);
  else if (result.status === 400) say(invalidInput(result.data));
  else say(problemText(result.status, result.headers));
}

function scrollToFragment() {
  if (location.hash.length < 2) return;
  let target = null;
  try { target = byId(decodeURIComponent(location.hash.slice(1))); } catch { target = null; }
  if (target) target.scrollIntoView();
}

async function load() {
  REMEMBERED.forEach((id) => { byId(id).value = recall(localStorage, `commenter.${id}`); });
  let result;
  try {
    result = await requestJson('GET', `/api/articles/${encodeURIComponent(slug)}?page=${commentPage}`);
  } catch {
    result = { status: 0 };
  }
  byId('article').setAttribute('aria-busy', 'false');
  if (result.status !== 200 || !result.data || !result.data.article) {
    showUnavailableArticle(result.status);
    return;
  }
  const { article, comments, complete } = result.data;
  state.open = article.commentStatus === 'open';
  renderArticle(article);
  renderComments(comments, complete);
  if (!state.open) {
    respond.hidden = true;
    byId('comments-closed').hidden = false;
  }
  scrollToFragment();
}

list.addEventListener('click', (event) => {
  const link = event.target.closest('.reply-link');
  if (!link) return;
  event.preventDefault();
  replyTo(link);
});

cancelReply.addEventListener('click', (event) => {
  event.preventDefault();
  const parentId = moveFormHome();
  const link = findComment(parentId)?.querySelector(':scope > .comment-body .reply-link');
  (link || byId('comment')).focus();
});

message.addEventListener('click', (event) => {
  const link = event.target.closest('.error-link');
  if (!link) return;
  event.preventDefault();
  byId(link.dataset.field).focus();
});

form.addEventListener('submit', submit);
load();
