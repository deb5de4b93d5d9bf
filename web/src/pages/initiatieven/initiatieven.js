// Initiatieven: resident initiatives. The figures per wijk and type (every role); for staff the
// list with filters, overdue decisions and the entry form; an initiative's own page in detail.js.
// A wijk team sees the initiatives of its own wijken.
import { h, replace } from '../../shared/dom.js';
import { get, post } from '../../shared/api.js';
import { startPage, paragraph, section } from '../../shared/page.js';
import { loadForPage, errorBlock } from '../../shared/page-errors.js';
import { textField, textArea, selectField, yearField, wijkField, buurtSelect, choiceFieldset, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { dataTable } from '../../shared/table.js';
import { pagerView } from '../../shared/pager.js';
import { euro, int, NONE } from '../../shared/format.js';
import { TYPE_LABEL, STATE_LABEL, stateText } from '../../neighbourhood/words.js';
import { areaPicker } from '../../neighbourhood/initiative-area.js';
import { initiativeErrors, initiativeBody } from '../../neighbourhood/initiative-form.js';
import { remindersBlock } from '../../neighbourhood/reminders.js';
import { what, isStaff, day, renderDetail } from './detail.js';

export { what };

// The figures' sentence on a row: counts, pledges and spending.
const figuresText = (r) => `${int(r.initiatives)} initiatieven, ${int(r.supports)} steunbetuigingen, `
  + `${euro(r.pledged_amount)} toegezegd en ${euro(r.spent)} uitgegeven`;

// One total for who sees the whole work area. A wijk team's rows are its own wijken, so it gets
// their sum next to the whole area's total: "8 + 7" per wijk then agrees with the 15 beside it.
function totalsText(f) {
  if (!f.own_total) return paragraph(`Totaal ${f.year}: ${figuresText(f.total)} in de wijken.`);
  return paragraph(`In uw wijken in ${f.year}: ${figuresText(f.own_total)}. `
    + `In het hele werkgebied: ${figuresText(f.total)} in de wijken.`);
}

/** The figures per wijk and type; answers {node, years}: the years with figures, for the list's filter. */
async function figuresSection(year) {
  const box = h('div');
  const holder = section('Cijfers', box);
  let years = [];
  async function load(y) {
    const f = await get(`/api/v1/initiatieven/cijfers${y ? `?year=${y}` : ''}`);
    years = f.years;
    const pick = yearField({ name: 'year', years: f.years, value: f.year });
    pick.select.addEventListener('change', () => load(pick.select.value).catch((err) => box.append(errorBlock(err))));
    const states = ['open', 'goedgekeurd', 'afgewezen', 'gerealiseerd', 'geevalueerd'];
    const columns = (first) => [
      { key: 'name', label: first, value: (r) => r.name || r.code },
      { key: 'initiatives', label: 'Initiatieven', numeric: true, cell: (r) => int(r.initiatives) },
      ...states.map((s) => ({ key: s, label: STATE_LABEL[s], numeric: true, value: (r) => r.by_state[s] || 0, cell: (r) => int(r.by_state[s] || 0) })),
      { key: 'supports', label: 'Steunbetuigingen', numeric: true, cell: (r) => int(r.supports) },
      { key: 'pledged_amount', label: 'Toegezegd', numeric: true, cell: (r) => euro(r.pledged_amount) },
      { key: 'spent', label: 'Uitgegeven', numeric: true, cell: (r) => euro(r.spent) },
    ];
    const wholeArea = f.own_total ? ', in het hele werkgebied' : '';
    replace(box, pick.wrapper,
      dataTable(columns('Wijk'), f.per_wijk, { caption: `Initiatieven per wijk in ${f.year}`, rowHeader: 'name', sortable: true }),
      dataTable(columns('Soort').filter((c) => c.key !== 'spent'), f.per_type.map((r) => ({ ...r, name: TYPE_LABEL[r.code] || r.name })),
        { caption: `Initiatieven per soort in ${f.year}${wholeArea}`, rowHeader: 'name' }),
      totalsText(f));
  }
  await load(year);
  return { node: holder, years };
}

function entryForm(options, onSaved) {
  const title = textField({ label: 'Titel', name: 'title' });
  const description = textArea({ label: 'Beschrijving', name: 'description' });
  const type = selectField({
    label: 'Soort', name: 'type', value: '',
    options: [{ value: '', label: 'Kies een soort' }, ...options.types],
  });
  const buurt = buurtSelect({ label: 'Buurt', buurten: options.buurten, description: 'Of vul het adres van de plek in, of teken het gebied op de kaart: de buurt volgt dan uit het adres of het midden van het gebied.' });
  const postcode = textField({ label: 'Postcode van de plek (mag leeg)', name: 'postcode' });
  const huisnummer = textField({ label: 'Huisnummer van de plek (mag leeg)', name: 'huisnummer' });
  const amount = textField({ label: 'Gevraagd bedrag in euro', name: 'asked_amount', attrs: { inputmode: 'decimal' } });
  const hours = textField({ label: 'Gevraagde uren', name: 'asked_hours', attrs: { inputmode: 'numeric' } });
  const materials = textField({ label: 'Gevraagde middelen', name: 'asked_materials' });
  const org = selectField({
    label: 'Gevraagd aan', name: 'asked_organisation_id', value: '',
    options: [{ value: '', label: 'Geen voorkeur' }, ...options.organisations.map((o) => ({ value: o.id, label: o.name }))],
  });
  const paper = choiceFieldset({ legend: 'Herkomst', name: 'from_paper', type: 'checkbox', options: [{ value: 'ja', label: 'Ingediend op papier' }], checked: [] });
  const area = areaPicker({ count: (body) => post('/api/v1/initiatieven/huishoudens', body), buurtSelect: buurt.select });
  const fields = {
    title, description, type, buurt, postcode, huisnummer, area, amount, hours, materials,
  };
  return submitForm({
    parts: [title.wrapper, description.wrapper, type.wrapper, buurt.wrapper, postcode.wrapper, huisnummer.wrapper,
      area.wrapper, amount.wrapper, hours.wrapper, materials.wrapper, org.wrapper, paper.wrapper],
    submitLabel: 'Initiatief opslaan',
    check: () => initiativeErrors(fields),
    send: async ({ result }) => {
      const { id } = await post('/api/v1/initiatieven', {
        ...initiativeBody(fields),
        asked_organisation_id: org.select.value ? Number(org.select.value) : null,
        from_paper: paper.inputs[0].checked,
      });
      result.append(statusMessage('Het initiatief is opgeslagen. '),
        h('a', { class: 'utrecht-link', href: `/initiatieven/${id}` }, 'Naar het initiatief'));
      onSaved();
    },
  }).form;
}

const PAGE = 50;

// The list's filter: wijk (by name), stand, jaar and a search term. query(): the chosen values by
// their parameter names, empty ones left out.
function filterFields(options, years) {
  const wijk = wijkField({ wijken: options.wijken });
  const state = selectField({
    label: 'Stand', name: 'state', value: '',
    options: [{ value: '', label: 'Alle' }, ...options.states.filter((s) => s !== 'onbevestigd').map((s) => ({ value: s, label: STATE_LABEL[s] }))],
  });
  const year = yearField({ name: 'year', years: [...years].sort((a, b) => b - a), value: '', first: { value: '', label: 'Alle jaren' } });
  const text = textField({
    label: 'Zoekterm', name: 'q', description: 'In de titel, de beschrijving of de naam van een organisatie.', attrs: { maxlength: '100' },
  });
  return {
    parts: [wijk.wrapper, state.wrapper, year.wrapper, text.wrapper],
    query: () => Object.fromEntries([['wijk', wijk.select.value], ['state', state.select.value],
      ['year', year.select.value], ['q', text.input.value.trim()]].filter(([, v]) => v)),
  };
}

/** Every overdue initiative: few, but read page by page so none is left out. */
async function allOverdue() {
  const out = [];
  for (let total = 1; out.length < total;) {
    const page = await get(`/api/v1/initiatieven?overdue=1&limit=200&offset=${out.length}`);
    if (!page.initiatives.length) break;
    out.push(...page.initiatives);
    total = page.total;
  }
  return out;
}

async function renderList(main, user) {
  startPage(main, 'Initiatieven', 'Bewonersinitiatieven');
  const figures = await loadForPage(main, { user, what }, () => figuresSection());
  if (!figures) return;
  main.append(figures.node);
  if (!isStaff(user)) {
    main.append(paragraph('Met uw rol ziet u de cijfers. De initiatieven zelf zien de wijkteams, analisten en beheerders.'));
    return;
  }
  main.append(remindersBlock({ user, kind: 'initiatief' }));
  const options = await loadForPage(main, { user, what }, () => get('/api/v1/initiatieven/keuzes'));
  if (!options) return;
  const fields = filterFields(options, figures.years);
  const overdueBox = h('div');
  const listBox = h('div');
  const columns = [
    { key: 'title', label: 'Initiatief', cell: (i) => h('a', { class: 'utrecht-link', href: `/initiatieven/${i.id}` }, i.title) },
    { key: 'wijk_name', label: 'Wijk' },
    { key: 'buurt_name', label: 'Buurt' },
    { key: 'state', label: 'Stand', value: stateText },
    { key: 'supports', label: 'Steun', numeric: true, cell: (i) => `${int(i.supports)} van ${int(i.needed)} nodig` },
    { key: 'decision_due', label: 'Besluit uiterlijk', value: (i) => i.decision_due || '', cell: (i) => (i.state === 'open' && i.decision_due ? day(i.decision_due) : NONE) },
  ];
  let offset = 0;
  const showError = (err) => replace(listBox, errorBlock(err, 'de initiatieven'));
  const pager = pagerView({ pageSize: PAGE, noun: 'Initiatieven', onPage: (to) => { offset = to; loadPage().catch(showError); } });
  // One page, newest first as the server orders it: sorting a page on its own would suggest an
  // order over all the pages that is not there.
  async function loadPage() {
    const q = new URLSearchParams({ ...fields.query(), limit: String(PAGE), offset: String(offset) });
    const page = await get(`/api/v1/initiatieven?${q}`);
    replace(listBox, dataTable(columns, page.initiatives, {
      caption: `Initiatieven, nieuwste eerst (${int(page.total)})`, rowHeader: 'title',
      empty: 'Er zijn geen initiatieven die bij dit filter passen.',
    }));
    pager.show(page.total, offset);
  }
  async function loadOverdue() {
    const overdue = await allOverdue();
    replace(overdueBox, dataTable(columns, overdue, {
      caption: `Besluit te laat (${int(overdue.length)})`, rowHeader: 'title', sortable: true,
      empty: 'Er zijn geen initiatieven waarover het besluit te laat is.',
    }));
  }
  const load = () => Promise.all([loadPage(), loadOverdue()]);
  const filterForm = submitForm({
    label: 'Initiatieven filteren', className: 'lb-filters', parts: fields.parts, submitLabel: 'Filteren',
    send: async () => { offset = 0; await loadPage(); },
  }).form;
  main.append(
    section('Herinneringen: besluit te laat', paragraph(`Het wijkteam beslist binnen ${options.settings.decision_weeks} weken nadat de meerderheid is bereikt.`), overdueBox),
    section('Alle initiatieven', filterForm, listBox, pager.node),
    section('Initiatief invoeren', paragraph('Voor een initiatief dat op papier, per telefoon of aan de keukentafel binnenkwam.'),
      entryForm(options, () => { offset = 0; return load(); })));
  try {
    await load();
  } catch (err) {
    showError(err);
  }
}

export async function render(main, { user, params = [] }) {
  if (params[0]) return renderDetail(main, user, params[0]);
  return renderList(main, user);
}
