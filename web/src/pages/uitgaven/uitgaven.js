// Uitgaven: the spending ledger of the neighbourhood work. Totals per gemeente and year next to the
// programme's plan and the per-DAEB cap, the ledger, a form for a new amount, the CSV download
// and the CSV or Excel import of earlier years (all rows or none).
import { h, replace } from '../../shared/dom.js';
import { get, post } from '../../shared/api.js';
import { startPage, paragraph, section } from '../../shared/page.js';
import { loadForPage, errorBlock } from '../../shared/page-errors.js';
import { textField, selectField, optionsOf, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { sendFile, showProblems } from '../../shared/file-import.js';
import { dataTable } from '../../shared/table.js';
import { today } from '../../shared/dates.js';
import { euro, int, yesNo, NONE, EFFORTS } from '../../shared/format.js';

export const what = 'de uitgaven';

const CATEGORY = {
  a: 'a – woonmaatschappelijk werk voor de eigen huurders',
  b: 'b – kleinschalige infrastructuur bij de woningen',
  c: 'c – schone omgeving, minder overlast, meer veiligheid',
};

function totalsTable(t) {
  return dataTable([
    { key: 'name', label: 'Gemeente' },
    { key: 'year', label: 'Jaar', numeric: true, cell: (r) => String(r.year) },
    { key: 'spent', label: 'Uitgegeven', numeric: true, cell: (r) => euro(r.spent) },
    { key: 'corporation_spent', label: 'Waarvan corporatie', numeric: true, cell: (r) => euro(r.corporation_spent) },
    { key: 'plan', label: `Plan programma${t.plan_year ? ` (${t.plan_year})` : ''}`, numeric: true, cell: (r) => euro(r.plan) },
    { key: 'cap', label: 'Grens per DAEB-woning', numeric: true, cell: (r) => euro(r.cap) },
    { key: 'above_cap', label: 'Boven de grens', value: (r) => yesNo(r.above_cap) },
  ], t.totals, { caption: 'Uitgaven per gemeente en jaar', rowHeader: 'name', sortable: true });
}

function ledgerTable(entries) {
  return dataTable([
    { key: 'spent_on', label: 'Datum' },
    { key: 'gemeente', label: 'Gemeente' },
    { key: 'wijk', label: 'Wijk', value: (e) => e.wijk || NONE },
    { key: 'organisation', label: 'Organisatie' },
    { key: 'amount', label: 'Bedrag', numeric: true, cell: (e) => euro(e.amount) },
    { key: 'btiv_category', label: 'Categorie', value: (e) => e.btiv_category || NONE },
    { key: 'effort', label: 'Inzet', value: (e) => e.effort || NONE },
    {
      key: 'initiative_id', label: 'Voor',
      cell: (e) => (e.initiative_id
        ? h('a', { class: 'utrecht-link', href: `/initiatieven/${e.initiative_id}` }, `Initiatief ${e.initiative_id}`)
        : (e.activity_ref || NONE)),
    },
    { key: 'description', label: 'Omschrijving' },
  ], entries, { caption: `${int(entries.length)} regels`, sortable: true, initialSort: { key: 'spent_on', dir: 'descending' } });
}

function entryForm(organisations, onSaved) {
  const date = textField({ label: 'Datum', name: 'spent_on', type: 'date', value: today() });
  const gemeente = textField({ label: 'Gemeente (code)', name: 'gemeente', value: 'GM0106', description: 'Bijvoorbeeld GM0106 voor Assen.' });
  const wijk = textField({ label: 'Wijk (code, mag leeg)', name: 'wijk', description: 'Bijvoorbeeld WK010601 voor Lariks.' });
  const organisation = selectField({
    label: 'Organisatie', name: 'organisation_id', value: organisations[0] ? organisations[0].id : '',
    options: organisations.map((o) => ({ value: o.id, label: o.name })),
  });
  const amount = textField({ label: 'Bedrag in euro', name: 'amount', attrs: { inputmode: 'decimal' } });
  const category = selectField({
    label: 'Categorie (BTIV artikel 51, voor geld van de corporatie)', name: 'btiv_category', value: '',
    options: [{ value: '', label: 'Geen (geen geld van de corporatie)' }, ...optionsOf(CATEGORY)],
  });
  const effort = selectField({
    label: 'Inzet', name: 'effort', value: '', options: [{ value: '', label: 'Niet van toepassing' }, ...EFFORTS.map((e) => ({ value: e, label: e }))],
  });
  const initiative = textField({ label: 'Nummer van het initiatief (mag leeg)', name: 'initiative_id', attrs: { inputmode: 'numeric' } });
  const activity = textField({ label: 'Activiteit (mag leeg)', name: 'activity_ref' });
  const description = textField({ label: 'Omschrijving', name: 'description' });
  return submitForm({
    parts: [date.wrapper, gemeente.wrapper, wijk.wrapper, organisation.wrapper, amount.wrapper, category.wrapper,
      effort.wrapper, initiative.wrapper, activity.wrapper, description.wrapper],
    submitLabel: 'Bedrag opslaan',
    check: () => (amount.input.value.trim() ? [] : [{ field: 'amount', message: 'Vul het bedrag in.' }]),
    send: async ({ result }) => {
      await post('/api/v1/uitgaven', {
        spent_on: date.input.value, gemeente: gemeente.input.value, wijk: wijk.input.value,
        organisation_id: Number(organisation.select.value), amount: amount.input.value,
        btiv_category: category.select.value, effort: effort.select.value, initiative_id: initiative.input.value,
        activity_ref: activity.input.value, description: description.input.value,
      });
      result.append(statusMessage('Het bedrag is opgeslagen.'));
      amount.input.value = '';
      initiative.input.value = '';
      description.input.value = '';
      await onSaved();
    },
  }).form;
}

function importForm(onSaved) {
  const file = textField({
    label: 'CSV- of Excel-bestand', name: 'csv', type: 'file', attrs: { accept: '.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    description: 'Kolommen (in CSV met puntkomma): datum;gemeente;wijk;organisatie;bedrag;categorie;inzet;initiatief;activiteit;omschrijving. Zoals de download hierboven.',
  });
  return submitForm({
    parts: [file.wrapper],
    submitLabel: 'Inlezen',
    check: () => (file.input.files && file.input.files[0] ? [] : [{ field: 'csv', message: 'Kies een CSV- of Excel-bestand.' }]),
    send: async ({ result }) => {
      const answer = await sendFile('/api/v1/registraties/uitgaven/import', file.input.files[0]);
      result.append(statusMessage(`${answer.added} regels ingelezen.`));
      await onSaved();
    },
    fieldOf: () => 'csv',
    onError: (err, { result }) => showProblems(err, result, file.input.files[0].name),
  }).form;
}

export async function render(main, { user }) {
  startPage(main, 'Uitgaven');
  const totalsBox = h('div');
  const ledgerBox = h('div');
  let organisations = [];
  async function load() {
    const [t, l] = await Promise.all([get('/api/v1/uitgaven/totalen'), get('/api/v1/uitgaven')]);
    organisations = l.organisations;
    replace(totalsBox, totalsTable(t),
      t.cap_per_daeb_unit ? paragraph(`De grens is ${euro(t.cap_per_daeb_unit)} per DAEB-woning per jaar, voor geld van de corporatie.`) : null);
    replace(ledgerBox, ledgerTable(l.entries));
  }
  if (!await loadForPage(main, { user, what }, load)) return;
  main.append(
    section('Per gemeente en jaar', totalsBox),
    section('Alle uitgaven', paragraph(h('a', { class: 'utrecht-link', href: '/api/v1/registraties/uitgaven/export?format=csv', download: 'uitgaven.csv' }, 'Download als CSV'),
      ' · ', h('a', { class: 'utrecht-link', href: '/api/v1/registraties/uitgaven/export?format=xlsx', download: 'uitgaven.xlsx' }, 'Download als Excel')), ledgerBox));
  if (user.role === 'beheerder' || user.role === 'analist') {
    const reload = () => load().catch((err) => ledgerBox.append(errorBlock(err)));
    main.append(
      section('Bedrag toevoegen', entryForm(organisations, reload)),
      section('Eerdere jaren inlezen', paragraph('Alle regels worden ingelezen, of geen enkele als er een fout in staat.'), importForm(reload)));
  }
}
