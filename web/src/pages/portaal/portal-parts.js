// What the pages of the residents' portal share: the API without a session (a 401 is an answer,
// not a reason to log in), the link back, the honeypot field, the form that sends and then
// stands in for itself with the server's message, and the page of a confirmation link.
import { h, uid, replace } from '../../shared/dom.js';
import { api } from '../../shared/api.js';
import { startPage, paragraph } from '../../shared/page.js';
import { errorAlert } from '../../shared/page-errors.js';
import { textField, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';

export const get = (path) => api(path, { redirect401: false });
export const post = (path, json) => api(path, { method: 'POST', json, redirect401: false });

export function backLink(text) {
  return paragraph(h('a', { class: 'utrecht-link', href: '/portaal' }, text));
}

/** Whether a field has something in it (spaces do not count). */
export const filled = (f) => (f.input || f.select).value.trim() !== '';

/**
 * The honeypot: a field people never see or reach (visually hidden, hidden from screen readers,
 * out of the tab order) that form-filling programs fill in. The server drops what comes with it.
 */
function honeypotField() {
  const id = uid('veld-website');
  const input = h('input', {
    type: 'text', id, name: 'website', tabindex: '-1', autocomplete: 'off', class: 'utrecht-textbox',
  });
  const wrapper = h('div', { class: 'lb-visually-hidden', 'aria-hidden': 'true' },
    h('label', { htmlFor: id }, 'Laat dit veld leeg'), input);
  return { wrapper, input };
}

/** The resident's own address (one support or request per address): {wrappers, errors(), body()}. */
export function addressFields() {
  const postcode = textField({ label: 'Uw postcode', name: 'postcode', autocomplete: 'postal-code' });
  const huisnummer = textField({ label: 'Uw huisnummer', name: 'huisnummer', autocomplete: 'off' });
  const toevoeging = textField({ label: 'Toevoeging (mag leeg)', name: 'toevoeging', autocomplete: 'off' });
  return {
    wrappers: [postcode.wrapper, huisnummer.wrapper, toevoeging.wrapper],
    errors: () => [
      !filled(postcode) && { field: 'postcode', message: 'Vul uw postcode in.' },
      !filled(huisnummer) && { field: 'huisnummer', message: 'Vul uw huisnummer in.' },
    ].filter(Boolean),
    body: () => ({ postcode: postcode.input.value, huisnummer: huisnummer.input.value, toevoeging: toevoeging.input.value }),
  };
}

/**
 * The resident's e-mail address (for the confirmation link), and the honeypot after it:
 * {wrappers, errors(), body()}. description: what the address is for, under its label.
 */
export function contactFields(description) {
  const email = textField({ label: 'Uw e-mailadres', name: 'email', type: 'email', autocomplete: 'email', description });
  const trap = honeypotField();
  return {
    wrappers: [email.wrapper, trap.wrapper],
    errors: () => (filled(email) ? [] : [{ field: 'email', message: 'Vul uw e-mailadres in.' }]),
    body: () => ({ email: email.input.value, website: trap.input.value }),
  };
}

/**
 * A form of the portal: check() as for submitForm, send() posts and answers {message}, which then
 * stands where the form was. The server's errors show at the fields and in the summary, and
 * onFieldError(field) may show a field that was hidden.
 */
export function portalForm({ label, parts, submitLabel, check, send, onFieldError }) {
  return submitForm({
    label,
    parts,
    submitLabel,
    check,
    send: async ({ form }) => form.replaceWith(statusMessage((await send()).message)),
    onError: (err) => { if (onFieldError) onFieldError(err.field); },
  }).form;
}

/** The page of a confirmation link: the token goes to path; the answer or the error shows. */
export async function renderConfirm(main, path, token, back) {
  startPage(main, 'Bevestigen');
  const box = h('div');
  main.append(box, back);
  try {
    const answer = await post(path, { token });
    replace(box, statusMessage(answer.message));
  } catch (err) {
    replace(box, errorAlert(err.message));
  }
}
