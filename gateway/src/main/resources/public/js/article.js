// Progressive enhancement of the server-rendered article page: the page already shows the article,
// its threads and a working form; this moves the form under the comment replied to and posts
// without reloading, inserting the comment the server returns.
import { el, isWebUrl, recall, remember, requestJson, retryAfterSeconds, sanitizedHtml, show, time } from './dom.js';
import { keepEditToken, offerEdits } from './comment-edit.js';

// API field → [input id, label as the reader sees it]
const FIELDS = {
  content: ['comment', 'Comment'], authorName: ['author', 'Name'], authorEmail: ['email', 'Email'], authorUrl: ['url', 'Website'],
};
const REMEMBERED = ['author', 'email', 'url'];
const UNAVAILABLE = 'The service is unavailable right now. Please try again shortly.';

const byId = (id) => document.getElementById(id);
const form = byId('comment-form');

function slugFromPath(path) {
  const raw = path.replace(/^\/articles\//, '').replace(/\/+$/, '');
  try { return decodeURIComponent(raw); } catch { return raw; }
}

function authorOf(comment) {
  const name = comment.authorName || 'Anonymous';
  return isWebUrl(comment.authorUrl)
    ? el('a', { href: comment.authorUrl, rel: 'nofollow ugc', class: 'author url' }, el('bdi', {}, name))
    : el('span', { class: 'author' }, el('bdi', {}, name));
}

/** The same structure as the server's comment partial, for the comment just posted. */
function commentNode(comment, pending) {
  const body = el('article', { class: 'comment-body', id: `comment-${comment.id}` },
    el('footer', { class: 'comment-meta' }, authorOf(comment), ' ', el('span', { class: 'says' }, 'says:'), ' ',
      time(comment.createdAt, true)),
    pending ? el('p', { class: 'awaiting' }, 'Your comment is awaiting moderation.') : null,
    sanitizedHtml('div', 'comment-content', comment.contentHtml));
  return el('li', { class: pending ? 'comment pending' : 'comment', dataset: { id: comment.id } }, body, el('ol', { class: 'children' }));
}

/**
 * The server renders "Cancel reply" only on a page opened as a reply (?replytocom=), so that a reader without
 * script never sees a link that does nothing; the script makes its own, hidden until it moves the form under a comment.
 */
function cancelReplyLink() {
  const page = new URL(location.href);
  page.searchParams.delete('replytocom');
  const link = el('a', { id: 'cancel-reply', class: 'cancel-reply', href: `${page.pathname}${page.search}#respond`, hidden: true },
    'Cancel reply');
  byId('reply-title').append(' ', el('small', {}, link));
  return link;
}

function enhance() {
  const slug = slugFromPath(location.pathname);
  const list = byId('comment-list');
  const respond = byId('respond');
  const respondHome = { parent: respond.parentNode, next: respond.nextSibling };
  const message = byId('form-message');
  const replyTitle = byId('reply-title-text');
  const cancelReply = byId('cancel-reply') || cancelReplyLink();
  const parentInput = byId('parent-id');

  const findComment = (id) => (id ? list.querySelector(`li.comment[data-id="${CSS.escape(id)}"]`) : null);

  function say(content, { success = false, focus = true } = {}) {
    message.replaceChildren(...(Array.isArray(content) ? content : [content]));
    message.hidden = false;
    message.classList.toggle('success', success);
    if (focus) message.focus();
  }

  function replyTo(link) {
    const item = link.closest('li.comment');
    if (!item) return;
    if (message.classList.contains('success')) show(message, '');
    item.querySelector(':scope > .comment-body').after(respond);
    parentInput.value = link.dataset.id;
    replyTitle.replaceChildren('Reply to ', el('bdi', {}, link.dataset.author));
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

  function countOneMore() {
    const title = byId('comments-title');
    const count = (parseInt(title.textContent, 10) || 0) + 1;
    title.textContent = `${count} ${count === 1 ? 'Comment' : 'Comments'}`;
  }

  function showPosted(comment) {
    REMEMBERED.forEach((id) => remember(localStorage, `commenter.${id}`, byId(id).value.trim()));
    byId('comment').value = '';
    if (parentInput.value) moveFormHome();
    const pending = comment.status !== 'approved';
    const node = commentNode(comment, pending);
    const parent = findComment(comment.parentId);
    (parent ? parent.querySelector(':scope > ol.children') : list).append(node);
    keepEditToken(comment);
    offerEdits(list);
    if (!pending) countOneMore();
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
      notify: byId('notify').checked,
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

  REMEMBERED.forEach((id) => {
    const input = byId(id);
    if (!input.value) input.value = recall(localStorage, `commenter.${id}`);
  });

  offerEdits(list);
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
}

// comments closed: the page has no form and nothing to enhance
if (form) enhance();
