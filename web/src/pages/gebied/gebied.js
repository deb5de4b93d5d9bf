// Gebied: one area with its colour and level, why (weak dimensions), charts with tables, the
// neighbourhood work there (area-wijkwerk.js), and its units.
import { h } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { startPage, paragraph, section, factList, colourBadge } from '../../shared/page.js';
import { loadForPage } from '../../shared/page-errors.js';
import { dataTable } from '../../shared/table.js';
import { barChart, lineChart } from '../../shared/charts.js';
import { DIMENSIONS, DIM_LABEL, DIM_EXPLAIN, LEVEL_LABEL, colourText, decimal, int, listText, yesNo } from '../../shared/format.js';
import { areaWijkwerkSection } from './area-wijkwerk.js';

export const what = 'deze pagina';

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

function why(area) {
  if (!area.colour) {
    return [paragraph('Dit gebied heeft geen kleur: er is geen score van de Leefbaarometer voor de woningen in dit gebied.')];
  }
  const parts = [];
  if (area.colour === 'groen') {
    parts.push(paragraph('De leefbaarheid is hier gemiddeld of beter dan gemiddeld in ons werkgebied. '
      + 'Daarom is de inzet Basis: schoon, heel en veilig.'));
  } else {
    parts.push(paragraph(`De leefbaarheid is hier lager dan gemiddeld in ons werkgebied. Daarom is de inzet ${area.effort}`
      + `${area.effort === 'PlusPlus' ? ': een wijkvisie met een uitvoeringsprogramma.' : ': ook projecten voor leefbaarheid.'}`));
  }
  const weak = area.weak || [];
  if (weak.length) {
    parts.push(paragraph(`Waarom? Het gebied scoort lager dan gemiddeld op ${listText(weak.map((d) => DIM_EXPLAIN[d] || DIM_LABEL[d] || d))}.`));
  } else if (area.colour !== 'groen') {
    parts.push(paragraph('Geen enkel onderdeel valt apart op; het gebied scoort over de hele breedte wat lager.'));
  }
  if (area.indicatief) {
    parts.push(paragraph('Let op: dit gebied heeft weinig woningen met een score. De kleur is daarom indicatief.'));
  }
  return parts;
}

function numbersTable(caption, columns, rows) {
  return h('details', { class: 'lb-details' },
    h('summary', {}, `${caption} als tabel`),
    dataTable(columns, rows, { caption, rowHeader: columns[0].key }));
}

export async function render(main, { user, params }) {
  const [level, code] = params;
  startPage(main, `${LEVEL_LABEL[level] || level} ${code}`);
  const area = await loadForPage(main, {
    user,
    what: `de ${level} ${code}`,
    onNotFound: () => main.append(paragraph(`Er is geen ${level} met code ${code}. `, h('a', { class: 'utrecht-link', href: '/kaart' }, 'Terug naar de kaart.'))),
  }, () => get(`/api/v1/gebieden/${encodeURIComponent(level)}/${encodeURIComponent(code)}`));
  if (!area) return;
  const levelLabel = LEVEL_LABEL[area.level] || area.level;
  startPage(main, `${area.name} (${levelLabel})`, `${levelLabel} ${area.name}`);
  const gemeente = area.gemeente && area.gemeente.name ? area.gemeente : null;
  main.append(
    factList([
      ['Code', area.code],
      gemeente ? ['Gemeente', area.level === 'gemeente' ? gemeente.name
        : h('a', { class: 'utrecht-link', href: `/gebied/gemeente/${encodeURIComponent(gemeente.code)}` }, gemeente.name)] : null,
      ['Editie', String(area.edition ?? '–')],
      ['Woningen met score', int(area.n)],
      ['Kleur en inzet', colourBadge(colourText(area.colour, area.effort), `lb-fill-${area.colour || 'geen'}`)],
      area.classified === false ? ['Let op', 'De kleur geldt voor een ander niveau dan dit gebied.'] : null,
    ]),
    section('Waarom deze kleur?', why(area)));

  const dims = area.dimensions || [];
  const bars = dims.map((d) => ({ label: d.label || DIM_LABEL[d.dim] || d.dim, value: d.z }));
  main.append(section('Scores per onderdeel',
    paragraph('De z-waarde zegt hoeveel het gebied afwijkt van het gemiddelde over al onze woningen. '
      + 'Onder 0 is lager dan gemiddeld, boven 0 hoger.'),
    barChart(`Z-waarde per onderdeel voor ${area.name}`, bars),
    numbersTable('Scores per onderdeel', [
      { key: 'label', label: 'Onderdeel', value: (d) => d.label || DIM_LABEL[d.dim] },
      { key: 'mean', label: 'Gemiddelde', numeric: true, cell: (d) => decimal(d.mean, 3) },
      { key: 'z', label: 'z-waarde', numeric: true, cell: (d) => decimal(d.z) },
      { key: 'score', label: 'Eigen score', numeric: true, cell: (d) => decimal(d.score, 3) },
      { key: 'workarea_mean', label: 'Gemiddelde werkgebied', numeric: true, cell: (d) => decimal(d.workarea_mean, 3) },
    ], dims)));

  const trend = area.trend || [];
  if (trend.length) {
    main.append(section('Ontwikkeling over de edities',
      paragraph('De lijnen tonen de score per editie van de Leefbaarometer. Hoger is beter.'),
      lineChart(`Ontwikkeling van de scores van ${area.name}`, trend.map((t) => String(t.edition)),
        DIMENSIONS.map((d) => ({ label: DIM_LABEL[d], values: trend.map((t) => t[d]) }))),
      numbersTable('Ontwikkeling per editie', [
        { key: 'edition', label: 'Editie', value: (t) => String(t.edition) },
        ...DIMENSIONS.map((d) => ({ key: d, label: DIM_LABEL[d], numeric: true, cell: (t) => decimal(t[d], 3) })),
      ], trend)));
  }

  // The neighbourhood work fills in by itself, so the rest of the page does not wait for it.
  const wijkwerk = areaWijkwerkSection(area);
  if (wijkwerk) main.append(wijkwerk);

  const units = area.units || [];
  const MAX_ROWS = 500;
  const shown = units.slice(0, MAX_ROWS);
  main.append(section(`Woningen (${int(units.length)})`,
    units.length > MAX_ROWS
      ? paragraph(`Hieronder staan de eerste ${int(MAX_ROWS)} woningen. Bekijk een buurt voor alle woningen daarin.`)
      : null,
    dataTable([
      { key: 'id', label: 'Eenheid' },
      { key: 'complex', label: 'Complex', cell: (u) => complexLink(u.complex) },
      { key: 'daeb', label: 'DAEB', cell: (u) => yesNo(u.daeb) },
      { key: 'effort', label: 'Inzet' },
      { key: 'status', label: 'Status', cell: (u) => statusText(u.status) },
      { key: 'source', label: 'Locatie uit', cell: (u) => sourceText(u.source) },
    ], shown, { caption: `Woningen in ${area.name}`, sortable: true, rowHeader: 'id', empty: 'Er zijn geen woningen van de corporatie in dit gebied.' })));

  const uncoupled = area.uncoupled || [];
  if (uncoupled.length) {
    main.append(section(`Niet gekoppelde woningen (${int(uncoupled.length)})`,
      paragraph('Deze woningen tellen niet mee in de berekening: ze hebben geen score, of ze konden niet '
        + 'aan een buurt worden gekoppeld. De reden staat erbij.'),
      dataTable([
        { key: 'id', label: 'Eenheid' },
        { key: 'reason', label: 'Reden' },
      ], uncoupled, { caption: 'Niet gekoppelde woningen', rowHeader: 'id' })));
  }
}
