// Beheer: the users of the own organisation, with a role to change and an account to switch off or
// on. Either ends that user's sessions (the server does so); the own account is not changed here.
import { h } from './dom.js';
import { post } from './api.js';
import { statusMessage } from './forms.js';
import { dataTable } from './table.js';

export function userTable({ users, me, roles, roleShort, orgName, status, onChanged }) {
  async function change(user, body, done, undo) {
    status.replaceChildren();
    try {
      await post(`/api/users/${user.id}`, body);
      status.append(statusMessage(`${done} ${user.name} moet opnieuw inloggen.`));
      await onChanged();
    } catch (err) {
      undo();
      status.append(statusMessage(err.message, 'info'));
    }
  }
  const roleCell = (u) => {
    if (u.id === me.id) return `${roleShort(u.role)} (dit bent u)`;
    const select = h('select', {
      class: 'utrecht-select utrecht-select--html-select', 'aria-label': `Rol van ${u.name}`,
    }, roles.map((r) => h('option', { value: r.value, selected: r.value === u.role }, roleShort(r.value))));
    select.addEventListener('change', () => change(u, { role: select.value },
      `De rol van ${u.name} is nu ${roleShort(select.value).toLowerCase()}.`,
      () => { select.value = u.role; }));
    return select;
  };
  const accountCell = (u) => {
    if (u.id === me.id) return 'Aan';
    const label = u.disabled ? 'Aanzetten' : 'Uitzetten';
    return h('span', { class: 'lb-account' }, u.disabled ? 'Uit ' : 'Aan ',
      h('button', {
        type: 'button',
        class: 'utrecht-button utrecht-button--secondary-action',
        'aria-label': `Account van ${u.name} ${label.toLowerCase()}`,
        onclick: () => change(u, { disabled: !u.disabled },
          u.disabled ? `Het account van ${u.name} staat weer aan.` : `Het account van ${u.name} staat uit.`,
          () => {}),
      }, label));
  };
  return dataTable([
    { key: 'name', label: 'Naam' },
    { key: 'email', label: 'E-mailadres' },
    { key: 'role', label: 'Rol', value: (u) => roleShort(u.role), cell: roleCell },
    { key: 'organisation_id', label: 'Organisatie', value: (u) => orgName(u.organisation_id) },
    { key: 'wijken', label: 'Wijken', value: (u) => (u.wijken || []).join(', ') || '–' },
    { key: 'disabled', label: 'Account', value: (u) => (u.disabled ? 'uit' : 'aan'), cell: accountCell },
  ], users, { caption: 'Gebruikers van uw organisatie', rowHeader: 'name', sortable: true });
}
