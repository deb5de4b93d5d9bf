// Forms that check and send: the error summary at the top (role=alert, a link to each field), the
// message at the field, and the one round every form goes through (submitForm).
import { h, uid, replace } from './dom.js';
import { button } from './fields.js';

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

/** The (hidden) place of the error summary, the first thing in a form. */
export const errorSummary = () => h('div', { class: 'lb-summary', hidden: true });

/**
 * A form that checks what was entered, sends it and says how it went: the error summary, the
 * parts, the actions (the submit button first) and a result box, in the Utrecht markup.
 * On submit it clears the errors and the result; check() answers the errors it finds before
 * sending (all shown at once, then onInvalid(summary)); else send({form, result, submit}) does
 * the work, and an error it throws shows at its field and in the summary (fieldOf(err) picks the
 * field), then onError(err, {form, result, submit}).
 * options: label (aria-label), className (more classes), parts, submitLabel, actions (more buttons
 * after it), after (parts below the actions), live (the result box is aria-live), busy (the submit
 * button is off while sending).
 * Answers {form, summary, result, submit, run}: run(check, send) is the same round, for another button.
 */
export function submitForm({
  label, className = '', parts = [], submitLabel, actions = [], after = [], live = false, busy = false,
  check = () => [], send, fieldOf = (err) => err.field || '', onInvalid, onError,
}) {
  const summary = errorSummary();
  const result = h('div', { class: 'lb-result', 'aria-live': live ? 'polite' : null });
  const submit = button(submitLabel, { primary: true, type: 'submit' });
  const form = h('form', { class: `utrecht-form lb-form${className ? ` ${className}` : ''}`, novalidate: true, 'aria-label': label },
    summary, parts, h('div', { class: 'lb-actions' }, submit, actions), after, result);
  const handles = { form, result, submit };

  async function run(checkNow, sendNow) {
    clearErrors(form, summary);
    result.replaceChildren();
    const errors = checkNow();
    if (errors.length) {
      showErrors(form, summary, errors);
      if (onInvalid) onInvalid(summary);
      return;
    }
    if (busy) submit.disabled = true;
    try {
      await sendNow(handles);
    } catch (err) {
      showErrors(form, summary, [{ field: fieldOf(err), message: err.message }]);
      if (onError) onError(err, handles);
    } finally {
      if (busy) submit.disabled = false;
    }
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    run(check, send);
  });
  return { ...handles, summary, run };
}
