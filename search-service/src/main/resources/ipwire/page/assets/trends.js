// The trend chart: articles per month (GET /api/v1/trends), bars drawn as SVG.

import { el, svg, replaceChildren } from './html.js';
import { TOPIC_NAMES, topicLabel } from './labels.js';

const WIDTH = 720;
const HEIGHT = 220;
const MARGIN = { top: 16, right: 12, bottom: 36, left: 40 };
const MAX_X_LABELS = 12;

let series = 'total';
let lastTrend = null;
let lastApp = null;

/** trend: {"interval":"month","buckets":[{"start","total","topics":{…}}],"undated"}. */
export function renderTrend(trend, app) {
  lastTrend = trend;
  lastApp = app;
  const body = document.getElementById('trend-body');
  const buckets = Array.isArray(trend?.buckets) ? trend.buckets : [];
  document.getElementById('trend').dataset.state = 'ready';
  if (buckets.length === 0) {
    replaceChildren(body, el('p', { class: 'muted', text: '没有带日期的文章，无法绘制趋势。' }), undated(trend));
    return;
  }
  replaceChildren(body, seriesPicker(), chart(buckets, app), undated(trend), dataTable(buckets));
}

/** The trend endpoint is missing or failing: say so quietly, the rest of the page works. */
export function renderTrendUnavailable(reason) {
  lastTrend = null;
  document.getElementById('trend').dataset.state = 'unavailable';
  replaceChildren(document.getElementById('trend-body'), el('p', { class: 'muted', text: reason }));
}

function value(bucket) {
  return series === 'total' ? Number(bucket.total) || 0 : Number(bucket.topics?.[series]) || 0;
}

function seriesPicker() {
  const options = [['total', '全部文章'], ...TOPIC_NAMES.map((name) => [name, topicLabel(name)])];
  return el(
    'fieldset',
    { class: 'series-picker' },
    el('legend', { class: 'visually-hidden', text: '显示的数据' }),
    options.map(([name, label]) =>
      el(
        'label',
        { class: ['series-option', `series-${name}`] },
        el('input', {
          type: 'radio',
          name: 'trend-series',
          value: name,
          checked: series === name,
          on: {
            change: () => {
              series = name;
              renderTrend(lastTrend, lastApp);
              document.querySelector(`input[name="trend-series"][value="${name}"]`)?.focus();
            },
          },
        }),
        label,
      ),
    ),
  );
}

function monthLabel(start) {
  const [year, month] = String(start).split('-');
  return `${year}年${Number(month)}月`;
}

function shortMonthLabel(start, previous) {
  const [year, month] = String(start).split('-');
  const sameYear = previous && String(previous).slice(0, 4) === year;
  return sameYear ? `${Number(month)}月` : `${year.slice(2)}年${Number(month)}月`;
}

/** "2024-02-01" → ["2024-02-01", "2024-02-29"] */
function monthRange(start) {
  const [year, month] = String(start).split('-').map(Number);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const mm = String(month).padStart(2, '0');
  return [`${year}-${mm}-01`, `${year}-${mm}-${String(lastDay).padStart(2, '0')}`];
}

function niceMax(max) {
  if (max <= 4) return Math.max(1, max);
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * magnitude >= max) return step * magnitude;
  }
  return max;
}

function description(bucket) {
  const parts = TOPIC_NAMES.map((name) => `${topicLabel(name)} ${Number(bucket.topics?.[name]) || 0}`);
  return `${monthLabel(bucket.start)}：共 ${Number(bucket.total) || 0} 篇（${parts.join('，')}）`;
}

function chart(buckets, app) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const max = niceMax(Math.max(...buckets.map(value)));
  const slot = plotWidth / buckets.length;
  const barWidth = Math.max(2, Math.min(48, slot * 0.7));
  const labelEvery = Math.ceil(buckets.length / MAX_X_LABELS);
  const y = (v) => MARGIN.top + plotHeight - (v / max) * plotHeight;
  const seriesLabel = series === 'total' ? '全部文章' : topicLabel(series);
  const peak = buckets.reduce((best, b) => (value(b) > value(best) ? b : best), buckets[0]);

  const grid = [0, max / 2, max].map((tick) =>
    svg(
      'g',
      { class: 'tick' },
      svg('line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(tick), y2: y(tick) }),
      svg('text', { x: MARGIN.left - 6, y: y(tick) + 4, 'text-anchor': 'end', text: Number.isInteger(tick) ? tick : tick.toFixed(1) }),
    ),
  );

  const bars = buckets.map((bucket, i) => {
    const v = value(bucket);
    const x = MARGIN.left + i * slot + (slot - barWidth) / 2;
    const [from, to] = monthRange(bucket.start);
    const label = `${description(bucket)}。点击只看这个月的文章。`;
    return svg(
      'a',
      {
        href: app.hrefFor({ from, to }),
        'data-nav': '',
        'aria-label': label,
        class: 'bar-link',
      },
      svg(
        'rect',
        {
          class: ['bar', `series-${series}`],
          x: x.toFixed(1),
          y: y(v).toFixed(1),
          width: barWidth.toFixed(1),
          height: Math.max(0, MARGIN.top + plotHeight - y(v)).toFixed(1),
          'data-start': bucket.start,
          'data-value': v,
        },
        svg('title', { text: label }),
      ),
    );
  });

  const labels = buckets.map((bucket, i) =>
    i % labelEvery === 0
      ? svg('text', {
          class: 'x-label',
          x: (MARGIN.left + i * slot + slot / 2).toFixed(1),
          y: HEIGHT - MARGIN.bottom + 16,
          'text-anchor': 'middle',
          text: shortMonthLabel(bucket.start, i >= labelEvery ? buckets[i - labelEvery].start : null),
        })
      : null,
  );

  return svg(
    'svg',
    {
      class: 'trend-chart',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      role: 'group',
      'aria-label': `${seriesLabel}按月篇数，${monthLabel(buckets[0].start)}至${monthLabel(buckets.at(-1).start)}，最多为${monthLabel(peak.start)} ${value(peak)} 篇`,
    },
    svg('g', { class: 'grid' }, grid),
    svg('line', { class: 'axis', x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(0), y2: y(0) }),
    svg('g', { class: 'bars' }, bars),
    svg('g', { class: 'x-labels', 'aria-hidden': 'true' }, labels),
  );
}

function undated(trend) {
  const count = Number(trend?.undated) || 0;
  return count > 0 ? el('p', { class: 'muted undated', text: `另有 ${count} 篇文章没有日期，未计入图表。` }) : null;
}

function dataTable(buckets) {
  return el(
    'details',
    { class: 'trend-data' },
    el('summary', { text: '查看数据表' }),
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col', text: '月份' }),
          el('th', { scope: 'col', text: '全部' }),
          TOPIC_NAMES.map((name) => el('th', { scope: 'col', text: topicLabel(name) })),
        ),
      ),
      el(
        'tbody',
        {},
        buckets.map((bucket) =>
          el(
            'tr',
            {},
            el('th', { scope: 'row', text: monthLabel(bucket.start) }),
            el('td', { text: Number(bucket.total) || 0 }),
            TOPIC_NAMES.map((name) => el('td', { text: Number(bucket.topics?.[name]) || 0 })),
          ),
        ),
      ),
    ),
  );
}
