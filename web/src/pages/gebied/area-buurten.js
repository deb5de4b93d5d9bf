// The buurten of a wijk or gemeente on its area page: a small map (shared/map) and a table with
// colour, level of effort and units. Colours and levels are decided per buurt (at the
// classification level), so the table is where a wijk's or gemeente's colours are.
import { h } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { paragraph, section, colourBadge } from '../../shared/page.js';
import { errorBlock } from '../../shared/page-errors.js';
import { dataTable } from '../../shared/table.js';
import { createMap, renderLegend } from '../../shared/map/map.js';
import { effortLegend } from '../../shared/map/colours.js';
import { colourText, euro, int, yesNo } from '../../shared/format.js';

const effortsText = (e) => `${int(e.Basis)} Basis, ${int(e.Plus)} Plus, ${int(e.PlusPlus)} PlusPlus`;

function buurtenTable(area) {
  return dataTable([
    {
      key: 'name', label: 'Buurt', value: (b) => b.name || b.code,
      cell: (b) => h('a', { class: 'utrecht-link', href: `/gebied/buurt/${encodeURIComponent(b.code)}` }, b.name || b.code),
    },
    { key: 'code', label: 'Code' },
    {
      key: 'colour', label: 'Kleur en inzet',
      value: (b) => ({ oranje: 0, geel: 1, groen: 2 }[b.colour] ?? 3),
      cell: (b) => colourBadge(colourText(b.colour, b.effort), `lb-fill-${b.colour || 'geen'}`),
    },
    { key: 'units', label: 'Woningen', numeric: true, cell: (b) => int(b.units) },
    { key: 'n', label: 'Met score', numeric: true, cell: (b) => int(b.n) },
    { key: 'efforts', label: 'Woningen per inzet', value: (b) => b.units_per_effort.PlusPlus, cell: (b) => effortsText(b.units_per_effort) },
    { key: 'plan', label: 'Gepland budget', numeric: true, cell: (b) => euro(b.plan) },
    { key: 'indicatief', label: 'Indicatief', cell: (b) => yesNo(b.indicatief) },
  ], area.buurten, {
    caption: `Buurten in ${area.name}`, sortable: true, rowHeader: 'name', initialSort: { key: 'colour', dir: 'ascending' },
  });
}

// The map of the buurten, drawn once it is in the page (Leaflet measures its container).
function buurtenMap(area) {
  const mapEl = h('div', { class: 'lb-map lb-map--small lb-area-buurten__map' });
  const legend = h('div', { class: 'lb-legend' });
  const note = h('div', {});
  renderLegend(legend, effortLegend(), 'Inzet per buurt');
  requestAnimationFrame(async () => {
    const codes = new Set(area.buurten.map((b) => b.code));
    const map = createMap(mapEl, {
      onAreaClick: (p) => { window.location.assign(`/gebied/buurt/${encodeURIComponent(p.code)}`); },
    });
    try {
      const all = await get(`/api/v1/kaart/gebieden?level=buurt&edition=${encodeURIComponent(area.edition)}`);
      map.setAreas({ ...all, features: (all.features || []).filter((f) => codes.has(f.properties.code)) });
      map.invalidate();
    } catch (err) {
      mapEl.hidden = true;
      note.replaceChildren(errorBlock(err, 'de kaart'));
    }
  });
  return h('div', { class: 'lb-area-buurten' }, note, h('div', { class: 'lb-map-layout' }, mapEl, legend));
}

/** The section "Buurten" of a wijk or gemeente; null for a buurt or complex. */
export function buurtenSection(area) {
  if (!['wijk', 'gemeente'].includes(area.level)) return null;
  const buurten = area.buurten || [];
  const coloured = buurten.filter((b) => b.colour).length;
  return section(`Buurten (${int(buurten.length)})`,
    paragraph(area.classification_level === 'buurt'
      ? `De kleur en de inzet worden per buurt bepaald. Hieronder staan de ${int(buurten.length)} buurten met woningen `
        + `van de corporatie in ${area.name}; ${int(coloured)} daarvan hebben een kleur. Klik op een buurt voor de uitleg.`
      : `Hieronder staan de buurten met woningen van de corporatie in ${area.name}. De kleuren worden nu per `
        + `${area.classification_level} bepaald; een buurt heeft daarom alleen een kleur als dat zo is ingesteld.`),
    buurten.length ? buurtenMap(area) : null,
    buurten.length ? buurtenTable(area) : paragraph('Er zijn geen buurten met woningen van de corporatie in dit gebied.'));
}

export { effortsText };
