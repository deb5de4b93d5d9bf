// Uitgaven: the spending ledger of the neighbourhood work. Totals per gemeente and year next to the
// programme's plan and the per-DAEB cap, the ledger (filters, pages, corrections by reversal
// entries: ledger.js), a form for a new amount (entry-form.js), the downloads and the CSV or Excel
// import of earlier years (all rows or none).
import { h, replace } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { startPage, paragraph, section } from '../../shared/page.js';
import { loadForPage, errorBlock } from '../../shared/page-errors.js';
import { textField, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { sendFile, showProblems } from '../../shared/file-import.js';
import { dataTable } from '../../shared/table.js';
import { yesNo } from '../../shared/format.js';
import { money } from './labels.js';
import { entryForm } from './entry-form.js';
import { ledgerView } from './ledger.js';

export const what = 'de uitgaven';

function totalsTable(t) {
  return dataTable([
    { key: 'name', label: 'Gemeente' },
    { key: 'year', label: 'Jaar', numeric: true, cell: (r) => String(r.year) },
    { key: 'spent', label: 'Uitgegeven', numeric: true, cell: (r) => money(r.spent) },
    { key: 'corporation_spent', label: 'Waarvan corporatie', numeric: true, cell: (r) => money(r.corporation_spent) },
    { key: 'plan', label: `Plan programma${t.plan_year ? ` (${t.plan_year})` : ''}`, numeric: true, cell: (r) => money(r.plan) },
    { key: 'cap', label: 'Grens (DAEB-woningen × bedrag per woning)', numeric: true, cell: (r) => money(r.cap) },
    { key: 'above_cap', label: 'Boven de grens', value: (r) => yesNo(r.above_cap) },
  ], t.totals, { caption: 'Uitgaven per gemeente en jaar', rowHeader: 'name', sortable: true });
}

function importForm(onSaved) {
  const file = textField({
    label: 'CSV- of Excel-bestand', name: 'csv', type: 'file', attrs: { accept: '.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
    description: 'Kolommen (in CSV met puntkomma): datum;gemeente;wijk;organisatie;bedrag;categorie;inzet;initiatief;activiteit;omschrijving (gemeente en wijk als code). Zoals de download hierboven; de kolommen nummer, correctie_van en reden worden niet ingelezen.',
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
  const mayEdit = user.role === 'beheerder' || user.role === 'analist';
  let ledger = null;
  async function loadTotals() {
    const t = await get('/api/v1/uitgaven/totalen');
    replace(totalsBox, totalsTable(t),
      paragraph('Tegenboekingen tellen mee: een gecorrigeerde regel en zijn tegenboeking heffen elkaar op.'),
      t.cap_per_daeb_unit ? paragraph(`De grens is ${money(t.cap_per_daeb_unit)} per DAEB-woning per jaar, voor geld van de corporatie.`) : null);
    return t;
  }
  async function load() {
    const t = await loadTotals();
    const years = [...new Set(t.totals.map((r) => r.year))].sort((a, b) => b - a);
    ledger = ledgerView({ years, mayCorrect: mayEdit, onChanged: loadTotals });
    await ledger.load();
  }
  if (!await loadForPage(main, { user, what }, load)) return;
  main.append(
    section('Per gemeente en jaar', totalsBox),
    section('Alle uitgaven', paragraph(h('a', { class: 'utrecht-link', href: '/api/v1/registraties/uitgaven/export?format=csv', download: 'uitgaven.csv' }, 'Download als CSV'),
      ' · ', h('a', { class: 'utrecht-link', href: '/api/v1/registraties/uitgaven/export?format=xlsx', download: 'uitgaven.xlsx' }, 'Download als Excel')), ledger.node));
  if (mayEdit) {
    const reload = () => Promise.all([loadTotals(), ledger.load()]).catch((err) => ledger.node.append(errorBlock(err)));
    main.append(
      section('Bedrag toevoegen', entryForm(ledger.ledger(), reload)),
      section('Eerdere jaren inlezen', paragraph('Alle regels worden ingelezen, of geen enkele als er een fout in staat.'), importForm(reload)));
  }
}
