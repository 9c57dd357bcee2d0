import { el, pageParam, pager, requestJson, show, tagList, time } from './dom.js';

const params = new URLSearchParams(location.search);
const page = pageParam(params, 'page');
const tag = (params.get('tag') || '').trim();
const q = (params.get('q') || '').trim();
const UNAVAILABLE = 'The articles could not be loaded right now. Please try again shortly.';

function listUrl(pageNumber) {
  const next = new URLSearchParams();
  if (tag) next.set('tag', tag);
  if (q) next.set('q', q);
  if (pageNumber > 1) next.set('page', pageNumber);
  const query = next.toString();
  return query ? `/?${query}` : '/';
}

function commentCount(count) {
  if (count === null || count === undefined) return el('span', { class: 'count unavailable' }, 'comments unavailable');
  return el('span', { class: 'count' }, count === 1 ? '1 comment' : `${count} comments`);
}

function item(article) {
  const href = `/articles/${encodeURIComponent(article.slug)}`;
  return el('li', { class: 'article-item', dataset: { slug: article.slug } },
    el('h2', {}, el('a', { href }, article.title)),
    el('p', { class: 'meta' },
      time(article.publishedAt),
      article.author ? ` · ${article.author}` : '',
      ' · ', el('a', { href: `${href}#comments`, class: 'comments-link' }, commentCount(article.commentCount))),
    article.excerpt ? el('p', { class: 'excerpt' }, article.excerpt) : null,
    article.tags && article.tags.length ? tagList(article.tags) : null);
}

function heading() {
  const title = document.getElementById('list-title');
  if (q) title.textContent = `Search results for “${q}”`;
  else if (tag) title.textContent = `Tagged “${tag}”`;
  document.title = q || tag ? `${title.textContent} — The Daily Platform` : document.title;
  document.getElementById('clear-filter').hidden = !(q || tag);
}

async function load() {
  document.getElementById('q').value = q;
  heading();
  const query = new URLSearchParams({ page });
  if (tag) query.set('tag', tag);
  if (q) query.set('q', q);
  const note = document.getElementById('list-note');
  const list = document.getElementById('articles');
  let result;
  try {
    result = await requestJson('GET', `/api/articles?${query}`);
  } catch {
    result = { status: 0 };
  }
  list.setAttribute('aria-busy', 'false');
  if (result.status !== 200 || !result.data || !Array.isArray(result.data.items)) {
    show(note, UNAVAILABLE);
    return;
  }
  const { items, totalPages } = result.data;
  const shown = Number.isInteger(result.data.page) ? result.data.page : page;
  list.replaceChildren(...items.map(item));
  if (!items.length) {
    show(note, page > 1 ? 'There are no more articles.' : (q || tag ? 'No articles match.' : 'No articles yet.'));
  } else if (result.data.complete === false) {
    show(note, 'Comment counts are unavailable right now.');
  }
  pager(document.getElementById('pager'), shown, totalPages, listUrl);
}

load();
