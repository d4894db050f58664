// The article view: the enriched article as stored (GET /api/v1/articles/{id}).

import { el, replaceChildren, safeHttpUrl } from './html.js';
import { ENTITY_TYPES, TOPIC_NAMES, topicLabel, yuanLabel } from './labels.js';
import { dateElement } from './results.js';

/** app: { state(), navigate(changes), hrefFor(changes) } */
export function renderArticle(article, app) {
  const body = document.getElementById('article-body');
  replaceChildren(
    body,
    el(
      'header',
      { class: 'article-header' },
      el('h2', { id: 'article-title', tabindex: '-1', text: article.title || '（无标题）' }),
      meta(article),
      article.nearDuplicateOf
        ? el(
            'p',
            { class: 'notice' },
            '与另一篇文章高度相似：',
            el('a', { href: app.hrefFor({ article: article.nearDuplicateOf }), 'data-nav': '', text: '查看原文' }),
          )
        : null,
    ),
    article.summary ? section('summary', '摘要', el('p', { text: article.summary })) : null,
    section('topics', '主题与依据', topics(article)),
    section('entities', '实体', entities(article, app)),
    section('regions', '涉及地区', regions(article, app)),
    listSection('keywords', '关键词', article.keywords),
    section('amounts', '金额', amounts(article.amounts ?? [])),
    listSection('gi-products', '地理标志产品', article.giProducts),
    section('paragraphs', '正文', (article.paragraphs ?? []).map((p) => el('p', { text: p }))),
  );
}

export function renderArticleError(message) {
  replaceChildren(
    document.getElementById('article-body'),
    el('h2', { id: 'article-title', tabindex: '-1', text: '无法打开文章' }),
    el('p', { class: 'error', role: 'alert', text: message }),
  );
}

function meta(article) {
  const source = article.source ?? {};
  const url = safeHttpUrl(source.url);
  const name = source.name || '来源不详';
  return el(
    'p',
    { class: 'article-meta' },
    el('span', { class: 'source' }, url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank', text: name }) : name),
    dateElement(article.publishedAt),
    article.author ? el('span', { text: `作者：${article.author}` }) : null,
  );
}

function section(name, title, content) {
  const empty = content === null || (Array.isArray(content) && content.length === 0);
  const headingId = `article-${name}-heading`;
  return el(
    'section',
    { class: ['article-section', `article-${name}`], 'aria-labelledby': headingId },
    el('h3', { id: headingId, text: title }),
    empty ? el('p', { class: 'muted', text: '无' }) : content,
  );
}

function listSection(name, title, values) {
  const items = (values ?? []).filter(Boolean);
  return section(name, title, items.length ? el('ul', { class: 'tags' }, items.map((v) => el('li', { text: v }))) : null);
}

function topics(article) {
  const list = [...(article.topics ?? [])].sort(
    (a, b) => (b.score ?? 0) - (a.score ?? 0) || TOPIC_NAMES.indexOf(a.name) - TOPIC_NAMES.indexOf(b.name),
  );
  if (list.length === 0) return null;
  return el(
    'ul',
    { class: 'topic-list' },
    list.map((topic) => {
      const score = Math.max(0, Math.min(1, Number(topic.score) || 0));
      const primary = topic.name === article.primaryTopic;
      return el(
        'li',
        { class: ['topic', `topic-${topic.name}`], 'data-topic': topic.name },
        el(
          'div',
          { class: 'topic-head' },
          el('span', { class: ['topic-badge', `topic-${topic.name}`], text: topicLabel(topic.name) }),
          primary ? el('span', { class: 'primary-mark', text: '主要主题' }) : null,
          el('meter', { min: '0', max: '1', value: String(score), 'aria-label': `${topicLabel(topic.name)} 置信度` }),
          el('span', { class: 'score', text: `置信度 ${score.toFixed(2)}` }),
        ),
        (topic.evidence ?? []).length
          ? el(
              'div',
              { class: 'evidence' },
              el('span', { class: 'evidence-label', text: '依据：' }),
              el('ul', {}, topic.evidence.map((e) => el('li', { text: e }))),
            )
          : null,
      );
    }),
  );
}

function entities(article, app) {
  const groups = ENTITY_TYPES.map(({ name, label }) => {
    const list = article.entities?.[name] ?? [];
    return el(
      'div',
      { class: 'entity-group', 'data-type': name },
      el('h4', { text: label }),
      list.length
        ? el(
            'ul',
            { class: 'entities' },
            list.map((entity) => {
              const value = entity.normalized || entity.text;
              return el(
                'li',
                {},
                el(
                  'button',
                  {
                    type: 'button',
                    class: 'entity',
                    'data-value': value,
                    title: `筛选提到“${value}”的文章`,
                    on: { click: () => app.navigate({ filters: { ...app.state().filters, [name]: value }, article: '' }) },
                  },
                  el('span', { class: 'entity-text', text: entity.text }),
                  entity.normalized && entity.normalized !== entity.text
                    ? el('span', { class: 'muted', text: `（${entity.normalized}）` })
                    : null,
                  entity.mentions > 1 ? el('span', { class: 'count', text: `×${entity.mentions}` }) : null,
                ),
              );
            }),
          )
        : el('p', { class: 'muted', text: '无' }),
    );
  });
  return groups;
}

function regions(article, app) {
  const list = article.regions ?? [];
  if (list.length === 0) return null;
  return el(
    'ul',
    { class: 'tags' },
    list.map((region) =>
      el(
        'li',
        {},
        el('button', {
          type: 'button',
          class: 'entity',
          'data-value': region.province || region.name,
          title: `筛选地区“${region.province || region.name}”`,
          text: region.province && region.province !== region.name ? `${region.name}（${region.province}）` : region.name,
          on: {
            click: () =>
              app.navigate({ filters: { ...app.state().filters, region: region.province || region.name }, article: '' }),
          },
        }),
      ),
    ),
  );
}

function amounts(list) {
  if (list.length === 0) return null;
  return el(
    'table',
    { class: 'amounts' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '原文' }), el('th', { scope: 'col', text: '折合' }), el('th', { scope: 'col', text: '类别' }))),
    el(
      'tbody',
      {},
      list.map((amount) =>
        el(
          'tr',
          {},
          el('td', { text: amount.text }),
          el('td', { text: yuanLabel(amount.yuan) }),
          el('td', { text: amount.about === 'financing' ? '融资相关' : '其他' }),
        ),
      ),
    ),
  );
}
