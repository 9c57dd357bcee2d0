// Lets a comment's author fix or withdraw it while the edit window lasts. The edit token from the
// post's answer is kept in this browser only, under that one comment's id, until the window ends.
import { el, sanitizedHtml } from './dom.js';

const PREFIX = 'comment-edit.';

function forget(id) {
  try { localStorage.removeItem(PREFIX + id); } catch { /* nothing kept */ }
}

function kept(id) {
  let entry = null;
  try { entry = JSON.parse(localStorage.getItem(PREFIX + id) || 'null'); } catch { entry = null; }
  if (entry && typeof entry.token === 'string' && Date.parse(entry.until) > Date.now()) return entry;
  if (entry) forget(id);
  return null;
}

/** Remembers the edit token of a comment this browser just posted. */
export function keepEditToken(comment) {
  if (!comment || !comment.id || typeof comment.editToken !== 'string' || !comment.editableUntil) return;
  try {
    localStorage.setItem(PREFIX + comment.id, JSON.stringify({ token: comment.editToken, until: comment.editableUntil }));
  } catch { /* storage off or full: no edit link, nothing else lost */ }
}

async function send(method, id, token, body) {
  const headers = { Accept: 'application/json', 'X-Edit-Token': token };
  if (body) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(`/api/comments/${encodeURIComponent(id)}`, {
      method, headers, credentials: 'same-origin', body: body ? JSON.stringify(body) : undefined,
    });
    const text = await response.text();
    let data = null;
    try { data = text ? JSON.parse(text) : null; } catch { data = null; }
    return { status: response.status, data };
  } catch {
    return { status: 0, data: null };
  }
}

function refusal(result) {
  switch (result.status) {
    case 400: return (result.data && result.data.errors && result.data.errors[0])
      ? `Comment ${result.data.errors[0].message}.` : 'This text cannot be saved.';
    case 403: return 'The time to change this comment is over.';
    case 409: return 'Someone has replied to this comment, so it can no longer be changed.';
    default: return 'The change could not be saved right now. Please try again shortly.';
  }
}

function markEdited(body) {
  const meta = body.querySelector(':scope > .comment-meta');
  if (meta && !meta.querySelector('.edited')) meta.append(' ', el('span', { class: 'edited', title: 'Edited by its author' }, '(edited)'));
}

function offer(item, body, id, entry) {
  const note = el('span', { class: 'author-note', role: 'status' });
  const editButton = el('button', { type: 'button', class: 'link-button edit-comment' }, 'Edit');
  const deleteButton = el('button', { type: 'button', class: 'link-button delete-comment' }, 'Delete');
  const actions = el('p', { class: 'author-actions' }, editButton, ' ', deleteButton, ' ', note);
  const end = () => { forget(id); actions.remove(); };
  const closeAfter = Date.parse(entry.until) - Date.now();
  setTimeout(() => { if (!body.querySelector('.edit-form')) end(); }, Math.min(closeAfter, 2 ** 31 - 1));

  editButton.addEventListener('click', async () => {
    if (body.querySelector('.edit-form')) return;
    const shown = body.querySelector(':scope > .comment-content');
    const current = await fetch(`/api/comments/${encodeURIComponent(id)}`, { headers: { Accept: 'application/json' } })
      .then((response) => (response.ok ? response.json() : null)).catch(() => null);
    const text = el('textarea', { class: 'edit-text', rows: '6', maxlength: '10000', dir: 'auto', 'aria-label': 'Your comment' });
    text.value = current && typeof current.content === 'string' ? current.content : (shown ? shown.innerText : '');
    const save = el('button', { type: 'submit', class: 'save-edit' }, 'Save');
    const cancel = el('button', { type: 'button', class: 'link-button cancel-edit' }, 'Cancel');
    const form = el('form', { class: 'edit-form' }, text, el('p', {}, save, ' ', cancel));
    if (shown) shown.hidden = true;
    actions.before(form);
    text.focus();
    cancel.addEventListener('click', () => { form.remove(); if (shown) shown.hidden = false; });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      save.disabled = true;
      const result = await send('PUT', id, entry.token, { content: text.value });
      save.disabled = false;
      if (result.status === 200 && result.data) {
        form.remove();
        const fresh = sanitizedHtml('div', 'comment-content', result.data.contentHtml);
        if (shown) shown.replaceWith(fresh); else actions.before(fresh);
        markEdited(body);
        note.textContent = result.data.status === 'approved' ? 'Your change is saved.' : 'Your change awaits moderation.';
        return;
      }
      note.textContent = refusal(result);
      if (result.status === 403 || result.status === 409) {
        form.remove();
        if (shown) shown.hidden = false;
        forget(id);
        editButton.remove();
        deleteButton.remove();
      }
    });
  });

  deleteButton.addEventListener('click', async () => {
    // eslint-disable-next-line no-alert
    if (!window.confirm('Delete your comment?')) return;
    const result = await send('DELETE', id, entry.token);
    if (result.status === 204) {
      forget(id);
      item.replaceWith(el('li', { class: 'comment deleted', role: 'status' }, 'Your comment was deleted.'));
      return;
    }
    note.textContent = refusal(result);
    if (result.status === 403 || result.status === 409) end();
  });
  return actions;
}

/** Adds Edit and Delete to each comment under {@code root} whose edit token this browser keeps. */
export function offerEdits(root) {
  for (const item of root.querySelectorAll('li.comment[data-id]')) {
    const { id } = item.dataset;
    const body = item.querySelector(':scope > .comment-body');
    const entry = kept(id);
    if (entry && body && !body.querySelector(':scope > .author-actions')) body.append(offer(item, body, id, entry));
  }
}
