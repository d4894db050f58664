// Facet lists (click a value to filter, again to remove it) and the active filters as chips.

import { el, replaceChildren } from './html.js';
import { FACETS, FILTER_LABELS, filterValueLabel } from './labels.js';
import { FILTERS } from './state.js';

/** app: { state(), navigate(changes) } */
export function renderFacets(facets, app) {
  const state = app.state();
  const groups = FACETS.map(({ name, label }) => {
    const values = facets?.[name] ?? [];
    const active = state.filters[name];
    if (values.length === 0 && !active) return null;
    const headingId = `facet-${name}-heading`;
    return el(
      'section',
      { class: 'facet', 'data-facet': name, 'aria-labelledby': headingId },
      el('h3', { id: headingId, text: label }),
      el(
        'ul',
        {},
        values.map(({ value, count }) => {
          const pressed = active === value;
          return el(
            'li',
            {},
            el(
              'button',
              {
                type: 'button',
                class: 'facet-value',
                'data-facet': name,
                'data-value': value,
                'aria-pressed': String(pressed),
                title: pressed ? '再次点击取消此筛选' : `只看${label}为“${filterValueLabel(name, value)}”的文章`,
                on: { click: () => toggle(app, name, value) },
              },
              el('span', { class: 'facet-label', text: filterValueLabel(name, value) }),
              el('span', { class: 'count' }, String(count), el('span', { class: 'visually-hidden', text: ' 篇' })),
            ),
          );
        }),
      ),
    );
  });
  const present = groups.filter(Boolean);
  replaceChildren(
    document.getElementById('facets'),
    present.length ? present : el('p', { class: 'muted', text: '没有可用的筛选项。' }),
  );
  renderActiveFilters(app);
}

function toggle(app, name, value) {
  const filters = { ...app.state().filters };
  if (filters[name] === value) delete filters[name];
  else filters[name] = value;
  app.navigate({ filters });
}

export function renderActiveFilters(app) {
  const state = app.state();
  const chips = [];
  for (const name of FILTERS) {
    const value = state.filters[name];
    if (!value) continue;
    const text = `${FILTER_LABELS[name]}：${filterValueLabel(name, value)}`;
    chips.push(
      chip(text, name, () => {
        const filters = { ...app.state().filters };
        delete filters[name];
        app.navigate({ filters });
      }),
    );
  }
  if (state.from || state.to) {
    const text = `日期：${state.from || '不限'} 至 ${state.to || '不限'}`;
    chips.push(chip(text, 'date', () => app.navigate({ from: '', to: '' })));
  }
  const container = document.getElementById('active-filters');
  if (chips.length === 0) {
    replaceChildren(container);
    return;
  }
  replaceChildren(
    container,
    el('h3', { class: 'visually-hidden', text: '已选条件' }),
    el('ul', { class: 'chips' }, chips.map((c) => el('li', {}, c))),
    chips.length > 1
      ? el('button', {
          type: 'button',
          class: 'link-button',
          text: '清除全部筛选',
          on: { click: () => app.navigate({ filters: {}, from: '', to: '' }) },
        })
      : null,
  );
}

function chip(text, name, remove) {
  return el(
    'button',
    { type: 'button', class: 'chip', 'data-filter': name, 'aria-label': `移除筛选 ${text}`, on: { click: remove } },
    el('span', { text }),
    el('span', { class: 'chip-x', 'aria-hidden': 'true', text: '×' }),
  );
}
