// The ledger on the Uitgaven page: filters (year, gemeente, wijk, category, text), one page of rows
// at a time from the server with the total count, and per row "Corrigeren": a reversal entry with
// its reason, and when an amount is given the row as it should have been. Reversed rows and the
// reversals themselves say so in the row.
import { h, replace } from '../../shared/dom.js';
import { get, post } from '../../shared/api.js';
import { paragraph } from '../../shared/page.js';
import { errorBlock } from '../../shared/page-errors.js';
import { textField, selectField, optionsOf, statusMessage, button } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { dataTable } from '../../shared/table.js';
import { dateText } from '../../shared/dates.js';
import { NONE } from '../../shared/format.js';
import { pagerView } from '../../shared/pager.js';
import { CATEGORY_SHORT, money, gemeenteName, wijkName } from './labels.js';
import { namedOptions, followGemeente } from './entry-form.js';

const PAGE = 25;

const rowText = (e) => `de regel van ${dateText(e.spent_on)} over ${money(e.amount)}`;

function initiativeCell(e) {
  if (!e.initiative_id) return e.activity_ref || NONE;
  const name = e.initiative_title || `een initiatief (nummer ${e.initiative_id})`;
  return h('a', { class: 'utrecht-link', href: `/initiatieven/${e.initiative_id}` }, name);
}

/** What happened to a row: reversed, a reversal, a corrected row. */
function stateCell(e) {
  if (e.reverses_id) return h('span', { class: 'lb-badge' }, `Tegenboeking van regel ${e.reverses_id}: ${e.correction_reason}`);
  if (e.reversed_by) return h('span', { class: 'lb-badge lb-badge--warning' }, `Tegengeboekt (regel ${e.reversed_by})`);
  if (e.replaces_id) return `Correctie van regel ${e.replaces_id}: ${e.correction_reason}`;
  return NONE;
}

function filterForm(choices, years, onFilter) {
  const year = selectField({
    label: 'Jaar', name: 'year', value: '', options: [{ value: '', label: 'Alle jaren' }, ...years.map((y) => ({ value: y, label: String(y) }))],
  });
  const gemeente = selectField({ label: 'Gemeente', name: 'gemeente', value: '', options: namedOptions('Alle gemeenten', choices.gemeenten) });
  const wijk = selectField({ label: 'Wijk', name: 'wijk', value: '', options: [] });
  followGemeente(gemeente.select, wijk.select, choices.wijken, 'Alle wijken');
  const category = selectField({
    label: 'Categorie', name: 'categorie', value: '',
    options: [{ value: '', label: 'Alle categorieën' }, ...optionsOf(CATEGORY_SHORT), { value: '-', label: 'Geen categorie' }],
  });
  const text = textField({ label: 'Zoeken', name: 'q', description: 'In de omschrijving, activiteit, organisatie, initiatief of reden.', attrs: { maxlength: '100' } });
  return submitForm({
    label: 'Uitgaven filteren', className: 'lb-filters',
    parts: [year.wrapper, gemeente.wrapper, wijk.wrapper, category.wrapper, text.wrapper],
    submitLabel: 'Filteren',
    send: () => onFilter({
      year: year.select.value, gemeente: gemeente.select.value, wijk: wijk.select.value,
      categorie: category.select.value, q: text.input.value.trim(),
    }),
  }).form;
}

function correctionForm(entry, { onDone, onCancel }) {
  const reason = textField({ label: 'Reden van de correctie', name: 'reason', attrs: { maxlength: '500' } });
  const amount = textField({
    label: 'Goed bedrag in euro (mag leeg)', name: 'amount', attrs: { inputmode: 'decimal' },
    description: 'Leeg: de regel wordt alleen tegengeboekt. Met een bedrag komt er een nieuwe regel met dat bedrag bij.',
  });
  const form = submitForm({
    label: 'Regel corrigeren',
    parts: [paragraph(`U corrigeert ${rowText(entry)} (regel ${entry.id}). De regel blijft staan; er komt een tegenboeking bij.`), reason.wrapper, amount.wrapper],
    submitLabel: 'Tegenboeken',
    actions: [button('Annuleren', { onclick: onCancel })],
    check: () => (reason.input.value.trim() ? [] : [{ field: 'reason', message: 'Schrijf op waarom u deze regel corrigeert.' }]),
    send: async () => {
      const corrected = amount.input.value.trim() ? {
        spent_on: entry.spent_on, gemeente: entry.gemeente, wijk: entry.wijk || '', organisation_id: entry.organisation_id,
        amount: amount.input.value, btiv_category: entry.btiv_category || '', effort: entry.effort || '',
        initiative_id: entry.initiative_id ? String(entry.initiative_id) : '', activity_ref: entry.activity_ref || '',
        description: entry.description,
      } : null;
      await post(`/api/v1/uitgaven/${entry.id}/correctie`, { reason: reason.input.value, corrected });
      await onDone(corrected ? `${rowText(entry)} is tegengeboekt en het goede bedrag is toegevoegd.` : `${rowText(entry)} is tegengeboekt.`);
    },
    fieldOf: (err) => (err.field === 'reason' ? 'reason' : 'amount'),
  });
  return form.form;
}

function ledgerTable(entries, mayCorrect, onCorrect) {
  const columns = [
    { key: 'spent_on', label: 'Datum', value: (e) => e.spent_on, cell: (e) => dateText(e.spent_on) },
    { key: 'gemeente', label: 'Gemeente', value: gemeenteName },
    { key: 'wijk', label: 'Wijk', value: wijkName },
    { key: 'organisation', label: 'Organisatie' },
    { key: 'amount', label: 'Bedrag', numeric: true, cell: (e) => money(e.amount) },
    { key: 'btiv_category', label: 'Categorie', value: (e) => (e.btiv_category ? CATEGORY_SHORT[e.btiv_category] : NONE) },
    { key: 'effort', label: 'Inzet', value: (e) => e.effort || NONE },
    { key: 'initiative_id', label: 'Voor', value: (e) => e.initiative_title || e.activity_ref || '', cell: initiativeCell },
    { key: 'description', label: 'Omschrijving' },
    { key: 'state', label: 'Correctie', value: (e) => (e.reverses_id || e.reversed_by || e.replaces_id ? 1 : 0), cell: stateCell },
  ];
  if (mayCorrect) {
    columns.push({
      key: 'actions', label: 'Actie',
      cell: (e) => (e.reverses_id || e.reversed_by ? NONE : button('Corrigeren', {
        attrs: { 'aria-label': `Corrigeren: ${rowText(e)} (regel ${e.id})` }, onclick: () => onCorrect(e),
      })),
    });
  }
  return dataTable(columns, entries, {
    caption: 'Uitgaven, nieuwste eerst', sortable: true, empty: 'Er zijn geen uitgaven die bij dit filter passen.',
  });
}

/** The ledger section's parts; load() (re)reads the current page. Answers {node, load, ledger()}. */
export function ledgerView({ years, mayCorrect, onChanged }) {
  const status = h('div');
  const filters = h('div');
  const tableBox = h('div');
  const correction = h('div');
  let query = {};
  let offset = 0;
  let last = null;
  const pager = pagerView({
    pageSize: PAGE, noun: 'Regels',
    onPage: (to) => { offset = to; load().catch(showError); },
  });

  async function load() {
    const params = new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), limit: String(PAGE), offset: String(offset) });
    last = await get(`/api/v1/uitgaven?${params}`);
    replace(tableBox, ledgerTable(last.entries, mayCorrect, (e) => {
      replace(correction, h('h3', { class: 'utrecht-heading-3' }, 'Regel corrigeren'), correctionForm(e, {
        onCancel: () => correction.replaceChildren(),
        onDone: async (text) => {
          correction.replaceChildren();
          replace(status, statusMessage(`${text[0].toUpperCase()}${text.slice(1)}`));
          await load();
          await onChanged();
        },
      }));
      correction.querySelector('textarea, input').focus();
    }));
    pager.show(last.total, offset, `samen ${money(last.total_amount)}`);
  }
  function showError(err) { replace(status, errorBlock(err)); }

  return {
    node: h('div', {}, filters, status, tableBox, pager.node, correction),
    ledger: () => last,
    async load() {
      await load();
      if (!filters.firstChild) {
        filters.append(filterForm(last.choices, years, async (q) => {
          query = q;
          offset = 0;
          status.replaceChildren();
          correction.replaceChildren();
          await load();
        }));
      }
    },
  };
}
