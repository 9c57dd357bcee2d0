import { el, formatDate, pager, requestJson, show } from './dom.js';

const params = new URLSearchParams(location.search);
const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
const tag = params.get('tag');
const q = params.get('q');

function link(pageNumber) {
  const next = new URLSearchParams();
  if (tag) next.set('tag', tag);
  if (q) next.set('q', q);
  next.set('page', pageNumber);
  return `/?${next}`;
}

function item(article) {
  const tags = el('ul', { class: 'tags', 'aria-label': 'Tags' },
    ...(article.tags || []).map((name) => el('li', {}, el('a', { href: `/?tag=${encodeURIComponent(name)}` }, name))));
  const count = article.commentCount === null || article.commentCount === undefined
    ? null : el('span', { class: 'count' }, `${article.commentCount} ${article.commentCount === 1 ? 'comment' : 'comments'}`);
  return el('li', { class: 'article-item', dataset: { slug: article.slug } },
    el('h2', {}, el('a', { href: `/articles/${encodeURIComponent(article.slug)}` }, article.title)),
    el('p', { class: 'meta' }, el('time', { datetime: article.publishedAt || '' }, formatDate(article.publishedAt)),
      article.author ? ` · ${article.author}` : '', count ? ' · ' : '', count),
    el('p', { class: 'excerpt' }, article.excerpt || ''),
    tags);
}

async function load() {
  document.getElementById('q').value = q || '';
  const title = document.getElementById('list-title');
  if (tag) title.textContent = `Tagged “${tag}”`;
  if (q) title.textContent = `Search: “${q}”`;
  const query = new URLSearchParams({ page });
  if (tag) query.set('tag', tag);
  if (q) query.set('q', q);
  const note = document.getElementById('list-note');
  try {
    const { status, data } = await requestJson('GET', `/api/articles?${query}`);
    if (status !== 200 || !data) {
      show(note, 'The articles could not be loaded right now. Please try again shortly.');
      return;
    }
    const list = document.getElementById('articles');
    list.replaceChildren(...data.items.map(item));
    if (!data.items.length) show(note, 'No articles here yet.');
    else if (data.complete === false) show(note, 'Comment counts are unavailable right now.');
    pager(document.getElementById('pager'), data.page, data.totalPages, link);
  } catch {
    show(note, 'The articles could not be loaded right now. Please try again shortly.');
  }
}

load();
