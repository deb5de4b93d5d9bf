// The yearly campaigns of a wijk on the Wijkwerk page: the state of this year's campaigns, the
// Christmas tree requests per street with their pick-up day, the superbuur nominations with the
// team's choice and award, and the neighbourhood reporters with their assignments. Those who work
// in the wijk get the forms: a tree for a street, a nomination, the choice, a reporter, an assignment.
import { h, replace } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { paragraph, bulletList, disclosure } from '../../shared/page.js';
import { textField, textArea, dateField, selectField, optionsOf, statusMessage } from '../../shared/fields.js';
import { dataTable } from '../../shared/table.js';
import { euro, int, NONE } from '../../shared/format.js';
import { dateText } from '../../shared/dates.js';
import { postingForm, value, valuesOf, buurtField, buurtNamer } from './forms.js';

const STATUS = { genomineerd: 'Genomineerd', gekozen: 'Gekozen', niet_gekozen: 'Niet gekozen', uitgereikt: 'Uitgereikt' };
const SPECIALITY = { schrijven: 'Schrijven', fotografie: 'Fotografie' };
const SOURCE = { portaal: 'via het portaal', medewerker: 'door een medewerker' };
const KIND = { kerstbomen: 'Kerstbomenactie', superbuur: 'Superbuur', wijkreporters: 'Wijkreporters' };

function campaignText(c) {
  const period = `aanmelden van ${dateText(c.opens_on)} tot en met ${dateText(c.closes_on)}`;
  const money = c.contribution ? `, bijdrage aan de versiering ${euro(c.contribution)}` : '';
  return `${KIND[c.kind] || c.name}: ${period} (${c.open ? 'nu open' : 'nu gesloten'})${money}.`;
}

function treeForm({ wijk, year, onSaved }) {
  const fields = {
    street: textField({ label: 'Straat', name: 'street', autocomplete: 'off' }),
    buurt_code: buurtField(wijk),
    pickup_on: dateField('Ophaaldatum', 'pickup_on'),
    contribution: textField({ label: 'Bijdrage voor versiering in euro', name: 'contribution', description: 'Leeg: de vaste bijdrage van de actie.' }),
  };
  return postingForm('Kerstboom aanvragen', '/api/v1/wijkwerk/campagnes/kerstbomen', fields, {
    done: 'De kerstboom is aangevraagd.', required: { street: 'Vul de straat in.' }, onSaved,
    body: () => ({ ...valuesOf(fields), year, contribution: value(fields.contribution) || null }),
  });
}

function superbuurForm({ wijk, year, onSaved }) {
  const fields = {
    nominee: textField({ label: 'Voornaam van de superbuur', name: 'nominee', autocomplete: 'off', description: 'Alleen een voornaam of voorletter: meer is niet nodig.' }),
    buurt_code: buurtField(wijk),
    motivation: textArea({ label: 'Waarom is dit een superbuur?', name: 'motivation' }),
  };
  return postingForm('Superbuur nomineren', '/api/v1/wijkwerk/campagnes/superbuur', fields, {
    done: 'De nominatie is opgeslagen.', required: { nominee: 'Vul de voornaam in.', motivation: 'Vertel waarom.' }, onSaved,
    body: () => ({ ...valuesOf(fields), year }),
  });
}

function choiceForm({ nominations, buurtName, onSaved }) {
  const fields = {
    id: selectField({
      label: 'Nominatie', name: 'id',
      options: nominations.map((n) => ({ value: n.id, label: `${n.nominee} (${buurtName(n.buurt_code)}): ${STATUS[n.status] || n.status}` })),
      value: nominations[0].id,
    }),
    status: selectField({ label: 'Keuze van het wijkteam', name: 'status', options: optionsOf(STATUS), value: 'gekozen' }),
    award: textField({ label: 'Wat is uitgereikt (mag leeg)', name: 'award', description: 'Bijvoorbeeld: bos bloemen of kerstpakket.' }),
  };
  return postingForm('Superbuur kiezen of uitreiken', () => `/api/v1/wijkwerk/campagnes/superbuur/${value(fields.id)}`, fields, {
    submitLabel: 'Keuze opslaan', done: 'De keuze is opgeslagen.', keep: true, onSaved,
    body: () => ({ status: value(fields.status), award: value(fields.award) }),
  });
}

function reporterForm({ year, onSaved }) {
  const fields = {
    name: textField({ label: 'Naam van de wijkreporter', name: 'name', autocomplete: 'off' }),
    speciality: selectField({ label: 'Wat doet de reporter?', name: 'speciality', options: optionsOf(SPECIALITY), value: 'schrijven' }),
  };
  return postingForm('Wijkreporter toevoegen', '/api/v1/wijkwerk/campagnes/wijkreporters', fields, {
    done: 'De wijkreporter is toegevoegd.', required: { name: 'Vul de naam in.' }, onSaved,
    body: () => ({ ...valuesOf(fields), year }),
  });
}

function assignmentForm({ wijk, reporters, onSaved }) {
  const fields = {
    reporter: selectField({ label: 'Wijkreporter', name: 'reporter', options: reporters.map((r) => ({ value: r.id, label: r.name })), value: reporters[0].id }),
    held_on: dateField('Datum', 'held_on'),
    subject: textField({ label: 'Onderwerp', name: 'subject', description: `Wat verslaat de reporter in ${wijk.name}?` }),
  };
  return postingForm('Opdracht geven', () => `/api/v1/wijkwerk/campagnes/wijkreporters/${value(fields.reporter)}/opdrachten`, fields, {
    done: 'De opdracht is vastgelegd.', required: { held_on: 'Vul de datum in.', subject: 'Vul het onderwerp in.' }, onSaved,
    body: () => ({ held_on: value(fields.held_on), wijk_code: wijk.code, subject: value(fields.subject) }),
  });
}

/** The campaigns block of a wijk and year: answers {element, load}; load() (re)reads the API. */
export function campaignsBlock({ wijk, year, base }) {
  const box = h('div');
  const buurtName = buurtNamer(wijk);
  async function load(message) {
    const c = await get(`/api/v1/wijkwerk/campagnes?${base}`);
    const inWijk = (r) => r.assignments.filter((a) => a.wijk_code === wijk.code);
    // The forms are for those who work in the wijk; once saved, the block reads again with the message on top.
    const form = (summary, make) => (wijk.editable ? disclosure(summary, make()) : null);
    const then = (done) => () => load(done);
    replace(box,
      message ? statusMessage(message) : null,
      c.campaigns.length
        ? bulletList(c.campaigns.map(campaignText))
        : paragraph(`De acties van ${year} zijn nog niet begonnen.`),
      paragraph(`In ${year} in deze wijk: ${int(c.counts.christmas_trees)} kerstbomen en ${int(c.counts.superbuur_nominations)} superbuur-nominaties.`),
      h('h3', { class: 'utrecht-heading-3' }, 'Kerstbomen'),
      dataTable([
        { key: 'street', label: 'Straat' },
        { key: 'buurt_code', label: 'Buurt', value: (t) => buurtName(t.buurt_code) },
        { key: 'pickup_on', label: 'Ophalen', value: (t) => t.pickup_on || '', cell: (t) => dateText(t.pickup_on) },
        { key: 'contribution', label: 'Bijdrage versiering', numeric: true, cell: (t) => euro(t.contribution) },
        { key: 'source', label: 'Aangevraagd', cell: (t) => SOURCE[t.source] || t.source },
      ], c.christmas_trees, {
        caption: `Kerstbomen per straat in ${year}`, rowHeader: 'street', sortable: true, empty: 'Nog geen kerstbomen aangevraagd.',
      }),
      form('Kerstboom aanvragen voor een straat', () => treeForm({ wijk, year, onSaved: then('De kerstboom is aangevraagd.') })),
      h('h3', { class: 'utrecht-heading-3' }, 'Superburen'),
      dataTable([
        { key: 'nominee', label: 'Superbuur' },
        { key: 'buurt_code', label: 'Buurt', value: (n) => buurtName(n.buurt_code) },
        { key: 'motivation', label: 'Waarom' },
        { key: 'status', label: 'Keuze', cell: (n) => STATUS[n.status] || n.status },
        { key: 'award', label: 'Uitgereikt', cell: (n) => n.award || NONE },
      ], c.superbuur_nominations, { caption: `Superbuur-nominaties in ${year}`, rowHeader: 'nominee', empty: 'Nog geen nominaties.' }),
      c.superbuur_nominations.length
        ? form('Superbuur kiezen of uitreiken', () => choiceForm({ nominations: c.superbuur_nominations, buurtName, onSaved: then('De keuze is opgeslagen.') }))
        : null,
      form('Superbuur nomineren', () => superbuurForm({ wijk, year, onSaved: then('De nominatie is opgeslagen.') })),
      h('h3', { class: 'utrecht-heading-3' }, 'Wijkreporters'),
      dataTable([
        { key: 'name', label: 'Wijkreporter' },
        { key: 'speciality', label: 'Doet', cell: (r) => SPECIALITY[r.speciality] || r.speciality },
        { key: 'assignments', label: `Opdrachten in ${wijk.name}`, value: (r) => inWijk(r).length, cell: (r) => (inWijk(r).length
          ? bulletList(inWijk(r).map((a) => `${dateText(a.held_on)}: ${a.subject}`))
          : NONE) },
      ], c.reporters, { caption: `Wijkreporters in ${year}`, rowHeader: 'name', empty: 'Nog geen wijkreporters.' }),
      form('Wijkreporter toevoegen', () => reporterForm({ year, onSaved: then('De wijkreporter is toegevoegd.') })),
      c.reporters.length
        ? form('Opdracht geven aan een wijkreporter', () => assignmentForm({ wijk, reporters: c.reporters, onSaved: then('De opdracht is vastgelegd.') }))
        : null);
  }
  return { element: box, load };
}
