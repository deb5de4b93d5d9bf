// The search in the top bar: an address, postcode, buurt, wijk, gemeente or complex; choosing a
// result opens its area page. The WAI-ARIA combobox pattern (an input with a listbox popup):
// arrows move through the results, Enter opens the chosen one, Escape closes the list. On a
// phone the field is behind a "Zoeken" button and opens over the full width of the top bar.
import { h, replace, uid } from './dom.js';
import { api } from './api.js';

const MIN_LENGTH = 2;
const MAX_LENGTH = 100;
const DEBOUNCE_MS = 250;

const KIND_LABEL = {
  adres: 'Adres', postcode: 'Postcode', buurt: 'Buurt', wijk: 'Wijk', gemeente: 'Gemeente', complex: 'Complex',
};

/** Puts the search box in the top bar, before `before` (the user box); once per page. */
export function renderSearch(before) {
  if (!before || document.getElementById('zoeken')) return;
  const id = uid('zoeken');
  const listId = `${id}-lijst`;
  const input = h('input', {
    id: `${id}-veld`, class: 'lb-search__input', type: 'search', role: 'combobox', autocomplete: 'off',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId,
    maxlength: String(MAX_LENGTH), placeholder: 'Adres, postcode, buurt…',
  });
  const list = h('ul', { id: listId, class: 'lb-search__list', role: 'listbox', 'aria-label': 'Zoekresultaten', hidden: true });
  const status = h('p', { class: 'lb-search__status', role: 'status', 'aria-live': 'polite' });
  const toggle = h('button', {
    type: 'button', class: 'lb-search__toggle', 'aria-expanded': 'false', 'aria-controls': `${id}-vak`,
  }, h('span', { class: 'lb-search__icon', 'aria-hidden': 'true' }), h('span', { class: 'lb-search__toggle-text' }, 'Zoeken'));
  const panel = h('div', { id: `${id}-vak`, class: 'lb-search__panel' },
    h('label', { class: 'lb-search__label', for: input.id }, 'Zoeken'), input, list, status);
  const box = h('div', { id: 'zoeken', class: 'lb-search', role: 'search' }, toggle, panel);
  before.parentNode.insertBefore(box, before);

  let results = [];
  let active = -1;
  let timer = null;
  let asked = 0;  // the number of the latest question: older answers are dropped

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', i === index ? 'true' : 'false'));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };
  const open = (hit) => { location.assign(hit.href); };
  const show = (hits, message) => {
    results = hits;
    replace(list, hits.map((hit, i) => h('li', {
      id: `${id}-optie-${i}`, class: 'lb-search__option', role: 'option', 'aria-selected': 'false',
      onmousedown: (e) => e.preventDefault(),  // keep the focus in the field
      onclick: () => open(hit),
    }, h('span', { class: 'lb-search__option-label' }, hit.label),
    h('span', { class: 'lb-search__option-detail' }, `${KIND_LABEL[hit.kind] || hit.kind} · ${hit.detail}`))));
    if (!hits.length && message) list.append(h('li', { class: 'lb-search__empty', role: 'option', 'aria-disabled': 'true' }, message));
    list.hidden = !hits.length && !message;
    input.setAttribute('aria-expanded', list.hidden ? 'false' : 'true');
    status.textContent = hits.length ? `${hits.length} ${hits.length === 1 ? 'resultaat' : 'resultaten'}` : (message || '');
    mark(-1);
  };
  const ask = async () => {
    const q = input.value.trim();
    const number = ++asked;
    if ([...q].length < MIN_LENGTH) { show([], ''); close(); return; }
    try {
      const answer = await api(`/api/v1/zoeken?q=${encodeURIComponent(q)}`);
      if (number === asked) show(answer.results, 'Geen resultaten');
    } catch (e) {
      if (number === asked) show([], e.message);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(ask, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (list.hidden && results.length) { list.hidden = false; input.setAttribute('aria-expanded', 'true'); }
      if (!results.length) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      mark((active + step + results.length) % results.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = results[active >= 0 ? active : 0];
      if (hit && !list.hidden) open(hit);
    } else if (e.key === 'Escape') {
      if (!list.hidden) { e.preventDefault(); close(); } else if (box.classList.contains('lb-search--open')) setOpen(false);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));

  // The narrow top bar: the button opens and closes the field.
  const setOpen = (on) => {
    box.classList.toggle('lb-search--open', on);
    toggle.setAttribute('aria-expanded', on ? 'true' : 'false');
    if (on) input.focus(); else { close(); toggle.focus(); }
  };
  toggle.addEventListener('click', () => setOpen(!box.classList.contains('lb-search--open')));
}
