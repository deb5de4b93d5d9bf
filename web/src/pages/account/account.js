// Mijn account: the user's own password. A change ends every session of the user, on every device;
// the answer carries a new session for this browser.
import { post, setCsrfToken } from '../../shared/api.js';
import { startPage, paragraph, section } from '../../shared/page.js';
import { textField, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';

export const what = 'uw account';

function passwordForm() {
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
  return submitForm({
    parts: [current.wrapper, next.wrapper, again.wrapper],
    submitLabel: 'Wachtwoord wijzigen',
    check: () => {
      const errors = [];
      if (!current.input.value) errors.push({ field: 'current_password', message: 'Vul uw huidige wachtwoord in.' });
      if (!next.input.value) errors.push({ field: 'new_password', message: 'Vul een nieuw wachtwoord in.' });
      else if (next.input.value !== again.input.value) {
        errors.push({ field: 'repeat_password', message: 'De twee nieuwe wachtwoorden zijn niet gelijk.' });
      }
      return errors;
    },
    send: async ({ form, result }) => {
      const answer = await post('/api/v1/sessie/wachtwoord',
        { current_password: current.input.value, new_password: next.input.value });
      setCsrfToken(answer.csrf_token);
      form.reset();
      result.append(statusMessage('Uw wachtwoord is gewijzigd. Op andere apparaten moet u opnieuw inloggen.'));
    },
  }).form;
}

export async function render(main, { user }) {
  startPage(main, 'Mijn account');
  main.append(
    paragraph(`U bent ingelogd als ${user.name} (${user.email}).`),
    section('Wachtwoord wijzigen', passwordForm()));
}
