// The writing form: its fields, its buttons, the errors next to each field, and the live preview.
import { el, formatDate, sanitizedHtml, show } from './dom.js';
import { call, session } from './editor-session.js';

const byId = (id) => document.getElementById(id);
const LABELS = {
  title: 'Title', slug: 'Slug', author: 'Byline', body: 'Text', excerpt: 'Excerpt', tags: 'Tags', commentStatus: 'Comments',
};
const PREVIEW_DELAY_MS = 400;
const PREVIEW_RETRIES = 5;

/** What the editor has typed, as the API takes it. */
export function readForm() {
  return {
    title: byId('title').value.trim(),
    slug: byId('slug').value.trim(),
    author: byId('author').value.trim(),
    body: byId('body').value,
    excerpt: byId('excerpt').value.trim(),
    tags: byId('tags').value.split(',').map((tag) => tag.trim()).filter(Boolean),
    commentStatus: byId('comments-closed').checked ? 'closed' : 'open',
  };
}

export function fillForm(fields) {
  byId('title').value = fields.title || '';
  byId('slug').value = fields.slug || '';
  byId('author').value = fields.author || '';
  byId('body').value = fields.body || '';
  byId('excerpt').value = fields.excerpt || '';
  byId('tags').value = (fields.tags || []).join(', ');
  byId(fields.commentStatus === 'closed' ? 'comments-closed' : 'comments-open').checked = true;
}

/**
 * The names of the fields in which two versions differ, in words. An empty byline is no difference:
 * saving it keeps the stored one (and copies kept before the console had a byline have none).
 */
export function differences(mine, theirs) {
  const names = [];
  if ((mine.title || '') !== (theirs.title || '')) names.push('title');
  if (mine.author && mine.author !== (theirs.author || '')) names.push('byline');
  if ((mine.body || '') !== (theirs.body || '')) names.push('text');
  if ((mine.excerpt || '') !== (theirs.excerpt || '')) names.push('excerpt');
  if ((mine.tags || []).join(',') !== (theirs.tags || []).join(',')) names.push('tags');
  if ((mine.commentStatus || 'open') !== (theirs.commentStatus || 'open')) names.push('comments');
  return names;
}

/** Slug editable only before the first save; the buttons that fit a new, draft or published article. */
export function showMode(article) {
  const published = Boolean(article) && article.status === 'published';
  byId('form-title').replaceChildren(...(article ? ['Edit “', el('bdi', {}, article.title), '”'] : ['New article']));
  byId('slug').readOnly = Boolean(article);
  byId('slug-hint').hidden = Boolean(article);
  showBylineHint(article);
  byId('save-draft').hidden = published;
  byId('publish').hidden = published;
  byId('update').hidden = !published;
  byId('unpublish').hidden = !published;
  byId('delete').hidden = !article;
  byId('view-link').hidden = !published;
  if (published) byId('view-article').setAttribute('href', `/articles/${encodeURIComponent(article.slug)}`);
  byId('article-state').textContent = article
    ? `${published ? 'Published' : 'Draft'} · last saved ${formatDate(article.updatedAt, true)}`
      + `${article.updatedBy ? ` by ${article.updatedBy}` : ''} · version ${article.version}`
    : 'Not saved yet.';
}

/** A new article is signed with the editor's user name unless a byline is given; a saved one keeps its byline unless changed. */
function showBylineHint(article) {
  const fallback = article ? article.author || '' : session.user() || '';
  byId('author').placeholder = fallback;
  let hint = 'Leave it empty to use your user name.';
  if (article) {
    hint = fallback ? `Left empty, the article keeps its byline, “${fallback}”: a byline can be changed but not removed.` : 'The article has none yet.';
  } else if (fallback) {
    hint = `Leave it empty to use your user name, “${fallback}”.`;
  }
  byId('author-hint').textContent = `The name readers see as the author. ${hint}`;
}

export function clearErrors() {
  for (const field of Object.keys(LABELS)) {
    show(byId(`${field}-error`), '');
    const input = field === 'commentStatus' ? null : byId(field);
    if (input) input.removeAttribute('aria-invalid');
  }
}

/** Puts each message next to its field; returns the messages for fields the form does not have. */
export function showFieldErrors(errors) {
  const rest = [];
  let first = null;
  for (const error of errors) {
    const raw = typeof error.field === 'string' ? error.field : '';
    const index = /^tags\[(\d+)\]$/.exec(raw);
    const field = index ? 'tags' : raw;
    const message = index ? `Tag ${Number(index[1]) + 1} ${error.message}.` : `${LABELS[field] || raw} ${error.message}.`;
    const node = LABELS[field] ? byId(`${field}-error`) : null;
    if (!node) {
      rest.push(message);
      continue;
    }
    show(node, node.hidden ? message : `${node.textContent} ${message}`);
    const input = field === 'commentStatus' ? byId('comments-open') : byId(field);
    input.setAttribute('aria-invalid', 'true');
    first = first || input;
  }
  if (first) first.focus();
  return rest;
}

/**
 * What must be there before anything is sent. An article imported without a body (WordPress allows that)
 * may keep its blank body; any other needs one, as the platform says.
 */
export function missingFields(fields, stored) {
  const errors = [];
  const keepsBlankBody = Boolean(stored) && !(stored.body || '').trim();
  if (!fields.title) errors.push({ field: 'title', message: 'is required' });
  if (!fields.body.trim() && !keepsBlankBody) errors.push({ field: 'body', message: 'is required' });
  return errors;
}

let previewTimer = null;
let previewRun = 0;
let previewFailures = 0;

/** Renders the body through the platform's own renderer, a moment after the typing stops. */
export function schedulePreview(onExpired, delay = PREVIEW_DELAY_MS) {
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => renderPreview(onExpired), delay);
}

async function renderPreview(onExpired) {
  const run = ++previewRun;
  const status = byId('preview-status');
  const { body, excerpt } = readForm();
  status.textContent = 'Updating the preview…';
  const result = await call('POST', '/api/articles/preview', { body, excerpt });
  if (run !== previewRun) return;
  if (result.status === 200 && result.data && typeof result.data.bodyHtml === 'string') {
    const rendered = sanitizedHtml('div', 'prose', result.data.bodyHtml);
    rendered.id = 'preview-body';
    byId('preview-body').replaceWith(rendered);
    byId('preview-excerpt').textContent = result.data.excerpt ? `“${result.data.excerpt}”` : '';
    status.textContent = result.data.bodyHtml ? 'As readers will see it:' : 'Nothing to preview yet.';
    previewFailures = 0;
    return;
  }
  if (result.status === 401) {
    status.textContent = 'Sign in again to see the preview.';
    onExpired('preview', () => renderPreview(onExpired));
    return;
  }
  const problem = result.data && Array.isArray(result.data.errors) && result.data.errors[0];
  status.textContent = {
    400: problem ? `The preview cannot be shown: ${LABELS[problem.field] || problem.field} ${problem.message}.` : 'The preview cannot be shown.',
    403: 'Your account cannot preview articles.',
    413: 'The text is too long to preview or save (over 64 KiB).',
  }[result.status] || 'The preview is unavailable right now. Your text is safe.';
  // a service that is restarting or busy: try again a little later, a few times
  if ((result.status === 0 || result.status >= 500) && previewFailures < PREVIEW_RETRIES) {
    previewFailures++;
    schedulePreview(onExpired, 1000 * previewFailures);
  }
}

export function stopPreview() {
  clearTimeout(previewTimer);
  previewRun++;
  byId('preview-body').replaceChildren();
  byId('preview-excerpt').textContent = '';
  byId('preview-status').textContent = '';
}
