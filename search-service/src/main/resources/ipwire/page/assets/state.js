// The page's state lives in the URL (?q=…&topic=…&page=2&article=…), so every view can be shared.

import { FILTER_LABELS } from './labels.js';

export const FILTERS = Object.freeze(Object.keys(FILTER_LABELS));
export const PAGE_SIZE = 10;
/** The API answers at most this deep (page × size), see ipwire.search.max-result-window. */
export const MAX_RESULT_WINDOW = 10000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The state encoded in a query string. Unknown or malformed values are dropped. */
export function readState(queryString) {
  const params = new URLSearchParams(queryString);
  const filters = {};
  for (const name of FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    q: params.get('q')?.trim() ?? '',
    filters,
    from: DATE.test(params.get('from') ?? '') ? params.get('from') : '',
    to: DATE.test(params.get('to') ?? '') ? params.get('to') : '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
    article: params.get('article')?.trim() ?? '',
  };
}

/** The query string of a state, defaults left out: "?q=…&topic=…". */
export function toQueryString(state) {
  const params = searchParams(state, { withPaging: false });
  if (state.page > 1) params.set('page', String(state.page));
  if (state.article) params.set('article', state.article);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The parameters of GET /api/v1/search for a state. */
export function apiSearchParams(state) {
  const params = searchParams(state, { withPaging: true });
  params.set('size', String(PAGE_SIZE));
  return params;
}

function searchParams(state, { withPaging }) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS) {
    if (state.filters[name]) params.set(name, state.filters[name]);
  }
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.sort === 'date') params.set('sort', 'date');
  if (withPaging && state.page > 1) params.set('page', String(state.page));
  return params;
}

/** A copy of state with changes applied; a change of what is searched goes back to page 1. */
export function withChanges(state, changes) {
  const next = { ...state, filters: { ...state.filters }, ...changes };
  if (changes.filters) next.filters = { ...changes.filters };
  const searchChanged = ['q', 'filters', 'from', 'to', 'sort'].some((key) => key in changes);
  if (searchChanged && !('page' in changes)) next.page = 1;
  return next;
}

/** Identifies what a search returns, article view and nothing else left out. */
export function searchKey(state) {
  return apiSearchParams(state).toString();
}

/** Identifies what the trend chart shows. */
export function trendKey(state) {
  return trendParams(state).toString();
}

/** The parameters of GET /api/v1/trends: the chart follows the query and the topic filter. */
export function trendParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.filters.topic) params.set('topic', state.filters.topic);
  params.set('interval', 'month');
  return params;
}
