// Beheer: the users of the own organisation, with a role to change, the wijken they work in, and an
// account to switch off or on. Each change ends that user's sessions (the server does so); the own
// role and account are not changed here.
import { h } from '../../shared/dom.js';
import { post } from '../../shared/api.js';
import { statusMessage, choiceFieldset, button } from '../../shared/fields.js';
import { dataTable } from '../../shared/table.js';

const wijkList = (u) => (u.wijken || []).join(', ') || '–';

export function userTable({ users, me, roles, roleShort, orgName, wijken, status, onChanged }) {
  async function change(user, body, done, undo) {
    status.replaceChildren();
    try {
      await post(`/api/v1/gebruikers/${user.id}`, body);
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
  const wijkenCell = (u) => {
    if (!wijken.length) return wijkList(u);
    const choices = choiceFieldset({
      legend: `Wijken van ${u.name}`, name: `wijken-${u.id}`, type: 'checkbox',
      options: wijken.map((w) => ({ value: w.code, label: `${w.name} (${w.code})` })),
      checked: u.wijken || [],
    });
    const save = button('Wijken opslaan', {
      attrs: { 'aria-label': `Wijken van ${u.name} opslaan` },
      onclick: () => change(u, { wijken: choices.inputs.filter((i) => i.checked).map((i) => i.value) },
        `De wijken van ${u.name} zijn opgeslagen.`, () => {}),
    });
    return h('div', {}, wijkList(u),
      h('details', { class: 'lb-user-wijken' },
        h('summary', { 'aria-label': `Wijken van ${u.name} wijzigen` }, 'Wijzigen'),
        h('div', { class: 'lb-wijken' }, choices.wrapper), save));
  };
  return dataTable([
    { key: 'name', label: 'Naam' },
    { key: 'email', label: 'E-mailadres' },
    { key: 'role', label: 'Rol', value: (u) => roleShort(u.role), cell: roleCell },
    { key: 'organisation_id', label: 'Organisatie', value: (u) => orgName(u.organisation_id) },
    { key: 'wijken', label: 'Wijken', value: wijkList, cell: wijkenCell },
    { key: 'disabled', label: 'Account', value: (u) => (u.disabled ? 'uit' : 'aan'), cell: accountCell },
  ], users, { caption: 'Gebruikers van uw organisatie', rowHeader: 'name', sortable: true });
}
