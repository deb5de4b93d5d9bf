// The what-if result in numbers: units per level of effort and areas per colour.
import { h } from '../../shared/dom.js';
import { int, EFFORTS, COLOUR_LABEL, EFFORT_OF_COLOUR } from '../../shared/format.js';
import { colourBadge } from '../../shared/page.js';
import { dataTable } from '../../shared/table.js';

const COLOURS = ['groen', 'geel', 'oranje'];

/** A short sentence for the live region. */
export function summarySentence(summary) {
  const u = summary.units_per_effort || {};
  const a = summary.areas_per_colour || {};
  return `Woningen: ${int(u.Basis)} Basis, ${int(u.Plus)} Plus en ${int(u.PlusPlus)} PlusPlus. `
    + `Gebieden: ${int(a.groen)} groen, ${int(a.geel)} geel en ${int(a.oranje)} oranje.`;
}

export function summaryTable(summary) {
  const u = summary.units_per_effort || {};
  const a = summary.areas_per_colour || {};
  const rows = COLOURS.map((c, i) => ({
    colour: c, effort: EFFORTS[i], units: u[EFFORT_OF_COLOUR[c]], areas: a[c],
  }));
  return dataTable([
    { key: 'effort', label: 'Niveau van inzet', cell: (r) => colourBadge(`${r.effort} (${COLOUR_LABEL[r.colour].toLowerCase()})`, `lb-fill-${r.colour}`) },
    { key: 'units', label: 'Woningen', numeric: true, cell: (r) => h('span', { 'data-count': `units-${r.effort}` }, int(r.units)) },
    { key: 'areas', label: 'Gebieden', numeric: true, cell: (r) => h('span', { 'data-count': `areas-${r.colour}` }, int(r.areas)) },
  ], rows, { caption: 'Woningen en gebieden per niveau van inzet', rowHeader: 'effort' });
}

export function summaryFacts(summary) {
  const t = summary.thresholds || {};
  return h('p', { class: 'utrecht-paragraph' },
    `${int(summary.units)} woningen, waarvan ${int(summary.coupled)} gekoppeld aan een gebied en ${int(summary.scored)} met een score.`,
    t.yellow !== undefined && t.yellow !== null
      ? ` Grenzen in scores: geel op of onder ${String(t.yellow).replace('.', ',')}, oranje op of onder ${String(t.orange).replace('.', ',')}.`
      : '');
}
