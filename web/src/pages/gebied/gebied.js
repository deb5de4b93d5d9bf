// Gebied: one area with its colour and level, why (weak dimensions), charts with tables, the
// buurten of a wijk or gemeente (area-buurten.js), the neighbourhood work there (area-wijkwerk.js),
// and its units, collapsed and paged (area-units.js). A print stylesheet (styles/print.css) and the
// button Afdrukken print it with a header of the area's name and the day.
import { h } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { startPage, paragraph, section, factList, colourBadge } from '../../shared/page.js';
import { button } from '../../shared/fields.js';
import { dateText, today } from '../../shared/dates.js';
import { loadForPage } from '../../shared/page-errors.js';
import { dataTable } from '../../shared/table.js';
import { barChart, lineChart } from '../../shared/charts.js';
import { DIMENSIONS, DIM_LABEL, DIM_EXPLAIN, LEVEL_LABEL, colourText, decimal, int, listText } from '../../shared/format.js';
import { helpDetails } from '../../programme/help.js';
import { areaWijkwerkSection } from './area-wijkwerk.js';
import { buurtenSection, effortsText } from './area-buurten.js';
import { unitsSection, uncoupledSection } from './area-units.js';

export const what = 'deze pagina';

// A wijk or gemeente when the colours are decided per buurt (or any area off the classification
// level): it has no colour of its own; its buurten (or units) have.
function notClassified(area) {
  const per = area.classification_level;
  const e = area.units_per_effort;
  return [
    paragraph(`De kleur en de inzet worden per ${per} bepaald, niet per ${area.level}. `
      + `Daarom heeft ${area.name} zelf geen kleur. `
      + (['wijk', 'gemeente'].includes(area.level) && per === 'buurt' ? 'De buurten en hun kleur staan hieronder bij "Buurten".' : '')),
    e ? paragraph(`Van de ${int(area.units_total)} woningen hier hebben er ${effortsText(e)} als inzet. `
      + `Van ${int(area.n)} woningen is een score bekend; het gemiddelde daarvan staat bij "Scores per onderdeel".`) : null,
  ];
}

function why(area) {
  if (area.level !== area.classification_level) return notClassified(area);
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

// The collapsed tables and lists print open.
function printPage() {
  document.querySelectorAll('main details').forEach((d) => { d.open = true; });
  window.print();
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
  const heading = startPage(main, `${area.name} (${levelLabel})`, `${levelLabel} ${area.name}`);
  heading.before(h('p', { class: 'lb-print-header' }, `Leefbaar – ${levelLabel} ${area.name} (${area.code}) – afgedrukt op ${dateText(today())}`));
  heading.after(h('div', { class: 'lb-actions lb-no-print' }, button('Afdrukken', { onclick: printPage })));
  const gemeente = area.gemeente && area.gemeente.name ? area.gemeente : null;
  const ownColour = area.level === area.classification_level;
  main.append(
    factList([
      ['Code', area.code],
      gemeente ? ['Gemeente', area.level === 'gemeente' ? gemeente.name
        : h('a', { class: 'utrecht-link', href: `/gebied/gemeente/${encodeURIComponent(gemeente.code)}` }, gemeente.name)] : null,
      ['Editie', String(area.edition ?? '–')],
      ['Woningen', int(area.units_total)],
      ['Woningen met score', int(area.n)],
      ownColour
        ? ['Kleur en inzet', colourBadge(colourText(area.colour, area.effort), `lb-fill-${area.colour || 'geen'}`)]
        : ['Kleur en inzet', `per ${area.classification_level} bepaald; woningen: ${effortsText(area.units_per_effort || {})}`],
    ]),
    section(ownColour ? 'Waarom deze kleur?' : 'Waarom geen eigen kleur?', why(area),
      helpDetails({ ...area.classification, level: area.classification_level }, { z: false })));
  const buurten = buurtenSection(area);
  if (buurten) main.append(buurten);

  const dims = area.dimensions || [];
  const bars = dims.map((d) => ({ label: d.label || DIM_LABEL[d.dim] || d.dim, value: d.z }));
  main.append(section('Scores per onderdeel',
    paragraph('De z-waarde zegt hoeveel het gebied afwijkt van het gemiddelde over al onze woningen. '
      + 'Onder 0 is lager dan gemiddeld, boven 0 hoger.'),
    helpDetails({ ...area.classification, level: area.classification_level }, { thresholds: false }),
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

  main.append(unitsSection(area));
  const uncoupled = uncoupledSection(area);
  if (uncoupled) main.append(uncoupled);
}
