// Form fields in the NL Design System (Utrecht) markup: each a label, an optional description and
// its control, with data-field (the request's name) for the field errors (form.js).
import { h, uid } from './dom.js';

/** A field's id and the id of its description (null without one). */
function idsOf(name, description) {
  const id = uid(`veld-${name}`);
  return { id, descId: description ? `${id}-uitleg` : null };
}

/** The Utrecht wrapper of one labelled control; kind: the modifier (text, select). */
function labelled({ kind, name, id, descId, label, description }, control) {
  return h('div', { class: `utrecht-form-field utrecht-form-field--${kind}`, 'data-field': name },
    h('div', { class: 'utrecht-form-field__label' },
      h('label', { class: 'utrecht-form-label', htmlFor: id }, label)),
    description ? h('div', { class: 'utrecht-form-field-description', id: descId }, description) : null,
    h('div', { class: 'utrecht-form-field__input' }, control));
}

/** A labelled text input. options: label, name, type, value, autocomplete, description, required, attrs. */
export function textField({ label, name, type = 'text', value = '', autocomplete, description, required, attrs = {} }) {
  const { id, descId } = idsOf(name, description);
  const input = h('input', {
    class: 'utrecht-textbox utrecht-textbox--html-input',
    id, name, type, value, autocomplete, required,
    'aria-describedby': descId,
    ...attrs,
  });
  return { wrapper: labelled({ kind: 'text', name, id, descId, label, description }, input), input };
}

/** A date input (YYYY-MM-DD). */
export const dateField = (label, name, value = '') => textField({ label, name, type: 'date', value });

/** A labelled textarea. options: label, name, value, description, rows, maxlength. */
export function textArea({ label, name, value = '', description, rows = 4, maxlength }) {
  const { id, descId } = idsOf(name, description);
  const input = h('textarea', {
    class: 'utrecht-textarea utrecht-textarea--html-textarea', id, name, rows: String(rows), maxlength, 'aria-describedby': descId,
  });
  input.value = value;
  return { wrapper: labelled({ kind: 'text', name, id, descId, label, description }, input), input };
}

/** A labelled file input. options: label, name, description, accept, className (of the input). */
export function fileField({ label, name, description, accept, className = 'lb-file' }) {
  const { id, descId } = idsOf(name, description);
  const input = h('input', { type: 'file', id, name, class: className, accept, 'aria-describedby': descId });
  return { wrapper: labelled({ kind: 'text', name, id, descId, label, description }, input), input };
}

/** A labelled select. options: [{value, label}] */
export function selectField({ label, name, options, value, description }) {
  const { id, descId } = idsOf(name, description);
  const select = h('select', {
    class: 'utrecht-select utrecht-select--html-select', id, name, 'aria-describedby': descId,
  }, options.map((o) => h('option', { value: String(o.value), selected: String(o.value) === String(value) }, o.label)));
  return { wrapper: labelled({ kind: 'select', name, id, descId, label, description }, select), select };
}

/** The choices of a select from an object of value: label. */
export const optionsOf = (labels) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The year choice: years, newest first as given; first: a choice before them (e.g. all years). */
export function yearField({ label = 'Jaar', name, years, value, first, description }) {
  return selectField({
    label, name, value, description,
    options: [...(first ? [first] : []), ...years.map((y) => ({ value: y, label: String(y) }))],
  });
}

/** The choice of a wijk ({code, name}), all wijken first. */
export function wijkField({ wijken, value = '' }) {
  return selectField({
    label: 'Wijk', name: 'wijk', value,
    options: [{ value: '', label: 'Alle wijken' }, ...wijken.map((w) => ({ value: w.code, label: w.name || w.code }))],
  });
}

/** A select of buurten grouped by wijk (optgroups), with an empty first choice. */
export function buurtSelect({ label, name = 'buurt', buurten, description, empty = 'Kies een buurt' }) {
  const { id, descId } = idsOf(name, description);
  const groups = new Map();
  for (const b of buurten) {
    if (!groups.has(b.wijk)) groups.set(b.wijk, { name: b.wijk_name || b.wijk, items: [] });
    groups.get(b.wijk).items.push(b);
  }
  const select = h('select', { class: 'utrecht-select utrecht-select--html-select', id, name, 'aria-describedby': descId },
    h('option', { value: '' }, empty),
    [...groups.values()].map((g) => h('optgroup', { label: g.name },
      g.items.map((b) => h('option', { value: b.code }, b.name)))));
  return { wrapper: labelled({ kind: 'select', name, id, descId, label, description }, select), select };
}

/** One radio button or checkbox with its label, the Utrecht way (the control first). */
function choice({ type, id, name, value, checked, label }) {
  const radio = type === 'radio';
  const input = h('input', {
    type, id, name, value, checked,
    class: radio ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-checkbox',
  });
  const wrapper = h('div', { class: `utrecht-form-field utrecht-form-field--${radio ? 'radio' : 'checkbox'} lb-choice` },
    h('div', { class: 'utrecht-form-field__input' }, input),
    h('div', { class: 'utrecht-form-field__label' },
      h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', htmlFor: id }, label)));
  return { wrapper, input };
}

/** A single checkbox that switches something on the page (not sent anywhere). */
export function checkboxField({ label, checked, id }) {
  return choice({ type: 'checkbox', id, checked, label });
}

/** A fieldset of radio buttons or checkboxes. options: [{value, label}]; checked: value or array. */
export function choiceFieldset({ legend, name, type = 'radio', options, checked }) {
  const isChecked = (v) => (Array.isArray(checked) ? checked.includes(v) : checked === v);
  const choices = options.map((o) => choice({
    type, id: uid(`keuze-${name}`), name, value: String(o.value), checked: isChecked(o.value), label: o.label,
  }));
  const fieldset = h('fieldset', {
    class: 'utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset lb-choices', 'data-field': name,
  },
  h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, legend),
  choices.map((c) => c.wrapper));
  const wrapper = h('div', { class: 'utrecht-form-fieldset lb-fieldset' }, fieldset);
  return { wrapper, fieldset, inputs: choices.map((c) => c.input) };
}

/** A fieldset with its legend around other fields. options: legend, className (more classes), field (data-field). */
export function fieldGroup({ legend, className = '', field }, ...children) {
  return h('fieldset', {
    class: `utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset${className ? ` ${className}` : ''}`, 'data-field': field,
  },
  h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, legend),
  children);
}

export function button(text, { primary = false, type = 'button', onclick, attrs = {} } = {}) {
  return h('button', {
    type,
    class: `utrecht-button ${primary ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`,
    onclick,
    ...attrs,
  }, text);
}

/** A status line announced to screen readers (for success messages). */
export function statusMessage(text, kind = 'ok') {
  return h('div', { class: `utrecht-alert utrecht-alert--${kind === 'ok' ? 'ok' : 'info'} lb-status`, role: 'status' }, text);
}
