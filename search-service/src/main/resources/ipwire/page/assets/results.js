// The hit list, the count and the pager.

import { el, appendHighlight, replaceChildren } from './html.js';
import { dateLabel, topicLabel } from './labels.js';
import { PAGE_SIZE, MAX_RESULT_WINDOW } from './state.js';

/** Renders one page of hits. app: { state, hrefFor(changes), openArticle(id) }. */
export function renderResults(result, app) {
  const state = app.state();
  const hits = document.getElementById('hits');
  const total = Number(result.total) || 0;
  const first = (state.page - 1) * PAGE_SIZE + 1;
  const last = first + result.hits.length - 1;

  const summary = document.getElementById('summary');
  if (total === 0) {
    summary.textContent = state.q ? `没有找到与“${state.q}”匹配的文章。` : '没有找到匹配的文章。';
  } else if (result.hits.length === 0) {
    summary.textContent = `共 ${total} 篇，本页之后没有更多结果。`;
  } else {
    summary.textContent = `共 ${total} 篇，显示第 ${first}–${last} 篇。`;
  }

  replaceChildren(hits, result.hits.map((hit) => renderHit(hit, app)));
  renderPager(total, app);
}

function renderHit(hit, app) {
  const title = hit.title || '（无标题）';
  const link = el('a', {
    class: 'hit-title',
    href: app.hrefFor({ article: hit.id }),
    'data-id': hit.id,
    text: title,
    on: {
      click: (event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        app.openArticle(hit.id);
      },
    },
  });
  const meta = el(
    'p',
    { class: 'hit-meta' },
    el('span', { class: 'source', text: hit.source || '来源不详' }),
    dateElement(hit.publishedAt),
    hit.primaryTopic
      ? el('span', { class: ['topic-badge', `topic-${hit.primaryTopic}`], text: topicLabel(hit.primaryTopic) })
      : null,
  );
  const highlights = (hit.highlights ?? []).map((fragment) =>
    appendHighlight(el('p', { class: 'highlight' }), fragment),
  );
  return el(
    'li',
    { class: ['hit', app.state().article === hit.id && 'selected'], 'data-id': hit.id },
    el('h3', {}, link),
    meta,
    highlights,
  );
}

export function dateElement(publishedAt) {
  const text = dateLabel(publishedAt);
  return el('time', { datetime: /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : null, text });
}

function renderPager(total, app) {
  const state = app.state();
  const pager = document.getElementById('pager');
  const reachable = Math.min(total, MAX_RESULT_WINDOW);
  const pages = Math.max(1, Math.ceil(reachable / PAGE_SIZE));
  pager.hidden = total <= PAGE_SIZE && state.page === 1;
  document.getElementById('page-status').textContent = `第 ${state.page} / ${pages} 页`;
  document.getElementById('prev').disabled = state.page <= 1;
  document.getElementById('next').disabled = state.page >= pages;
}
