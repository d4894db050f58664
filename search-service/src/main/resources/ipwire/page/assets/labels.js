// Chinese labels for the API's names.

export const TOPICS = Object.freeze({
  protection: '知识产权保护',
  financing: '知识产权金融',
  geographic_indication: '地理标志',
});

export const TOPIC_NAMES = Object.freeze(Object.keys(TOPICS));

/** The facets of GET /api/v1/search, in display order; each filters by the parameter of its name. */
export const FACETS = Object.freeze([
  { name: 'topic', label: '主题' },
  { name: 'region', label: '地区' },
  { name: 'person', label: '人物' },
  { name: 'organization', label: '机构' },
  { name: 'source', label: '来源' },
]);

/** Every filter the page can set; place comes from the article view (there is no place facet). */
export const FILTER_LABELS = Object.freeze({
  topic: '主题',
  region: '地区',
  person: '人物',
  place: '地点',
  organization: '机构',
  source: '来源',
});

export const ENTITY_TYPES = Object.freeze([
  { name: 'person', label: '人物' },
  { name: 'place', label: '地点' },
  { name: 'organization', label: '机构' },
]);

const SUGGESTION_KINDS = Object.freeze({
  person: '人物',
  place: '地点',
  region: '地区',
  organization: '机构',
  keyword: '关键词',
  term: '词语',
  title: '标题',
  topic: '主题',
  source: '来源',
  gi_product: '地标产品',
  giProduct: '地标产品',
});

export function topicLabel(name) {
  return TOPICS[name] ?? name;
}

export function filterValueLabel(filter, value) {
  return filter === 'topic' ? topicLabel(value) : value;
}

export function suggestionKindLabel(kind) {
  return kind ? (SUGGESTION_KINDS[kind] ?? kind) : '';
}

/** "2024-03-05" or "2024-03-05T08:00:00+08:00" → "2024-03-05"; anything else as given. */
export function dateLabel(publishedAt) {
  if (!publishedAt) return '日期不详';
  const match = /^\d{4}-\d{2}-\d{2}/.exec(publishedAt);
  return match ? match[0] : publishedAt;
}

/** 1234567.5 → "1,234,567.5 元" */
export function yuanLabel(yuan) {
  const number = Number(yuan);
  if (!Number.isFinite(number)) return '';
  return `${number.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
}
