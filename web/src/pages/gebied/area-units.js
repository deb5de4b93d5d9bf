// The unit lists of an area page, collapsed (a <details> with the count) and paged: the units 50
// at a time from GET /api/v1/gebieden/{level}/{code}/woningen, the uncoupled units (a bounded list
// in the area's answer) 50 at a time in the page.
import { h, replace } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { paragraph } from '../../shared/page.js';
import { errorBlock } from '../../shared/page-errors.js';
import { button } from '../../shared/fields.js';
import { dataTable } from '../../shared/table.js';
import { int, yesNo } from '../../shared/format.js';

const PAGE = 50;

const STATUS_LABEL = {
  ok: 'met score', no_score: 'geen score', no_location: 'geen locatie',
  outside_buurten: 'buiten elke buurt', unknown_postcode: 'onbekende postcode',
};
const statusText = (s) => STATUS_LABEL[s] || s || '–';
// Where the unit's location came from (the first filled column of the stock file).
const SOURCE_LABEL = {
  rd: 'RD-coördinaten', wgs84: 'breedte- en lengtegraad', postcode: 'postcode en huisnummer',
  buurtcode: 'buurtcode', none: 'geen',
};
const sourceText = (s) => SOURCE_LABEL[s] || s || '–';
const complexLink = (code) => (code
  ? h('a', { class: 'utrecht-link', href: `/gebied/complex/${encodeURIComponent(code)}` }, code)
  : '–');

/**
 * A list shown a page at a time with Vorige/Volgende buttons and "Bladzijde 2 van 20".
 * total: rows; load(page from 0) -> rows (a promise); table(rows) -> element.
 */
function pagedList({ total, load, table, label }) {
  const pages = Math.max(1, Math.ceil(total / PAGE));
  let page = 0;
  const body = h('div', {});
  const status = h('p', { class: 'utrecht-paragraph lb-pager__status', 'aria-live': 'polite' });
  const previous = button(`Vorige ${PAGE}`, { attrs: { 'aria-label': `Vorige ${PAGE} ${label}` } });
  const next = button(`Volgende ${PAGE}`, { attrs: { 'aria-label': `Volgende ${PAGE} ${label}` } });
  async function show(p) {
    try {
      const rows = await load(p);
      page = p;
      replace(body, table(rows));
      const first = p * PAGE + 1;
      status.textContent = `Bladzijde ${p + 1} van ${pages}: ${label} ${int(first)} tot en met ${int(Math.min(total, first + PAGE - 1))} van ${int(total)}.`;
      previous.disabled = p === 0;
      next.disabled = p + 1 >= pages;
    } catch (err) {
      replace(body, errorBlock(err, `de ${label}`));
    }
  }
  previous.addEventListener('click', () => show(page - 1));
  next.addEventListener('click', () => show(page + 1));
  show(0);
  return h('div', { class: 'lb-pager' }, body,
    pages > 1 ? h('div', { class: 'lb-actions lb-pager__buttons lb-no-print' }, previous, next) : null, status);
}

function collapsed(summary, ...content) {
  return h('details', { class: 'lb-details lb-area-units' }, h('summary', {}, summary), content);
}

/** The area's units, collapsed, a page at a time. */
export function unitsSection(area) {
  const total = area.units_total ?? (area.units || []).length;
  const path = `/api/v1/gebieden/${encodeURIComponent(area.level)}/${encodeURIComponent(area.code)}/woningen`;
  const table = (rows) => dataTable([
    { key: 'id', label: 'Eenheid' },
    { key: 'complex', label: 'Complex', cell: (u) => complexLink(u.complex) },
    { key: 'daeb', label: 'DAEB', cell: (u) => yesNo(u.daeb) },
    { key: 'effort', label: 'Inzet' },
    { key: 'status', label: 'Status', cell: (u) => statusText(u.status) },
    { key: 'source', label: 'Locatie uit', cell: (u) => sourceText(u.source) },
  ], rows, { caption: `Woningen in ${area.name}`, sortable: true, rowHeader: 'id' });
  const load = async (page) => (page === 0 ? area.units || [] : (await get(`${path}?page=${page + 1}`)).units);
  return h('section', { class: 'lb-section', 'aria-labelledby': 'woningen-kop' },
    h('h2', { class: 'utrecht-heading-2', id: 'woningen-kop' }, `Woningen (${int(total)})`),
    total
      ? collapsed(`Toon de ${int(total)} woningen`, pagedList({ total, load, table, label: 'woningen' }))
      : paragraph('Er zijn geen woningen van de corporatie in dit gebied.'));
}

/** The units that could not be coupled or have no score, collapsed and paged; null without any. */
export function uncoupledSection(area) {
  const rows = area.uncoupled || [];
  if (!rows.length) return null;
  const table = (page) => dataTable([
    { key: 'id', label: 'Eenheid' },
    { key: 'reason', label: 'Reden' },
  ], page, { caption: 'Niet gekoppelde woningen', rowHeader: 'id' });
  return h('section', { class: 'lb-section', 'aria-labelledby': 'ongekoppeld-kop' },
    h('h2', { class: 'utrecht-heading-2', id: 'ongekoppeld-kop' }, `Niet gekoppelde woningen (${int(rows.length)})`),
    paragraph('Deze woningen tellen niet mee in de berekening: ze hebben geen score, of ze konden niet '
      + 'aan een buurt worden gekoppeld. De reden staat erbij.'),
    collapsed(`Toon de ${int(rows.length)} woningen met de reden`, pagedList({
      total: rows.length, load: async (p) => rows.slice(p * PAGE, (p + 1) * PAGE), table, label: 'woningen',
    })));
}
