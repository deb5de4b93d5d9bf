// The map of a scenario comparison: the buurten coloured by how their level of effort changes from
// A to B. The map itself (and its base map) is shared/map's; the table beside it is the accessible
// alternative (scenario-diff.js).
import L from '../../shared/map/leaflet-setup.js';
import { h } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { createMap, renderLegend } from '../../shared/map/map.js';
import { EFFORTS, colourText, int } from '../../shared/format.js';
import { errorBlock } from '../../shared/page-errors.js';

// Colour-blind safe: orange for more effort, purple for less (the diverging scale of the map).
const CHANGE = {
  meer: { fill: '#b35806', text: 'Hoger niveau van inzet in B' },
  minder: { fill: '#542788', text: 'Lager niveau van inzet in B' },
  anders: { fill: '#7a7a7a', text: 'Kleur in maar één van beide' },
  gelijk: { fill: '#ececec', text: 'Geen verandering' },
};

/** How a buurt changes: meer, minder, anders (a colour in one scenario only) or gelijk. */
export function changeKind(row) {
  if (!row) return 'gelijk';
  if (!row.colour_a || !row.colour_b) return 'anders';
  const d = EFFORTS.indexOf(row.effort_b) - EFFORTS.indexOf(row.effort_a);
  if (d === 0) return 'gelijk';
  return d > 0 ? 'meer' : 'minder';
}

/** The map of the buurten's change with its legend and counts; answers the element. */
export function differenceMap(c) {
  const mapEl = h('div', { class: 'lb-map lb-map--small lb-compare__map' });
  const legend = h('div', { class: 'lb-legend' });
  const note = h('div', {});
  const element = h('div', {}, note, h('div', { class: 'lb-map-layout' }, mapEl, legend));
  const changes = new Map(((c.buurten && c.buurten.changes) || []).map((r) => [r.code, r]));
  const counts = { meer: 0, minder: 0, anders: 0 };
  changes.forEach((r) => { counts[changeKind(r)] += 1; });
  renderLegend(legend, Object.entries(CHANGE).map(([kind, item]) => ({
    fill: item.fill,
    text: kind === 'gelijk' ? item.text : `${item.text} (${int(counts[kind])})`,
  })), `van ${c.a.name} naar ${c.b.name}`);

  // Drawn once the element is in the page: Leaflet measures its container.
  requestAnimationFrame(async () => {
    const map = createMap(mapEl);
    let geojson;
    try {
      geojson = await get(`/api/v1/kaart/gebieden?level=buurt&edition=${encodeURIComponent(c.b.edition)}`);
    } catch (err) {
      mapEl.hidden = true;
      note.replaceChildren(errorBlock(err, 'de kaart'));
      return;
    }
    const layer = L.geoJSON(geojson, {
      style: (feature) => {
        const kind = changeKind(changes.get(feature.properties.code));
        return {
          color: '#3d3d3d', weight: 0.6, fillOpacity: kind === 'gelijk' ? 0.5 : 0.9,
          fillColor: CHANGE[kind].fill, className: `lb-area lb-verschil-${kind}`,
        };
      },
      onEachFeature: (feature, area) => {
        const row = changes.get(feature.properties.code);
        const text = row
          ? `${row.name}: ${colourText(row.colour_a, row.effort_a)} in ${c.a.name}, ${colourText(row.colour_b, row.effort_b)} in ${c.b.name}`
          : `${feature.properties.name}: geen verandering`;
        // An element, not a string: Leaflet puts a string in as HTML, and area names come from files.
        area.bindTooltip(() => h('span', {}, text), { sticky: true, className: 'lb-tooltip' });
      },
    }).addTo(map.leaflet);
    const bounds = layer.getBounds();
    if (bounds.isValid()) map.leaflet.fitBounds(bounds, { padding: [10, 10] });
    map.invalidate();
  });
  return element;
}
