// Inloggen: e-mail and password; errors at the fields and in a summary; then back to ?terug or /kaart.
import { h } from '../dom.js';
import { api, setCsrfToken } from '../api.js';
import { startPage, paragraph } from '../page.js';
import { textField, button, showErrors, clearErrors } from '../forms.js';
import { safeReturnPath } from '../return-path.js';

export const what = 'het inloggen';

/** Only a local path is a safe place to return to (return-path.js). */
function returnPath() {
  return safeReturnPath(new URLSearchParams(location.search).get('terug'), '/kaart');
}

export async function render(main) {
  startPage(main, 'Inloggen');
  const summary = h('div', { class: 'lb-summary', hidden: true });
  const email = textField({ label: 'E-mailadres', name: 'email', type: 'email', autocomplete: 'username' });
  const password = textField({ label: 'Wachtwoord', name: 'password', type: 'password', autocomplete: 'current-password' });
  const submit = button('Inloggen', { primary: true, type: 'submit' });
  const form = h('form', { class: 'utrecht-form lb-form lb-login', novalidate: true },
    summary, email.wrapper, password.wrapper, h('div', { class: 'lb-actions' }, submit));

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    const errors = [];
    if (!email.input.value.trim()) errors.push({ field: 'email', message: 'Vul uw e-mailadres in.' });
    if (!password.input.value) errors.push({ field: 'password', message: 'Vul uw wachtwoord in.' });
    if (errors.length) {
      showErrors(form, summary, errors);
      summary.scrollIntoView({ block: 'nearest' });
      return;
    }
    submit.disabled = true;
    try {
      const answer = await api('/api/session', {
        method: 'POST', json: { email: email.input.value.trim(), password: password.input.value }, redirect401: false,
      });
      setCsrfToken(answer.csrf_token);
      location.assign(returnPath());
    } catch (err) {
      submit.disabled = false;
      const field = err.status === 401 ? 'password' : (err.field || '');
      showErrors(form, summary, [{ field, message: err.message }]);
    }
  });

  main.append(
    paragraph('Log in met het e-mailadres en wachtwoord die u van de beheerder van uw organisatie hebt gekregen.'),
    form);
}
