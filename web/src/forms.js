// Form fields in the NL Design System (Utrecht) markup, with field errors and an error summary.
import { h, uid, replace } from './dom.js';

/** A labelled text input. options: label, name, type, value, autocomplete, description, required, attrs. */
export function textField({ label, name, type = 'text', value = '', autocomplete, description, required, attrs = {} }) {
  const id = uid(`veld-${name}`);
  const descId = description ? `${id}-uitleg` : null;
  const input = h('input', {
    class: 'utrecht-textbox utrecht-textbox--html-input',
    id, name, type, value, autocomplete, required,
    'aria-describedby': descId,
    ...attrs,
  });
  const wrapper = h('div', { class: 'utrecht-form-field utrecht-form-field--text', 'data-field': name },
    h('div', { class: 'utrecht-form-field__label' },
      h('label', { class: 'utrecht-form-label', htmlFor: id }, label)),
    description ? h('div', { class: 'utrecht-form-field-description', id: descId }, description) : null,
    h('div', { class: 'utrecht-form-field__input' }, input));
  return { wrapper, input };
}

/** A labelled select. options: [{value, label}] */
export function selectField({ label, name, options, value, description }) {
  const id = uid(`veld-${name}`);
  const descId = description ? `${id}-uitleg` : null;
  const select = h('select', {
    class: 'utrecht-select utrecht-select--html-select', id, name, 'aria-describedby': descId,
  }, options.map((o) => h('option', { value: String(o.value), selected: String(o.value) === String(value) }, o.label)));
  const wrapper = h('div', { class: 'utrecht-form-field utrecht-form-field--select', 'data-field': name },
    h('div', { class: 'utrecht-form-field__label' },
      h('label', { class: 'utrecht-form-label', htmlFor: id }, label)),
    description ? h('div', { class: 'utrecht-form-field-description', id: descId }, description) : null,
    h('div', { class: 'utrecht-form-field__input' }, select));
  return { wrapper, select };
}

/** A fieldset of radio buttons or checkboxes. options: [{value, label}]; checked: value or array. */
export function choiceFieldset({ legend, name, type = 'radio', options, checked }) {
  const isChecked = (v) => (Array.isArray(checked) ? checked.includes(v) : checked === v);
  const inputs = [];
  const fieldset = h('fieldset', {
    class: 'utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset lb-choices', 'data-field': name,
  },
  h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, legend),
  options.map((o) => {
    const id = uid(`keuze-${name}`);
    const input = h('input', {
      type, id, name, value: String(o.value), checked: isChecked(o.value),
      class: type === 'radio'
        ? 'utrecht-radio-button utrecht-radio-button--html-input'
        : 'utrecht-checkbox utrecht-checkbox--html-checkbox',
    });
    inputs.push(input);
    return h('div', { class: `utrecht-form-field utrecht-form-field--${type === 'radio' ? 'radio' : 'checkbox'} lb-choice` },
      h('div', { class: 'utrecht-form-field__input' }, input),
      h('div', { class: 'utrecht-form-field__label' },
        h('label', { class: 'utrecht-form-label utrecht-form-label--checkbox', htmlFor: id }, o.label)));
  }));
  const wrapper = h('div', { class: 'utrecht-form-fieldset lb-fieldset' }, fieldset);
  return { wrapper, fieldset, inputs };
}

export function button(text, { primary = false, type = 'button', onclick, attrs = {} } = {}) {
  return h('button', {
    type,
    class: `utrecht-button ${primary ? 'utrecht-button--primary-action' : 'utrecht-button--secondary-action'}`,
    onclick,
    ...attrs,
  }, text);
}

/**
 * Shows errors on a form: a summary (role=alert) at the top linking to each field, and the message at the field.
 * errors: [{field, message}]; field '' means a general error (only in the summary).
 */
export function showErrors(form, summary, errors) {
  clearErrors(form, summary);
  const items = errors.map((e) => {
    const wrapper = e.field ? findField(form, e.field) : null;
    const control = wrapper && wrapper.querySelector('input, select, textarea');
    if (wrapper) {
      const msgId = uid('fout');
      const msg = h('p', { class: 'utrecht-form-field-error-message lb-field-error', id: msgId },
        h('span', { class: 'lb-visually-hidden' }, 'Fout: '), e.message);
      wrapper.classList.add('utrecht-form-field--invalid');
      const anchor = wrapper.querySelector('.utrecht-form-field__input') || wrapper.querySelector('legend');
      if (anchor && anchor.tagName !== 'LEGEND') anchor.before(msg); else wrapper.prepend(msg);
      wrapper.querySelectorAll('input, select, textarea').forEach((c) => {
        c.setAttribute('aria-invalid', 'true');
        const described = (c.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
        c.dataset.describedbyBefore = described.join(' ');
        c.setAttribute('aria-describedby', [msgId, ...described].join(' '));
      });
    }
    const target = control ? control.id : null;
    return h('li', {}, target
      ? h('a', {
        class: 'utrecht-link', href: `#${target}`,
        onclick: (ev) => { ev.preventDefault(); control.focus(); },
      }, e.message)
      : e.message);
  });
  replace(summary,
    h('div', { class: 'utrecht-alert utrecht-alert--error lb-error-summary', role: 'alert' },
      h('h2', { class: 'utrecht-heading-2 lb-error-summary__title' }, 'Er is een probleem'),
      h('ul', { class: 'utrecht-unordered-list' }, items)));
  summary.hidden = false;
}

/** The wrapper of a field by its request name; "params.weights.basis" also finds "weights.basis" or "basis". */
function findField(form, field) {
  const parts = field.split('.');
  for (let i = 0; i < parts.length; i += 1) {
    const name = parts.slice(i).join('.');
    const el = form.querySelector(`[data-field="${CSS.escape(name)}"]`);
    if (el) return el;
  }
  return null;
}

export function clearErrors(form, summary) {
  form.querySelectorAll('.lb-field-error').forEach((el) => el.remove());
  form.querySelectorAll('.utrecht-form-field--invalid').forEach((el) => el.classList.remove('utrecht-form-field--invalid'));
  form.querySelectorAll('[aria-invalid]').forEach((c) => {
    c.removeAttribute('aria-invalid');
    const before = c.dataset.describedbyBefore;
    if (before) c.setAttribute('aria-describedby', before); else c.removeAttribute('aria-describedby');
    delete c.dataset.describedbyBefore;
  });
  if (summary) {
    summary.replaceChildren();
    summary.hidden = true;
  }
}

/** Turns an ApiError into the errors list for showErrors. */
export function apiErrors(err) {
  return [{ field: err.field || '', message: err.message }];
}

/** A status line announced to screen readers (for success messages). */
export function statusMessage(text, kind = 'ok') {
  return h('div', { class: `utrecht-alert utrecht-alert--${kind === 'ok' ? 'ok' : 'info'} lb-status`, role: 'status' }, text);
}
