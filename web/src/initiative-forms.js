// Form parts shared by the initiatives pages and the residents' portal: a text area, the buurt
// choice grouped by wijk, the honeypot field, and the Dutch words for types and states.
import { h, uid } from './dom.js';

export const TYPE_LABEL = {
  buurtfeest: 'Buurtfeest of markt',
  speelplek: 'Speelplek of speeltuin',
  groen: 'Groen, moestuin of tuin',
  ontmoeten: 'Ontmoetingsplek of bankjes',
  schoon: 'Opruimen en schoonhouden',
  jeugd: 'Activiteit voor de jeugd',
  ouderen: 'Activiteit voor ouderen',
  buurtkrant: 'Buurtkrant of buurtapp',
  veiligheid: 'Veiligheid en verkeer',
  overig: 'Iets anders',
};

export const STATE_LABEL = {
  onbevestigd: 'Wacht op bevestiging',
  open: 'Verzamelt steun',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
  gerealiseerd: 'Gerealiseerd',
  geevalueerd: 'Geëvalueerd',
};

/** The state in words; an open initiative with its majority waits for the decision. */
export function stateText(i) {
  if (i.state === 'open' && i.supported) return i.overdue ? 'Wacht op besluit (te laat)' : 'Wacht op besluit';
  return STATE_LABEL[i.state] || i.state;
}

/** A labelled text area. */
export function textArea({ label, name, value = '', description, rows = 4 }) {
  const id = uid(`veld-${name}`);
  const descId = description ? `${id}-uitleg` : null;
  const input = h('textarea', {
    class: 'utrecht-textarea utrecht-textarea--html-textarea', id, name, rows: String(rows), 'aria-describedby': descId,
  });
  input.value = value;
  const wrapper = h('div', { class: 'utrecht-form-field utrecht-form-field--text', 'data-field': name },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', htmlFor: id }, label)),
    description ? h('div', { class: 'utrecht-form-field-description', id: descId }, description) : null,
    h('div', { class: 'utrecht-form-field__input' }, input));
  return { wrapper, input };
}

/** A select of buurten grouped by wijk (optgroups), with an empty first choice. */
export function buurtSelect({ label, name = 'buurt', buurten, description, empty = 'Kies een buurt' }) {
  const id = uid(`veld-${name}`);
  const descId = description ? `${id}-uitleg` : null;
  const groups = new Map();
  for (const b of buurten) {
    if (!groups.has(b.wijk)) groups.set(b.wijk, { name: b.wijk_name || b.wijk, items: [] });
    groups.get(b.wijk).items.push(b);
  }
  const select = h('select', { class: 'utrecht-select utrecht-select--html-select', id, name, 'aria-describedby': descId },
    h('option', { value: '' }, empty),
    [...groups.values()].map((g) => h('optgroup', { label: g.name },
      g.items.map((b) => h('option', { value: b.code }, b.name)))));
  const wrapper = h('div', { class: 'utrecht-form-field utrecht-form-field--select', 'data-field': name },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', htmlFor: id }, label)),
    description ? h('div', { class: 'utrecht-form-field-description', id: descId }, description) : null,
    h('div', { class: 'utrecht-form-field__input' }, select));
  return { wrapper, select };
}

/**
 * The honeypot: a field people never see or reach (visually hidden, hidden from screen readers,
 * out of the tab order) that form-filling programs fill in. The server drops what comes with it.
 */
export function honeypotField() {
  const id = uid('veld-website');
  const input = h('input', {
    type: 'text', id, name: 'website', tabindex: '-1', autocomplete: 'off', class: 'utrecht-textbox',
  });
  const wrapper = h('div', { class: 'lb-visually-hidden', 'aria-hidden': 'true' },
    h('label', { htmlFor: id }, 'Laat dit veld leeg'), input);
  return { wrapper, input };
}
