// The wijk team and the meeting places of a wijk profile: the lists, and for those who work in the
// wijk adding and removing team members (per organisation) and adding and closing meeting places.
// Every change saves the whole profile (POST /api/v1/wijkwerk/profielen), the API's one way to change it.
import { h } from '../../shared/dom.js';
import { post } from '../../shared/api.js';
import { disclosure } from '../../shared/page.js';
import { errorAlert } from '../../shared/page-errors.js';
import { textField, dateField, selectField, optionsOf, button, statusMessage } from '../../shared/fields.js';
import { dataTable } from '../../shared/table.js';
import { dateText } from '../../shared/dates.js';
import { PLACE } from '../../neighbourhood/words.js';
import { postingForm, value } from './forms.js';

/** The profile as the API takes it, with the team or the meeting places replaced. */
function profileBody(profile, changes = {}) {
  const team = changes.team || profile.team;
  return {
    wijk_code: profile.wijk_code,
    year: profile.year,
    description: profile.description,
    focus: profile.focus,
    priorities: profile.priorities.map((p) => p.id),
    team: team.map((m) => ({ organisation_id: m.organisation_id, name: m.name, team_role: m.team_role })),
    meeting_places: changes.meeting_places || profile.meeting_places,
  };
}

/**
 * A form titled title that saves the profile with the changes() it makes; after a success,
 * onSaved(done). options: submitLabel, done, required (as for postingForm), changes.
 */
function profileChangeForm(profile, title, fields, { changes, done, ...options }, onSaved) {
  return postingForm(title, '/api/v1/wijkwerk/profielen', fields, {
    ...options, done, keep: true, body: () => profileBody(profile, changes()), onSaved: () => onSaved(done),
  });
}

/** A small button that saves the profile with one change; the outcome is announced in `status`. */
function changeButton(label, profile, changes, status, done, onSaved) {
  return button(label, {
    onclick: async () => {
      status.replaceChildren();
      try {
        await post('/api/v1/wijkwerk/profielen', profileBody(profile, changes));
        await onSaved(done);
      } catch (err) {
        status.append(errorAlert(err.message));
      }
    },
  });
}

/** The team of the profile; with editable, remove buttons and the form to add a member. */
export function teamBlock({ profile, organisations, editable, onSaved }) {
  const status = h('div', { role: 'status' });
  const columns = [
    { key: 'name', label: 'Naam' },
    { key: 'team_role', label: 'Rol in het team' },
    { key: 'organisation', label: 'Organisatie' },
  ];
  if (editable) {
    columns.push({
      key: 'actie', label: 'Wijzigen',
      cell: (m) => changeButton(`${m.name} uit het team halen`, profile,
        { team: profile.team.filter((x) => x !== m) }, status, `${m.name} is uit het team gehaald.`, onSaved),
    });
  }
  const fields = {
    name: textField({ label: 'Naam', name: 'name', autocomplete: 'off' }),
    team_role: textField({ label: 'Rol in het team', name: 'team_role', description: 'Bijvoorbeeld: wijkconsulent, opbouwwerker of wijkagent.' }),
    organisation_id: selectField({
      label: 'Organisatie', name: 'organisation_id',
      options: organisations.map((o) => ({ value: o.id, label: o.name })), value: organisations[0]?.id,
    }),
  };
  const form = editable ? profileChangeForm(profile, 'Teamlid toevoegen', fields, {
    done: 'Het teamlid is toegevoegd.', required: { name: 'Vul de naam in.', team_role: 'Vul de rol in het team in.' },
    changes: () => ({
      team: [...profile.team, {
        organisation_id: Number(value(fields.organisation_id)), name: value(fields.name), team_role: value(fields.team_role),
      }],
    }),
  }, onSaved) : null;
  return [
    h('h3', { class: 'utrecht-heading-3' }, 'Wijkteam'),
    dataTable(columns, profile.team, { caption: 'Leden van het wijkteam', rowHeader: 'name', empty: 'Nog geen teamleden.' }),
    status,
    form ? disclosure('Teamlid toevoegen', form) : null,
  ];
}

/** A form to close one open meeting place on a date. */
function closeForm(profile, open, onSaved) {
  const fields = {
    place: selectField({ label: 'Plek', name: 'place', options: open.map((p, i) => ({ value: i, label: p.name })), value: 0 }),
    closed_on: dateField('Gesloten op', 'closed_on'),
  };
  return profileChangeForm(profile, 'Ontmoetingsplek sluiten', fields, {
    submitLabel: 'Plek sluiten', done: 'De plek is gesloten.', required: { closed_on: 'Vul de datum in waarop de plek sluit.' },
    changes: () => {
      const target = open[Number(value(fields.place))];
      return { meeting_places: profile.meeting_places.map((p) => (p === target ? { ...p, closed_on: value(fields.closed_on) } : p)) };
    },
  }, onSaved);
}

function addPlaceForm(profile, onSaved) {
  const fields = {
    name: textField({ label: 'Naam van de plek', name: 'name', autocomplete: 'off' }),
    kind: selectField({ label: 'Soort plek', name: 'kind', options: optionsOf(PLACE), value: 'buurthuis' }),
    address: textField({ label: 'Adres', name: 'address', autocomplete: 'off' }),
    opened_on: dateField('Open sinds', 'opened_on'),
  };
  return profileChangeForm(profile, 'Ontmoetingsplek toevoegen', fields, {
    submitLabel: 'Plek toevoegen', done: 'De plek is toegevoegd.',
    required: { name: 'Vul de naam van de plek in.', address: 'Vul het adres in.', opened_on: 'Vul de datum in waarop de plek openging.' },
    changes: () => ({
      meeting_places: [...profile.meeting_places, {
        kind: value(fields.kind), name: value(fields.name), address: value(fields.address), opened_on: value(fields.opened_on), closed_on: '',
      }],
    }),
  }, onSaved);
}

/** The meeting places of the profile; with editable, the forms to add one and to close one. */
export function placesBlock({ profile, editable, onSaved }) {
  const open = profile.meeting_places.filter((p) => !p.closed_on);
  return [
    h('h3', { class: 'utrecht-heading-3' }, 'Ontmoetingsplekken'),
    dataTable([
      { key: 'name', label: 'Naam' },
      { key: 'kind', label: 'Soort', cell: (p) => PLACE[p.kind] || p.kind },
      { key: 'address', label: 'Adres' },
      { key: 'opened_on', label: 'Open sinds', cell: (p) => dateText(p.opened_on) },
      { key: 'closed_on', label: 'Gesloten op', cell: (p) => (p.closed_on ? dateText(p.closed_on) : 'open') },
    ], profile.meeting_places, { caption: 'Ontmoetingsplekken in de wijk', rowHeader: 'name', empty: 'Nog geen ontmoetingsplekken.' }),
    editable ? disclosure('Ontmoetingsplek toevoegen', addPlaceForm(profile, onSaved)) : null,
    editable && open.length ? disclosure('Ontmoetingsplek sluiten', closeForm(profile, open, onSaved)) : null,
  ];
}

/** A status line after a change, for the profile block to show on top. */
export function savedMessage(text) {
  return text ? statusMessage(text) : null;
}
