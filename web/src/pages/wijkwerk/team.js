// The wijk team and the meeting places of a wijk profile: the lists, and for those who work in the
// wijk adding, changing and removing team members (per organisation) and meeting places, and
// closing a place.
// Every change saves the whole profile (POST /api/v1/wijkwerk/profielen), the API's one way to change it.
import { h } from '../../shared/dom.js';
import { post } from '../../shared/api.js';
import { disclosure } from '../../shared/page.js';
import { textField, dateField, selectField, optionsOf, button, statusMessage } from '../../shared/fields.js';
import { dataTable } from '../../shared/table.js';
import { dateText } from '../../shared/dates.js';
import { PLACE } from '../../neighbourhood/words.js';
import { postingForm, value } from './forms.js';
import { rowActions, formSlot } from './corrections.js';

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
 * onSaved(done). options: submitLabel, done, required, actions (as for postingForm), changes(fields).
 */
function profileChangeForm(profile, title, fields, { changes, done, ...options }, onSaved) {
  return postingForm(title, '/api/v1/wijkwerk/profielen', fields, {
    ...options, done, keep: true, body: () => profileBody(profile, changes(fields)), onSaved: () => onSaved(done),
  });
}

/** The fields of a team member, filled with member m when given. */
function memberFields(organisations, m = {}) {
  return {
    name: textField({ label: 'Naam', name: 'name', autocomplete: 'off', value: m.name || '' }),
    team_role: textField({ label: 'Rol in het team', name: 'team_role', value: m.team_role || '', description: 'Bijvoorbeeld: wijkconsulent, opbouwwerker of wijkagent.' }),
    organisation_id: selectField({
      label: 'Organisatie', name: 'organisation_id',
      options: organisations.map((o) => ({ value: o.id, label: o.name })), value: m.organisation_id || organisations[0]?.id,
    }),
  };
}

const memberOf = (fields) => ({
  organisation_id: Number(value(fields.organisation_id)), name: value(fields.name), team_role: value(fields.team_role),
});
const MEMBER_REQUIRED = { name: 'Vul de naam in.', team_role: 'Vul de rol in het team in.' };

/** The team of the profile; with editable, per member a change and a removal, and the form to add one. */
export function teamBlock({ profile, organisations, editable, onSaved }) {
  const columns = [
    { key: 'name', label: 'Naam' },
    { key: 'team_role', label: 'Rol in het team' },
    { key: 'organisation', label: 'Organisatie' },
  ];
  const add = () => profileChangeForm(profile, 'Teamlid toevoegen', memberFields(organisations), {
    done: 'Het teamlid is toegevoegd.', required: MEMBER_REQUIRED,
    changes: (f) => ({ team: [...profile.team, memberOf(f)] }),
  }, onSaved);
  const slot = editable ? formSlot('Teamlid toevoegen', add) : null;
  if (editable) {
    columns.push({
      key: 'actie', label: 'Wijzigen',
      cell: (m) => rowActions({
        name: m.name,
        onEdit: () => {
          const fields = memberFields(organisations, m);
          slot.edit(`Teamlid ${m.name} wijzigen`, profileChangeForm(profile, `Teamlid ${m.name} wijzigen`, fields, {
            submitLabel: 'Wijzigingen opslaan', done: `${m.name} is gewijzigd.`, required: MEMBER_REQUIRED,
            actions: [button('Annuleren', { onclick: () => slot.reset() })],
            changes: () => ({ team: profile.team.map((x) => (x === m ? memberOf(fields) : x)) }),
          }, onSaved));
        },
        onRemove: async () => {
          await post('/api/v1/wijkwerk/profielen', profileBody(profile, { team: profile.team.filter((x) => x !== m) }));
          await onSaved(`${m.name} is uit het team gehaald.`);
        },
      }),
    });
  }
  return [
    h('h3', { class: 'utrecht-heading-3' }, 'Wijkteam'),
    dataTable(columns, profile.team, { caption: 'Leden van het wijkteam', rowHeader: 'name', empty: 'Nog geen teamleden.' }),
    slot ? slot.element : null,
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

/** The fields of a meeting place, filled with place p when given (its closing date too). */
function placeFields(p = null) {
  const fields = {
    name: textField({ label: 'Naam van de plek', name: 'name', autocomplete: 'off', value: p ? p.name : '' }),
    kind: selectField({ label: 'Soort plek', name: 'kind', options: optionsOf(PLACE), value: p ? p.kind : 'buurthuis' }),
    address: textField({ label: 'Adres', name: 'address', autocomplete: 'off', value: p ? p.address : '' }),
    opened_on: dateField('Open sinds', 'opened_on', p ? p.opened_on || '' : ''),
  };
  if (p) fields.closed_on = dateField('Gesloten op (leeg als de plek open is)', 'closed_on', p.closed_on || '');
  return fields;
}

const placeOf = (fields) => ({
  kind: value(fields.kind), name: value(fields.name), address: value(fields.address),
  opened_on: value(fields.opened_on), closed_on: fields.closed_on ? value(fields.closed_on) : '',
});
const PLACE_REQUIRED = { name: 'Vul de naam van de plek in.', address: 'Vul het adres in.' };

function addPlaceForm(profile, onSaved) {
  return profileChangeForm(profile, 'Ontmoetingsplek toevoegen', placeFields(), {
    submitLabel: 'Plek toevoegen', done: 'De plek is toegevoegd.',
    required: { ...PLACE_REQUIRED, opened_on: 'Vul de datum in waarop de plek openging.' },
    changes: (f) => ({ meeting_places: [...profile.meeting_places, placeOf(f)] }),
  }, onSaved);
}

/** The meeting places of the profile; with editable, per place a change and a removal, and the forms to add and close one. */
export function placesBlock({ profile, editable, onSaved }) {
  const open = profile.meeting_places.filter((p) => !p.closed_on);
  const slot = editable ? formSlot('Ontmoetingsplek toevoegen', () => addPlaceForm(profile, onSaved)) : null;
  const columns = [
    { key: 'name', label: 'Naam' },
    { key: 'kind', label: 'Soort', cell: (p) => PLACE[p.kind] || p.kind },
    { key: 'address', label: 'Adres' },
    { key: 'opened_on', label: 'Open sinds', cell: (p) => dateText(p.opened_on) },
    { key: 'closed_on', label: 'Gesloten op', cell: (p) => (p.closed_on ? dateText(p.closed_on) : 'open') },
  ];
  if (editable) {
    columns.push({
      key: 'actie', label: 'Wijzigen',
      cell: (p) => rowActions({
        name: p.name,
        onEdit: () => {
          const fields = placeFields(p);
          slot.edit(`Plek ${p.name} wijzigen`, profileChangeForm(profile, `Plek ${p.name} wijzigen`, fields, {
            submitLabel: 'Wijzigingen opslaan', done: `${p.name} is gewijzigd.`, required: PLACE_REQUIRED,
            actions: [button('Annuleren', { onclick: () => slot.reset() })],
            changes: () => ({ meeting_places: profile.meeting_places.map((x) => (x === p ? placeOf(fields) : x)) }),
          }, onSaved));
        },
        onRemove: async () => {
          await post('/api/v1/wijkwerk/profielen', profileBody(profile, { meeting_places: profile.meeting_places.filter((x) => x !== p) }));
          await onSaved(`${p.name} is verwijderd.`);
        },
      }),
    });
  }
  return [
    h('h3', { class: 'utrecht-heading-3' }, 'Ontmoetingsplekken'),
    dataTable(columns, profile.meeting_places, { caption: 'Ontmoetingsplekken in de wijk', rowHeader: 'name', empty: 'Nog geen ontmoetingsplekken.' }),
    slot ? slot.element : null,
    editable && open.length ? disclosure('Ontmoetingsplek sluiten', closeForm(profile, open, onSaved)) : null,
  ];
}

/** A status line after a change, for the profile block to show on top. */
export function savedMessage(text) {
  return text ? statusMessage(text) : null;
}
