// Inloggen: e-mail and password; errors at the fields and in a summary; then back to ?terug or /kaart.
import { api, setCsrfToken } from '../../shared/api.js';
import { startPage, paragraph } from '../../shared/page.js';
import { textField } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { safeReturnPath } from './return-path.js';

export const what = 'het inloggen';

/** Only a local path is a safe place to return to (return-path.js). */
function returnPath() {
  return safeReturnPath(new URLSearchParams(location.search).get('terug'), '/kaart');
}

export async function render(main) {
  startPage(main, 'Inloggen');
  const email = textField({ label: 'E-mailadres', name: 'email', type: 'email', autocomplete: 'username' });
  const password = textField({ label: 'Wachtwoord', name: 'password', type: 'password', autocomplete: 'current-password' });
  const { form } = submitForm({
    className: 'lb-login',
    parts: [email.wrapper, password.wrapper],
    submitLabel: 'Inloggen',
    check: () => [
      !email.input.value.trim() && { field: 'email', message: 'Vul uw e-mailadres in.' },
      !password.input.value && { field: 'password', message: 'Vul uw wachtwoord in.' },
    ].filter(Boolean),
    onInvalid: (summary) => summary.scrollIntoView({ block: 'nearest' }),
    // The button stays off while the next page loads.
    send: async ({ submit }) => {
      submit.disabled = true;
      try {
        const answer = await api('/api/v1/sessie', {
          method: 'POST', json: { email: email.input.value.trim(), password: password.input.value }, redirect401: false,
        });
        setCsrfToken(answer.csrf_token);
        location.assign(returnPath());
      } catch (err) {
        submit.disabled = false;
        throw err;
      }
    },
    fieldOf: (err) => (err.status === 401 ? 'password' : (err.field || '')),
  });
  main.append(
    paragraph('Log in met het e-mailadres en wachtwoord die u van de beheerder van uw organisatie hebt gekregen.'),
    form);
}
