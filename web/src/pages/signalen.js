// Signalen: contact moments with residents and their signals. Staff record them; the recording
// organisation and the wijk's team see the details and the follow-up; everyone else sees counts.
// The beheerder sets the retention periods and answers a resident's request (inspect, erase).
import { h, replace } from '../dom.js';
import { get } from '../api.js';
import { startPage, paragraph, section, showLoadError, errorBlock } from '../page.js';
import { selectField } from '../forms.js';
import { dataTable } from '../table.js';
import { int } from '../format.js';
import { contactForm } from '../signal-form.js';
import { renderContact } from '../signal-record.js';
import { retentionSection, requestSection } from '../signal-admin.js';
import { labeller, dutchDate, MONTHS } from '../signal-labels.js';

export const what = 'de signalen';

function contactsTable(contacts, label) {
  if (!contacts.length) return paragraph('Er zijn geen contactmomenten die u mag inzien in deze periode.');
  return dataTable([
    { key: 'date', label: 'Datum', cell: (c) => h('a', { class: 'utrecht-link', href: `/signalen/${c.id}` }, dutchDate(c.date)) },
    { key: 'wijk', label: 'Wijk', value: (c) => label.wijk(c.wijk) },
    { key: 'kind', label: 'Soort contact', value: (c) => label.of(c.kind) },
    { key: 'signals', label: 'Signalen', value: (c) => c.signals.map(label.of).join(', ') },
    { key: 'referral', label: 'Doorverwezen naar', value: (c) => (c.referral ? label.of(c.referral) : '–') },
    { key: 'follow_up_status', label: 'Opvolging', value: (c) => label.of(c.follow_up_status) },
    { key: 'organisation', label: 'Vastgelegd door' },
  ], contacts, { caption: `Contactmomenten (${int(contacts.length)})`, sortable: true, initialSort: { key: 'date', dir: 'descending' } });
}

function countsTables(rows, label, year) {
  if (!rows.length) return [paragraph('Er zijn geen signalen geteld in deze periode.')];
  const kinds = [...new Set(rows.map((r) => r.kind))];
  const byWijk = new Map();
  const byMonth = new Map();
  for (const r of rows) {
    if (!byWijk.has(r.wijk)) byWijk.set(r.wijk, { wijk: r.wijk, total: 0 });
    const w = byWijk.get(r.wijk);
    w[r.kind] = (w[r.kind] || 0) + r.n;
    w.total += r.n;
    if (!byMonth.has(r.month)) byMonth.set(r.month, { month: r.month, total: 0 });
    const m = byMonth.get(r.month);
    m[r.kind] = (m[r.kind] || 0) + r.n;
    m.total += r.n;
  }
  const kindCols = kinds.map((k) => ({ key: k, label: label.of(k), numeric: true, value: (row) => row[k] || 0, cell: (row) => int(row[k] || 0) }));
  const period = year ? ` in ${year}` : '';
  const monthLabel = (m) => {
    const [y, mm] = m.split('-').map(Number);
    return `${MONTHS[mm - 1]} ${y}`;
  };
  return [
    dataTable([
      { key: 'wijk', label: 'Wijk', value: (r) => label.wijk(r.wijk) },
      ...kindCols,
      { key: 'total', label: 'Totaal', numeric: true, cell: (r) => int(r.total) },
    ], [...byWijk.values()], { caption: `Signalen per wijk${period}`, rowHeader: 'wijk', sortable: true }),
    dataTable([
      { key: 'month', label: 'Maand', cell: (r) => monthLabel(r.month) },
      ...kindCols,
      { key: 'total', label: 'Totaal', numeric: true, cell: (r) => int(r.total) },
    ], [...byMonth.values()], { caption: `Signalen per maand${period}`, rowHeader: 'month' }),
  ];
}

async function renderOverview(main, user) {
  startPage(main, 'Signalen');
  let choices;
  let all;
  try {
    [choices, all] = await Promise.all([get('/api/signalen/keuzes'), get('/api/signalen/tellingen')]);
  } catch (err) {
    showLoadError(main, err, user, what);
    return;
  }
  const label = labeller(choices);
  main.append(paragraph(choices.sees_details
    ? 'Hier legt u contactmomenten met bewoners en hun signalen vast. U ziet de details van de contactmomenten '
      + 'van uw eigen organisatie en van de wijken waarin u werkt. Van de andere ziet u alleen aantallen.'
    : 'U ziet hier alleen aantallen: hoeveel signalen er per wijk en per maand zijn vastgelegd. '
      + 'De details zijn alleen voor de organisatie die het contact vastlegde en voor het wijkteam.'));

  const years = [...new Set(all.rows.map((r) => Number(r.month.slice(0, 4))))].sort((a, b) => b - a);
  const yearSelect = selectField({
    label: 'Jaar', name: 'jaar',
    options: [...years.map((y) => ({ value: y, label: String(y) })), { value: '', label: 'Alle jaren' }],
    value: years.length ? years[0] : '',
  });
  const listBox = h('div', { class: 'lb-signal-list' });
  const countBox = h('div', { class: 'lb-signal-counts' });

  async function load() {
    const year = yearSelect.select.value;
    const q = year ? `?jaar=${encodeURIComponent(year)}` : '';
    try {
      const [list, counts] = await Promise.all([
        choices.sees_details ? get(`/api/signalen${q}`) : Promise.resolve({ contacts: [] }),
        get(`/api/signalen/tellingen${q}`),
      ]);
      if (choices.sees_details) replace(listBox, contactsTable(list.contacts, label));
      replace(countBox, countsTables(counts.rows, label, year));
    } catch (err) {
      replace(countBox, errorBlock(err, 'de signalen'));
    }
  }
  yearSelect.select.addEventListener('change', load);

  if (choices.can_record) {
    main.append(section('Contactmoment vastleggen', contactForm(choices, () => load())));
  }
  main.append(h('div', { class: 'lb-filter' }, yearSelect.wrapper));
  if (choices.sees_details) main.append(section('Contactmomenten die u mag inzien', listBox));
  main.append(section('Aantallen', paragraph('Per wijk en per maand, van alle organisaties. Zonder gegevens over personen.'), countBox));
  main.append(await retentionSection(choices));
  if (choices.is_beheerder) main.append(requestSection(label));
  await load();
}

export async function render(main, { user, params = [] } = {}) {
  if (params.length && params[0]) {
    await renderContact(main, user, params[0]);
    return;
  }
  await renderOverview(main, user);
}
