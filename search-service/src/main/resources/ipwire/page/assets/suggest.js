// Suggestions under the query box (ARIA 1.2 combobox with a listbox popup), from
// GET /api/v1/suggest?prefix=…  → {"suggestions":[{"text","kind"}]}. When the endpoint is missing
// (404) the box stays a plain search field and is not asked again.

import * as api from './api.js';
import { el, replaceChildren } from './html.js';
import { suggestionKindLabel } from './labels.js';

const DELAY_MS = 150;
const MAX_SHOWN = 8;

/** Wires the combobox; onPick(query) runs the search with the completed query. */
export function setUpSuggestions(input, listbox, onPick) {
  let available = true;
  let timer = 0;
  let controller = null;
  let options = [];
  let active = -1;

  function close() {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function setActive(index) {
    active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', options[index].id);
      options[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  /** The token being typed: the text after the last space, without a leading - or quote. */
  function currentToken() {
    const value = input.value;
    const start = value.lastIndexOf(' ') + 1;
    const raw = value.slice(start);
    const lead = /^[-"“「]*/.exec(raw)[0];
    return { before: value.slice(0, start) + lead, prefix: raw.slice(lead.length) };
  }

  function pick(text) {
    const { before } = currentToken();
    input.value = `${before}${text}`;
    close();
    onPick(input.value);
  }

  function show(suggestions) {
    options = suggestions.slice(0, MAX_SHOWN).map((suggestion, i) =>
      el(
        'li',
        {
          id: `suggestion-${i}`,
          role: 'option',
          class: 'suggestion',
          'aria-selected': 'false',
          'data-text': suggestion.text,
          on: {
            // mousedown, not click: the input must not lose focus (and close the list) first
            mousedown: (event) => {
              event.preventDefault();
              pick(suggestion.text);
            },
          },
        },
        el('span', { class: 'suggestion-text', text: suggestion.text }),
        suggestion.kind ? el('span', { class: 'suggestion-kind', text: suggestionKindLabel(suggestion.kind) }) : null,
      ),
    );
    replaceChildren(listbox, options);
    if (options.length === 0) {
      close();
      return;
    }
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  }

  async function fetchSuggestions() {
    const { prefix } = currentToken();
    if (!available || prefix.trim().length === 0) {
      close();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    try {
      const answer = await api.suggest(prefix.trim(), controller.signal);
      if (document.activeElement !== input) return;
      const list = Array.isArray(answer?.suggestions) ? answer.suggestions : [];
      show(list.filter((s) => typeof s?.text === 'string' && s.text.length > 0));
    } catch (error) {
      if (error.name === 'AbortError') return;
      if (error.status === 404 || error.status === 405 || error.status === 501) available = false;
      close();
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(fetchSuggestions, DELAY_MS);
  });

  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden && options.length > 0;
    if (event.key === 'ArrowDown' && open) {
      event.preventDefault();
      setActive((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && open) {
      event.preventDefault();
      setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      pick(options[active].dataset.text);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });

  input.addEventListener('blur', () => setTimeout(close, 0));

  return {
    /** Closes the list and drops any pending request (the query was submitted). */
    close() {
      clearTimeout(timer);
      controller?.abort();
      close();
    },
    /** Whether the last request found the endpoint (for tests and diagnostics). */
    get available() {
      return available;
    },
  };
}
