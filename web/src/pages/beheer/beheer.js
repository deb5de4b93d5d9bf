// Beheer: organisations and users, each with a list and a form to add one.
import { h, replace } from '../../shared/dom.js';
import { get, post } from '../../shared/api.js';
import { startPage, paragraph, section } from '../../shared/page.js';
import { loadForPage, errorBlock } from '../../shared/page-errors.js';
import { textField, selectField, choiceFieldset, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { dataTable } from '../../shared/table.js';
import { userTable } from './users.js';
import { signalSharing } from './signal-sharing.js';

export const what = 'het beheer van organisaties en gebruikers';

const ORG_KINDS = [
  { value: 'corporatie', label: 'Woningcorporatie' },
  { value: 'gemeente', label: 'Gemeente' },
  { value: 'welzijn', label: 'Welzijnsorganisatie' },
];
const ROLES = [
  { value: 'lezer', label: 'Lezer – bekijkt de kaart, gebieden, gemeenten en het programma' },
  { value: 'wijkteam', label: 'Wijkteam – bekijkt de kaart en de gebieden' },
  { value: 'analist', label: 'Analist – rekent, slaat scenario\u2019s op en leest gegevens in' },
  { value: 'beheerder', label: 'Beheerder – alles, ook organisaties en gebruikers' },
];
const roleShort = (r) => (ROLES.find((x) => x.value === r) || { label: r }).label.split(' – ')[0];
const kindLabel = (k) => (ORG_KINDS.find((x) => x.value === k) || { label: k }).label;

function organisationForm(onSaved) {
  const name = textField({ label: 'Naam van de organisatie', name: 'name', autocomplete: 'organization' });
  const kind = selectField({ label: 'Soort organisatie', name: 'kind', options: ORG_KINDS, value: 'gemeente' });
  return submitForm({
    parts: [name.wrapper, kind.wrapper],
    submitLabel: 'Organisatie toevoegen',
    check: () => (name.input.value.trim() ? [] : [{ field: 'name', message: 'Vul de naam van de organisatie in.' }]),
    send: async ({ result }) => {
      await post('/api/v1/organisaties', { name: name.input.value.trim(), kind: kind.select.value });
      result.append(statusMessage(`${name.input.value.trim()} is toegevoegd.`));
      name.input.value = '';
      onSaved();
    },
  }).form;
}

// A beheerder adds users to the own organisation only (the server refuses any other).
function userForm(ownOrganisation, wijken, onSaved) {
  const name = textField({ label: 'Naam', name: 'name', autocomplete: 'off' });
  const email = textField({ label: 'E-mailadres', name: 'email', type: 'email', autocomplete: 'off' });
  const password = textField({
    label: 'Wachtwoord', name: 'password', type: 'password', autocomplete: 'new-password',
    description: 'Kies een lang wachtwoord. Geef het op een veilige manier door aan de gebruiker.',
  });
  const role = selectField({ label: 'Rol', name: 'role', options: ROLES, value: 'lezer' });
  const organisation = paragraph(`De gebruiker komt in uw eigen organisatie: ${ownOrganisation}.`);
  const wijkChoices = wijken.length
    ? choiceFieldset({
      legend: 'Wijken (voor de rol wijkteam)', name: 'wijken', type: 'checkbox',
      options: wijken.map((w) => ({ value: w.code, label: `${w.name} (${w.gemeente_name || w.gemeente || w.code})` })),
      checked: [],
    })
    : null;
  return submitForm({
    parts: [name.wrapper, email.wrapper, password.wrapper, role.wrapper, organisation,
      wijkChoices ? h('div', { class: 'lb-wijken' }, wijkChoices.wrapper) : paragraph('Er zijn nog geen wijken ingelezen.')],
    submitLabel: 'Gebruiker toevoegen',
    check: () => [
      !name.input.value.trim() && { field: 'name', message: 'Vul de naam in.' },
      !email.input.value.trim() && { field: 'email', message: 'Vul het e-mailadres in.' },
      !password.input.value && { field: 'password', message: 'Vul een wachtwoord in.' },
    ].filter(Boolean),
    send: async ({ form, result }) => {
      await post('/api/v1/gebruikers', {
        name: name.input.value.trim(),
        email: email.input.value.trim(),
        password: password.input.value,
        role: role.select.value,
        wijken: wijkChoices ? wijkChoices.inputs.filter((i) => i.checked).map((i) => i.value) : [],
      });
      result.append(statusMessage(`${name.input.value.trim()} is toegevoegd als ${roleShort(role.select.value).toLowerCase()}.`));
      form.reset();
      onSaved();
    },
  }).form;
}

export async function render(main, { user }) {
  startPage(main, 'Beheer');
  const orgList = h('div');
  const userList = h('div');
  let organisations = [];

  async function loadOrganisations() {
    organisations = (await get('/api/v1/organisaties')).organisations || [];
    replace(orgList, dataTable([
      { key: 'name', label: 'Naam' },
      { key: 'kind', label: 'Soort', cell: (o) => kindLabel(o.kind) },
    ], organisations, { caption: 'Alle organisaties', rowHeader: 'name', sortable: true }));
  }
  const userStatus = h('div', { class: 'lb-result', 'aria-live': 'polite' });
  async function loadUsers() {
    const { users } = await get('/api/v1/gebruikers');
    const orgName = (id) => (organisations.find((o) => o.id === id) || { name: String(id ?? '–') }).name;
    replace(userList, userTable({
      users: users || [], me: user, roles: ROLES, roleShort, orgName, wijken, status: userStatus, onChanged: loadUsers,
    }));
  }

  let wijken = [];
  try {
    wijken = (await get('/api/v1/wijken')).wijken || [];
  } catch (err) {
    main.append(errorBlock(err, 'de wijken'));
  }
  const loaded = await loadForPage(main, { user, what }, async () => {
    await loadOrganisations();
    await loadUsers();
  });
  if (!loaded) return;
  const own = organisations.find((o) => o.id === user.organisation_id);
  const usersForm = userForm(own ? own.name : 'uw organisatie', wijken, async () => { await loadUsers(); });
  let sharing;
  try {
    sharing = await signalSharing();
  } catch (err) {
    sharing = errorBlock(err, 'de afspraken over het delen van signalen');
  }
  main.append(
    paragraph('Hier voegt u organisaties en gebruikers toe. Een gebruiker ziet alleen wat zijn rol toestaat.'),
    section('Organisaties', orgList, h('h3', { class: 'utrecht-heading-3' }, 'Organisatie toevoegen'),
      organisationForm(async () => { await loadOrganisations(); })),
    section('Gebruikers', userList, userStatus, h('h3', { class: 'utrecht-heading-3' }, 'Gebruiker toevoegen'), usersForm),
    section('Signalen delen per wijk', sharing));
}
