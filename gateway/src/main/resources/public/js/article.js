import { el, formatDate, isWebUrl, pager, requestJson, sanitizedHtml, show } from './dom.js';

const slug = decodeURIComponent(location.pathname.replace(/^\/articles\//, '').replace(/\/$/, ''));
const params = new URLSearchParams(location.search);
const commentPage = Math.max(1, parseInt(params.get('cpage') || '1', 10) || 1);
const FIELDS = { content: 'comment', authorName: 'author', authorEmail: 'email', authorUrl: 'url' };
const REMEMBERED = ['author', 'email', 'url'];

const respond = document.getElementById('respond');
const respondHome = { parent: respond.parentNode, next: respond.nextSibling };
const form = document.getElementById('comment-form');
const message = document.getElementById('form-message');
const replyTitle = document.getElementById('reply-title');
const cancelReply = document.getElementById('cancel-reply');
const parentInput = document.getElementById('parent-id');

function authorOf(comment) {
  return isWebUrl(comment.authorUrl)
    ? el('a', { href: comment.authorUrl, rel: 'nofollow ugc', class: 'author' }, comment.authorName)
    : el('span', { class: 'author' }, comment.authorName);
}

function commentNode(comment, pending = false) {
  const reply = el('a', { href: '#respond', class: 'reply-link', dataset: { id: comment.id, author: comment.authorName } },
    'Reply', el('span', { class: 'visually-hidden' }, ` to ${comment.authorName}`));
  const body = el('article', { class: 'comment-body', id: `comment-${comment.id}` },
    el('p', { class: 'comment-meta' }, authorOf(comment), ' ',
      el('time', { datetime: comment.createdAt || '' }, formatDate(comment.createdAt))),
    pending ? el('p', { class: 'awaiting' }, 'Your comment is awaiting moderation.') : null,
    sanitizedHtml('div', 'comment-content', comment.contentHtml || ''),
    pending ? null : reply);
  const children = el('ol', { class: 'children' }, ...(comment.replies || []).map((child) => commentNode(child)));
  return el('li', { class: pending ? 'comment pending' : 'comment', dataset: { id: comment.id } }, body, children);
}

function renderArticle(article) {
  document.title = `${article.title} — The Daily Platform`;
  document.getElementById('article-title').textContent = article.title;
  document.getElementById('article-meta').replaceChildren(
    article.author ? `By ${article.author} · ` : '',
    el('time', { datetime: article.publishedAt || '' }, formatDate(article.publishedAt || article.updatedAt)));
  document.getElementById('article-tags').replaceChildren(
    ...(article.tags || []).map((tag) => el('li', {}, el('a', { href: `/?tag=${encodeURIComponent(tag)}` }, tag))));
  document.getElementById('article-body').replaceChildren(sanitizedHtml('div', 'prose', article.bodyHtml || ''));
  document.getElementById('article').setAttribute('aria-busy', 'false');
}

function renderComments(comments) {
  const note = document.getElementById('comments-note');
  if (!comments) {
    show(note, 'Comments could not be loaded right now.');
    return;
  }
  document.getElementById('comments-title').textContent = comments.count === 1 ? '1 Comment' : `${comments.count} Comments`;
  document.getElementById('comment-list').replaceChildren(...comments.items.map((comment) => commentNode(comment)));
  pager(document.getElementById('comment-pager'), comments.page, comments.totalPages, (n) => `?cpage=${n}#comments`);
}

function moveFormUnder(link) {
  const item = link.closest('li.comment');
  item.querySelector(':scope > .comment-body').after(respond);
  parentInput.value = link.dataset.id;
  replyTitle.firstChild.textContent = `Reply to ${link.dataset.author} `;
  cancelReply.hidden = false;
  document.getElementById('comment').focus();
}

function moveFormHome() {
  const fromId = parentInput.value;
  respondHome.parent.insertBefore(respond, respondHome.next);
  parentInput.value = '';
  replyTitle.firstChild.textContent = 'Leave a Reply ';
  cancelReply.hidden = true;
  const link = fromId && document.querySelector(`.reply-link[data-id="${CSS.escape(fromId)}"]`);
  if (link) link.focus();
}

function clearErrors() {
  show(message, '');
  message.classList.remove('success');
  for (const id of Object.values(FIELDS)) {
    const input = document.getElementById(id);
    input.removeAttribute('aria-invalid');
    show(document.getElementById(`${id}-error`), '');
  }
}

function fieldErrors(errors) {
  let first = null;
  for (const { field, message: text } of errors || []) {
    const id = FIELDS[field];
    if (!id) continue;
    const input = document.getElementById(id);
    input.setAttribute('aria-invalid', 'true');
    const label = document.querySelector(`label[for="${id}"]`).firstChild.textContent.trim();
    show(document.getElementById(`${id}-error`), `${label} ${text}.`);
    first = first || input;
  }
  return first;
}

function say(text, success = false) {
  show(message, text);
  message.classList.toggle('success', success);
  message.focus();
}

function problemText(status, data, headers) {
  switch (status) {
    case 400: {
      const errors = (data && data.errors) || [];
      if (errors.some((error) => error.field === 'parentId')) return 'The comment you are replying to is no longer available.';
      return 'Please correct the highlighted fields.';
    }
    case 403: return 'Comments are closed on this article.';
    case 404: return 'This article no longer exists.';
    case 409: return 'You have already posted this comment.';
    case 413: return 'Your comment is too long.';
    case 429: {
      const wait = parseInt(headers.get('Retry-After') || '', 10);
      return `You are posting too quickly. Please wait ${Number.isNaN(wait) ? 'a few' : wait} seconds.`;
    }
    default: return 'The service is unavailable right now. Please try again shortly.';
  }
}

function showPosted(comment) {
  const pending = comment.status !== 'approved';
  const node = commentNode(comment, pending);
  const parentItem = comment.parentId && document.querySelector(`li.comment[data-id="${CSS.escape(comment.parentId)}"]`);
  const list = parentItem ? parentItem.querySelector(':scope > ol.children') : document.getElementById('comment-list');
  if (parentInput.value) moveFormHome();
  list.append(node);
  say(pending ? 'Your comment is awaiting moderation.' : 'Your comment has been posted.', true);
}

async function submit(event) {
  event.preventDefault();
  clearErrors();
  const body = {
    authorName: document.getElementById('author').value,
    authorEmail: document.getElementById('email').value,
    authorUrl: document.getElementById('url').value || null,
    content: document.getElementById('comment').value,
    parentId: parentInput.value || null,
  };
  const button = document.getElementById('submit');
  button.disabled = true;
  try {
    const { status, data, headers } = await requestJson('POST', `/api/articles/${encodeURIComponent(slug)}/comments`, { body });
    if (status === 201 && data) {
      REMEMBERED.forEach((id) => localStorage.setItem(`reply.${id}`, document.getElementById(id).value));
      document.getElementById('comment').value = '';
      showPosted(data);
      return;
    }
    const first = status === 400 ? fieldErrors(data && data.errors) : null;
    say(problemText(status, data, headers));
    if (first) first.focus();
  } catch {
    say('The service is unavailable right now. Please try again shortly.');
  } finally {
    button.disabled = false;
  }
}

async function load() {
  REMEMBERED.forEach((id) => { document.getElementById(id).value = localStorage.getItem(`reply.${id}`) || ''; });
  let result;
  try {
    result = await requestJson('GET', `/api/articles/${encodeURIComponent(slug)}?page=${commentPage}`);
  } catch {
    result = { status: 0 };
  }
  if (result.status !== 200 || !result.data) {
    document.getElementById('article-title').textContent = result.status === 404
      ? 'Article not found' : 'This article could not be loaded right now';
    document.getElementById('comments').hidden = true;
    return;
  }
  const { article, comments } = result.data;
  renderArticle(article);
  renderComments(comments);
  if (article.commentStatus !== 'open') {
    respond.hidden = true;
    document.getElementById('comments-closed').hidden = false;
  }
}

document.getElementById('comment-list').addEventListener('click', (event) => {
  const link = event.target.closest('.reply-link');
  if (!link) return;
  event.preventDefault();
  moveFormUnder(link);
});
cancelReply.addEventListener('click', (event) => {
  event.preventDefault();
  moveFormHome();
});
form.addEventListener('submit', submit);
load();
