// Signalen: contact moments with residents and their signals. Staff record them; the recording
// organisation and the wijk's team see the details and the follow-up; everyone else sees counts.
// The beheerder sets the retention periods and answers a resident's request (inspect, erase).
import { h, replace } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { startPage, paragraph, section } from '../../shared/page.js';
import { loadForPage, errorBlock } from '../../shared/page-errors.js';
import { yearField, selectField, wijkField } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { pagerView } from '../../shared/pager.js';
import { dataTable } from '../../shared/table.js';
import { int } from '../../shared/format.js';
import { dateText, monthText, today } from '../../shared/dates.js';
import { contactForm } from './contact-form.js';
import { renderContact } from './contact.js';
import { retentionSection, requestSection } from './admin.js';
import { labeller } from './labels.js';

export const what = 'de signalen';
const PAGE = 50;

// One page of the list, newest first as the server orders it: sorting a page on its own would
// suggest an order over all the pages that is not there.
function contactsTable(contacts, total, label) {
  return dataTable([
    { key: 'date', label: 'Datum', cell: (c) => h('a', { class: 'utrecht-link', href: `/signalen/${c.id}` }, dateText(c.date)) },
    { key: 'wijk', label: 'Wijk', value: (c) => label.wijk(c.wijk) },
    { key: 'kind', label: 'Soort contact', value: (c) => label.of(c.kind) },
    { key: 'signals', label: 'Signalen', value: (c) => c.signals.map(label.of).join(', ') },
    { key: 'referral', label: 'Doorverwezen naar', value: (c) => (c.referral ? label.of(c.referral) : '–') },
    { key: 'follow_up_status', label: 'Opvolging', value: (c) => label.of(c.follow_up_status) },
    { key: 'organisation', label: 'Vastgelegd door' },
  ], contacts, {
    caption: `Contactmomenten, nieuwste eerst (${int(total)})`,
    empty: 'Er zijn geen contactmomenten die u mag inzien en die bij dit filter passen.',
  });
}

// The counts come hidden where small ("minder dan 5"), the same as on the map and the area pages.
function countsTables(counts, label) {
  const kinds = (counts.total.by_kind || []).map((k) => k.kind);
  const shown = (c) => (c.n === null ? c.text : int(c.n));
  const byKind = (row, kind) => (row.by_kind.find((k) => k.kind === kind) || { count: { n: 0, text: '0' } }).count;
  const kindCols = kinds.map((k) => ({
    key: k, label: label.of(k), numeric: true,
    value: (row) => byKind(row, k).n ?? -1, cell: (row) => shown(byKind(row, k)),
  }));
  const totalCol = { key: 'total', label: 'Totaal', numeric: true, value: (r) => r.total.n ?? -1, cell: (r) => shown(r.total) };
  const monthLabel = monthText;
  return [
    paragraph(`Totaal in ${counts.year}: ${shown(counts.total.total)}. Kleine aantallen (minder dan 5) tonen we niet, `
      + 'zodat niemand er een huishouden in kan herkennen. Soms is daarom ook een ander getal afgeschermd ("niet getoond").'),
    dataTable([
      { key: 'wijk', label: 'Wijk', value: (r) => label.wijk(r.wijk) },
      ...kindCols, totalCol,
    ], counts.by_wijk, { caption: `Signalen per wijk in ${counts.year}`, rowHeader: 'wijk', sortable: true }),
    dataTable([
      { key: 'month', label: 'Maand', cell: (r) => monthLabel(r.month) },
      ...kindCols, totalCol,
    ], counts.by_month, { caption: `Signalen per maand in ${counts.year}`, rowHeader: 'month' }),
  ];
}

async function renderOverview(main, user) {
  startPage(main, 'Signalen');
  const loaded = await loadForPage(main, { user, what },
    () => Promise.all([get('/api/v1/signalen/keuzes'), get('/api/v1/signalen/tellingen')]));
  if (!loaded) return;
  const [choices, all] = loaded;
  const label = labeller(choices);
  main.append(paragraph(choices.sees_details
    ? 'Hier legt u contactmomenten met bewoners en hun signalen vast. U ziet de details van de contactmomenten '
      + 'van uw eigen organisatie en van de wijken waarin u werkt. Van de andere ziet u alleen aantallen.'
    : 'U ziet hier alleen aantallen: hoeveel signalen er per wijk en per maand zijn vastgelegd. '
      + 'De details zijn alleen voor de organisatie die het contact vastlegde en voor het wijkteam.'));

  // Open on the server's current year (today() is the server's day from the session), not on the
  // newest year with signals: a contact moment recorded today must show at once.
  const thisYear = Number(today().slice(0, 4));
  const years = [...new Set([thisYear, ...all.years.map(Number)])].sort((a, b) => b - a);
  const fields = filterFields(choices, years, thisYear, label);
  const listBox = h('div', { class: 'lb-signal-list' });
  const countBox = h('div', { class: 'lb-signal-counts' });
  let offset = 0;
  const pager = pagerView({ pageSize: PAGE, noun: 'Contactmomenten', onPage: (to) => { offset = to; load(); } });

  async function load() {
    const query = fields.query();
    const year = query.jaar ? `?jaar=${encodeURIComponent(query.jaar)}` : '';
    const page = new URLSearchParams({ ...query, limit: String(PAGE), offset: String(offset) });
    try {
      const [list, counts] = await Promise.all([
        choices.sees_details ? get(`/api/v1/signalen?${page}`) : Promise.resolve(null),
        get(`/api/v1/signalen/tellingen${year}`),
      ]);
      if (list) {
        replace(listBox, contactsTable(list.contacts, list.total, label), pager.node);
        pager.show(list.total, offset);
      }
      replace(countBox, countsTables(counts, label));
    } catch (err) {
      replace(countBox, errorBlock(err, 'de signalen'));
    }
  }
  const filterForm = submitForm({
    label: 'Signalen filteren', className: 'lb-filters', parts: fields.parts, submitLabel: 'Filteren',
    send: async () => { offset = 0; await load(); },
  }).form;

  if (choices.can_record) {
    main.append(section('Contactmoment vastleggen', contactForm(choices, () => { offset = 0; return load(); })));
  }
  main.append(filterForm);
  if (choices.sees_details) main.append(section('Contactmomenten die u mag inzien', listBox));
  main.append(section('Aantallen', paragraph('Per wijk en per maand, van alle organisaties. Zonder gegevens over personen.'), countBox));
  main.append(await retentionSection(choices));
  if (choices.is_beheerder) main.append(requestSection(label));
  await load();
}

// The filter: the year for the list and the counts; wijk, signal and follow-up for the list, so
// only for who sees it. query(): the chosen values by their parameter names, empty ones left out.
function filterFields(choices, years, year, label) {
  const yearSelect = yearField({ name: 'jaar', years, value: year });
  const selects = [yearSelect];
  if (choices.sees_details) {
    const all = (text, list) => [{ value: '', label: text }, ...list.map((o) => ({ value: o.value, label: label.of(o.value) }))];
    selects.push(
      wijkField({ wijken: choices.wijken }),
      selectField({ label: 'Signaal', name: 'signaal', value: '', options: all('Alle signalen', choices.signals) }),
      selectField({ label: 'Opvolging', name: 'opvolging', value: '', options: all('Elke stand', choices.statuses) }),
    );
  }
  return {
    parts: selects.map((s) => s.wrapper),
    query: () => Object.fromEntries(selects.map((s) => [s.select.name, s.select.value]).filter(([, v]) => v)),
  };
}

export async function render(main, { user, params = [] } = {}) {
  if (params.length && params[0]) {
    await renderContact(main, user, params[0]);
    return;
  }
  await renderOverview(main, user);
}
