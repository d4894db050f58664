// The editor page: wires the form, the URL, the API and the views.

import * as api from './api.js';
import { renderArticle, renderArticleError } from './article.js';
import { renderActiveFilters, renderFacets } from './facets.js';
import { renderResults } from './results.js';
import { apiSearchParams, readState, searchKey, toQueryString, trendKey, trendParams, withChanges } from './state.js';
import { setUpSuggestions } from './suggest.js';
import { renderTrend, renderTrendUnavailable } from './trends.js';

const $ = (id) => document.getElementById(id);

let state = readState(location.search);
let shownSearch = null;
let shownTrend = null;
let shownArticle = null;
let searchRequest = null;
let trendRequest = null;
let articleRequest = null;

const app = {
  state: () => state,
  /** A link to the page with changes applied (for real <a href>s: open in new tab, copy, share). */
  hrefFor: (changes) => `/${toQueryString(withChanges(state, changes))}`,
  navigate,
  openArticle: (id) => navigate({ article: id }),
};

/** Applies changes to the state, records it in the URL (one history entry) and updates the page. */
function navigate(changes, { replace = false } = {}) {
  state = withChanges(state, changes);
  const url = `/${toQueryString(state)}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  update();
}

function update() {
  fillForm();
  document.title = state.q ? `${state.q} - IPWire 知识产权新闻检索` : 'IPWire 知识产权新闻检索';
  if (searchKey(state) !== shownSearch) runSearch();
  else renderActiveFilters(app);
  if (trendKey(state) !== shownTrend) runTrend();
  if (state.article !== shownArticle) showArticle();
  markSelectedHit();
}

function fillForm() {
  $('q').value = state.q;
  $('from').value = state.from;
  $('to').value = state.to;
  $('sort').value = state.sort;
}

async function runSearch() {
  const key = searchKey(state);
  shownSearch = key;
  searchRequest?.abort();
  searchRequest = new AbortController();
  const hits = $('hits');
  hits.setAttribute('aria-busy', 'true');
  $('error').hidden = true;
  try {
    const result = await api.search(apiSearchParams(state), searchRequest.signal);
    renderResults(result, app);
    renderFacets(result.facets, app);
    document.body.dataset.searched = key;
  } catch (error) {
    if (error.name === 'AbortError') return;
    shownSearch = null;
    $('error').textContent = api.describeError(error);
    $('error').hidden = false;
    $('summary').textContent = '';
    hits.replaceChildren();
    $('pager').hidden = true;
    renderActiveFilters(app);
  } finally {
    if (shownSearch === key || shownSearch === null) hits.setAttribute('aria-busy', 'false');
  }
}

async function runTrend() {
  shownTrend = trendKey(state);
  trendRequest?.abort();
  trendRequest = new AbortController();
  $('trend').dataset.state = 'loading';
  try {
    renderTrend(await api.trends(trendParams(state), trendRequest.signal), app);
  } catch (error) {
    if (error.name === 'AbortError') return;
    renderTrendUnavailable(
      error.status === 404 ? '趋势图暂不可用（检索服务尚未提供趋势数据）。' : `趋势图暂不可用：${api.describeError(error)}`,
    );
  }
}

async function showArticle() {
  const id = state.article;
  shownArticle = id;
  articleRequest?.abort();
  const view = $('article');
  if (!id) {
    view.hidden = true;
    document.body.classList.remove('article-open');
    return;
  }
  view.hidden = false;
  document.body.classList.add('article-open');
  view.setAttribute('aria-busy', 'true');
  articleRequest = new AbortController();
  try {
    renderArticle(await api.article(id, articleRequest.signal), app);
  } catch (error) {
    if (error.name === 'AbortError') return;
    renderArticleError(error.status === 404 ? '这篇文章不存在，或尚未完成索引。' : api.describeError(error));
  }
  view.setAttribute('aria-busy', 'false');
  view.dataset.article = id;
  view.scrollTop = 0;
  $('article-title')?.focus();
}

function markSelectedHit() {
  for (const item of document.querySelectorAll('#hits .hit')) {
    item.classList.toggle('selected', item.dataset.id === state.article);
  }
}

function closeArticle() {
  const id = state.article;
  navigate({ article: '' });
  // back to where the editor was in the list
  document.querySelector(`#hits .hit[data-id="${CSS.escape(id)}"] .hit-title`)?.focus();
}

function wire() {
  const suggestions = setUpSuggestions($('q'), $('suggestions'), (query) => {
    navigate({ q: query.trim(), article: '' });
  });

  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    suggestions.close();
    navigate({ q: $('q').value.trim(), from: $('from').value, to: $('to').value, sort: $('sort').value, article: '' });
  });
  $('sort').addEventListener('change', () => navigate({ sort: $('sort').value }));
  for (const id of ['from', 'to']) {
    $(id).addEventListener('change', () => {
      if ($(id).validity.valid) navigate({ [id]: $(id).value });
    });
  }
  $('reset').addEventListener('click', () => {
    navigate({ q: '', filters: {}, from: '', to: '', sort: 'relevance', article: '' });
    $('q').focus();
  });
  $('prev').addEventListener('click', () => {
    navigate({ page: Math.max(1, state.page - 1) });
    $('results-heading').focus();
  });
  $('next').addEventListener('click', () => {
    navigate({ page: state.page + 1 });
    $('results-heading').focus();
  });
  $('close-article').addEventListener('click', closeArticle);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state.article && !event.defaultPrevented && event.target !== $('q')) {
      closeArticle();
    }
  });
  // In-page links (article links, chart bars) navigate without reloading.
  document.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[data-nav]');
    if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const href = link.getAttribute('href');
    if (!href?.startsWith('/')) return;
    event.preventDefault();
    state = readState(new URL(href, location.origin).search);
    history.pushState(null, '', href);
    update();
  });
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    update();
  });
}

wire();
// Normalize the URL (drops unknown parameters) without adding a history entry.
history.replaceState(null, '', `/${toQueryString(state)}`);
update();
