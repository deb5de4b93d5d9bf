// The programme's area list, the accessible alternative to the map (Kaart, Programma): a sortable
// table of the areas with colour, level and a link.
import { h } from '../shared/dom.js';
import { dataTable } from '../shared/table.js';
import { colourText, int, yesNo } from '../shared/format.js';
import { colourBadge } from '../shared/page.js';

/** areas: [{code, name, gemeente, n, colour, effort, indicatief}]; gemeenteNames: code -> name (optional) */
export function areaTable(areas, level, caption, gemeenteNames = null) {
  const gemeente = (a) => {
    const g = (a.gemeente && a.gemeente.name) || a.gemeente || '';
    return (gemeenteNames && gemeenteNames.get(g)) || g;
  };
  return dataTable([
    {
      key: 'name', label: 'Gebied', value: (a) => a.name || a.code,
      cell: (a) => (level === 'complex'
        ? (a.name || a.code)
        : h('a', { class: 'utrecht-link', href: `/gebied/${level}/${encodeURIComponent(a.code)}` }, a.name || a.code)),
    },
    { key: 'code', label: 'Code' },
    { key: 'gemeente', label: 'Gemeente', value: gemeente },
    { key: 'n', label: 'Woningen met score', numeric: true, cell: (a) => int(a.n) },
    {
      key: 'colour', label: 'Kleur en inzet',
      value: (a) => ({ oranje: 0, geel: 1, groen: 2 }[a.colour] ?? 3),
      cell: (a) => colourBadge(colourText(a.colour, a.effort), `lb-fill-${a.colour || 'geen'}`),
    },
    { key: 'indicatief', label: 'Indicatief', cell: (a) => yesNo(a.indicatief) },
  ], areas, { caption, sortable: true, rowHeader: 'name', initialSort: { key: 'colour', dir: 'ascending' } });
}
