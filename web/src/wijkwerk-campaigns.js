// The yearly campaigns of a wijk on the Wijkwerk page: the state of this year's campaigns, the
// Christmas tree requests per street with their pick-up day, the superbuur nominations with the
// team's choice and award, and the neighbourhood reporters with their assignments. Those who work
// in the wijk get the forms: a tree for a street, a nomination, the choice, a reporter, an assignment.
import { h, replace } from './dom.js';
import { get } from './api.js';
import { paragraph } from './page.js';
import { textField, selectField, statusMessage } from './forms.js';
import { dataTable } from './table.js';
import { euro, int, NONE } from './format.js';
import {
  postingForm, dateField, value, required, treeForm, superbuurForm,
} from './wijkwerk-forms.js';
import { dateText } from './wijkwerk-team.js';

const STATUS = { genomineerd: 'Genomineerd', gekozen: 'Gekozen', niet_gekozen: 'Niet gekozen', uitgereikt: 'Uitgereikt' };
const SPECIALITY = { schrijven: 'Schrijven', fotografie: 'Fotografie' };
const SOURCE = { portaal: 'via het portaal', medewerker: 'door een medewerker' };
const KIND = { kerstbomen: 'Kerstbomenactie', superbuur: 'Superbuur', wijkreporters: 'Wijkreporters' };

function campaignText(c) {
  const period = `aanmelden van ${dateText(c.opens_on)} tot en met ${dateText(c.closes_on)}`;
  const money = c.contribution ? `, bijdrage aan de versiering ${euro(c.contribution)}` : '';
  return `${KIND[c.kind] || c.name}: ${period} (${c.open ? 'nu open' : 'nu gesloten'})${money}.`;
}

function choiceForm({ nominations, buurtName, onSaved }) {
  const fields = {
    id: selectField({
      label: 'Nominatie', name: 'id',
      options: nominations.map((n) => ({ value: n.id, label: `${n.nominee} (${buurtName(n.buurt_code)}): ${STATUS[n.status] || n.status}` })),
      value: nominations[0].id,
    }),
    status: selectField({ label: 'Keuze van het wijkteam', name: 'status', options: Object.entries(STATUS).map(([v, l]) => ({ value: v, label: l })), value: 'gekozen' }),
    award: textField({ label: 'Wat is uitgereikt (mag leeg)', name: 'award', description: 'Bijvoorbeeld: bos bloemen of kerstpakket.' }),
  };
  return postingForm({
    title: 'Superbuur kiezen of uitreiken',
    path: () => `/api/wijkwerk/campaigns/superbuur/${value(fields.id)}`,
    fields,
    submitLabel: 'Keuze opslaan',
    done: 'De keuze is opgeslagen.',
    body: () => ({ status: value(fields.status), award: value(fields.award) }),
    onDone: async () => { await onSaved(); },
  });
}

function reporterForm({ year, onSaved }) {
  const fields = {
    name: textField({ label: 'Naam van de wijkreporter', name: 'name', autocomplete: 'off' }),
    speciality: selectField({ label: 'Wat doet de reporter?', name: 'speciality', options: Object.entries(SPECIALITY).map(([v, l]) => ({ value: v, label: l })), value: 'schrijven' }),
  };
  return postingForm({
    title: 'Wijkreporter toevoegen',
    path: '/api/wijkwerk/campaigns/wijkreporters',
    fields,
    submitLabel: 'Wijkreporter toevoegen',
    done: 'De wijkreporter is toegevoegd.',
    check: () => required(fields, { name: 'Vul de naam in.' }),
    body: () => ({ year, name: value(fields.name), speciality: value(fields.speciality) }),
    onDone: async (answer, form) => { form.reset(); await onSaved(); },
  });
}

function assignmentForm({ wijk, reporters, onSaved }) {
  const fields = {
    reporter: selectField({ label: 'Wijkreporter', name: 'reporter', options: reporters.map((r) => ({ value: r.id, label: r.name })), value: reporters[0].id }),
    held_on: dateField('Datum', 'held_on'),
    subject: textField({ label: 'Onderwerp', name: 'subject', description: `Wat verslaat de reporter in ${wijk.name}?` }),
  };
  return postingForm({
    title: 'Opdracht geven',
    path: () => `/api/wijkwerk/campaigns/wijkreporters/${value(fields.reporter)}/assignments`,
    fields,
    submitLabel: 'Opdracht geven',
    done: 'De opdracht is vastgelegd.',
    check: () => required(fields, { held_on: 'Vul de datum in.', subject: 'Vul het onderwerp in.' }),
    body: () => ({ held_on: value(fields.held_on), wijk_code: wijk.code, subject: value(fields.subject) }),
    onDone: async (answer, form) => { form.reset(); await onSaved(); },
  });
}

const details = (summary, form) => h('details', { class: 'lb-details' }, h('summary', {}, summary), form);

/** The campaigns block of a wijk and year: answers {element, load}; load() (re)reads the API. */
export function campaignsBlock({ wijk, year, base }) {
  const box = h('div');
  const buurtName = (code) => (wijk.buurten.find((b) => b.code === code) || { name: code || NONE }).name;
  async function load(message) {
    const c = await get(`/api/wijkwerk/campaigns?${base}`);
    const inWijk = (r) => r.assignments.filter((a) => a.wijk_code === wijk.code);
    replace(box,
      message ? statusMessage(message) : null,
      c.campaigns.length
        ? h('ul', { class: 'utrecht-unordered-list' }, c.campaigns.map((x) => h('li', {}, campaignText(x))))
        : paragraph(`De acties van ${year} zijn nog niet begonnen.`),
      paragraph(`In ${year} in deze wijk: ${int(c.counts.christmas_trees)} kerstbomen en ${int(c.counts.superbuur_nominations)} superbuur-nominaties.`),
      h('h3', { class: 'utrecht-heading-3' }, 'Kerstbomen'),
      c.christmas_trees.length ? dataTable([
        { key: 'street', label: 'Straat' },
        { key: 'buurt_code', label: 'Buurt', value: (t) => buurtName(t.buurt_code) },
        { key: 'pickup_on', label: 'Ophalen', value: (t) => t.pickup_on || '', cell: (t) => dateText(t.pickup_on) },
        { key: 'contribution', label: 'Bijdrage versiering', numeric: true, cell: (t) => euro(t.contribution) },
        { key: 'source', label: 'Aangevraagd', cell: (t) => SOURCE[t.source] || t.source },
      ], c.christmas_trees, { caption: `Kerstbomen per straat in ${year}`, rowHeader: 'street', sortable: true }) : paragraph('Nog geen kerstbomen aangevraagd.'),
      wijk.editable ? details('Kerstboom aanvragen voor een straat', treeForm({ wijk, year, onSaved: () => load('De kerstboom is aangevraagd.') })) : null,
      h('h3', { class: 'utrecht-heading-3' }, 'Superburen'),
      c.superbuur_nominations.length ? dataTable([
        { key: 'nominee', label: 'Superbuur' },
        { key: 'buurt_code', label: 'Buurt', value: (n) => buurtName(n.buurt_code) },
        { key: 'motivation', label: 'Waarom' },
        { key: 'status', label: 'Keuze', cell: (n) => STATUS[n.status] || n.status },
        { key: 'award', label: 'Uitgereikt', cell: (n) => n.award || NONE },
      ], c.superbuur_nominations, { caption: `Superbuur-nominaties in ${year}`, rowHeader: 'nominee' }) : paragraph('Nog geen nominaties.'),
      wijk.editable && c.superbuur_nominations.length
        ? details('Superbuur kiezen of uitreiken', choiceForm({ nominations: c.superbuur_nominations, buurtName, onSaved: () => load('De keuze is opgeslagen.') }))
        : null,
      wijk.editable ? details('Superbuur nomineren', superbuurForm({ wijk, year, onSaved: () => load('De nominatie is opgeslagen.') })) : null,
      h('h3', { class: 'utrecht-heading-3' }, 'Wijkreporters'),
      c.reporters.length ? dataTable([
        { key: 'name', label: 'Wijkreporter' },
        { key: 'speciality', label: 'Doet', cell: (r) => SPECIALITY[r.speciality] || r.speciality },
        { key: 'assignments', label: `Opdrachten in ${wijk.name}`, value: (r) => inWijk(r).length, cell: (r) => (inWijk(r).length
          ? h('ul', { class: 'utrecht-unordered-list' }, inWijk(r).map((a) => h('li', {}, `${dateText(a.held_on)}: ${a.subject}`)))
          : NONE) },
      ], c.reporters, { caption: `Wijkreporters in ${year}`, rowHeader: 'name' }) : paragraph('Nog geen wijkreporters.'),
      wijk.editable ? details('Wijkreporter toevoegen', reporterForm({ year, onSaved: () => load('De wijkreporter is toegevoegd.') })) : null,
      wijk.editable && c.reporters.length ? details('Opdracht geven aan een wijkreporter', assignmentForm({ wijk, reporters: c.reporters, onSaved: () => load('De opdracht is vastgelegd.') })) : null);
  }
  return { element: box, load };
}
