// Mijn account: the user's own password. A change ends every session of the user, on every device;
// the answer carries a new session for this browser.
import { h } from '../dom.js';
import { post, setCsrfToken } from '../api.js';
import { startPage, paragraph, section } from '../page.js';
import { textField, button, showErrors, clearErrors, statusMessage } from '../forms.js';

export const what = 'uw account';

function passwordForm() {
  const summary = h('div', { class: 'lb-summary', hidden: true });
  const current = textField({
    label: 'Huidig wachtwoord', name: 'current_password', type: 'password', autocomplete: 'current-password',
  });
  const next = textField({
    label: 'Nieuw wachtwoord', name: 'new_password', type: 'password', autocomplete: 'new-password',
    description: 'Ten minste 12 tekens. Een zin van een paar woorden is goed te onthouden.',
  });
  const again = textField({
    label: 'Nieuw wachtwoord nog een keer', name: 'repeat_password', type: 'password', autocomplete: 'new-password',
  });
  const result = h('div', { class: 'lb-result' });
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true },
    summary, current.wrapper, next.wrapper, again.wrapper,
    h('div', { class: 'lb-actions' }, button('Wachtwoord wijzigen', { primary: true, type: 'submit' })), result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    result.replaceChildren();
    const errors = [];
    if (!current.input.value) errors.push({ field: 'current_password', message: 'Vul uw huidige wachtwoord in.' });
    if (!next.input.value) errors.push({ field: 'new_password', message: 'Vul een nieuw wachtwoord in.' });
    else if (next.input.value !== again.input.value) {
      errors.push({ field: 'repeat_password', message: 'De twee nieuwe wachtwoorden zijn niet gelijk.' });
    }
    if (errors.length) {
      showErrors(form, summary, errors);
      return;
    }
    try {
      const answer = await post('/api/session/password',
        { current_password: current.input.value, new_password: next.input.value });
      setCsrfToken(answer.csrf_token);
      form.reset();
      result.append(statusMessage('Uw wachtwoord is gewijzigd. Op andere apparaten moet u opnieuw inloggen.'));
    } catch (err) {
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
    }
  });
  return form;
}

export async function render(main, { user }) {
  startPage(main, 'Mijn account');
  main.append(
    paragraph(`U bent ingelogd als ${user.name} (${user.email}).`),
    section('Wachtwoord wijzigen', passwordForm()));
}
