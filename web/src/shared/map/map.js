// The area map (Leaflet, on the base map when the server has one): areas coloured by level of
// effort or by a value, clustered units, and borders with labels above the markers. Used by Kaart
// and Programma.
import L from './leaflet-setup.js';
import 'leaflet.markercluster';
import { h, replace } from '../dom.js';
import { EFFORT_FILL, UNIT_FILL, effortLegend, valueScale } from './colours.js';
import { addBaseMap } from './base-map.js';
import { colourText, DIM_LABEL, int } from '../format.js';

const COLOUR_CLASSES = ['lb-kleur-groen', 'lb-kleur-geel', 'lb-kleur-oranje', 'lb-kleur-geen'];
// Names of gemeenten and wijken above the markers (600) and below the tooltips (650), so that a
// cluster of units or an initiative never hides a name; they take no clicks.
const LABEL_PANE = 'lb-labels';

/**
 * Creates a map in container. options: onAreaClick(feature properties), legend (element for the HTML legend),
 * level (the level of the areas, for the tooltip).
 */
export function createMap(container, { onAreaClick, legend } = {}) {
  const map = L.map(container, {
    attributionControl: false,
    zoomControl: false,
    preferCanvas: false,
    zoomSnap: 0.5,
    minZoom: 6,
    maxZoom: 18,
  });
  L.control.zoom({ zoomInTitle: 'Inzoomen', zoomOutTitle: 'Uitzoomen' }).addTo(map);
  map.setView([52.99, 6.56], 10);
  map.createPane(LABEL_PANE).style.zIndex = 625;
  addBaseMap(map);
  // Wijk labels only when zoomed in far enough to read them; gemeente labels when zoomed out.
  const syncZoomClass = () => container.classList.toggle('lb-zoom-near', map.getZoom() >= 12);
  map.on('zoomend', syncZoomClass);
  syncZoomClass();
  container.setAttribute('aria-label', 'Kaart van de gebieden. Gebruik de lijst onder de kaart als u geen muis gebruikt.');
  container.setAttribute('role', 'region');

  let areasLayer = null;
  let fitted = false; // the view has been fitted once (on the stock or on the areas)
  let colourMode = { kind: 'effort' };
  let override = null; // code -> {colour, effort} (what-if)
  let unitsLayer = null;
  const borderLayers = {};

  function areaColour(props) {
    const o = override && override.get(props.code);
    if (override) return o ? o.colour : null;
    return props.colour;
  }

  function paint() {
    if (!areasLayer) return;
    let scale = null;
    if (colourMode.kind !== 'effort') {
      const key = `${colourMode.kind}_${colourMode.dim}`;
      scale = valueScale(areasLayer.getLayers().map((l) => l.feature.properties[key]), colourMode.kind);
      scale.key = key;
    }
    areasLayer.eachLayer((layer) => {
      const props = layer.feature.properties;
      let fill;
      let cls;
      if (scale) {
        const i = scale.classOf(props[scale.key]);
        fill = scale.fill(i);
        cls = i === null ? 'lb-waarde-geen' : `lb-waarde-${i}`;
      } else {
        const colour = areaColour(props);
        fill = EFFORT_FILL[colour || 'geen'];
        cls = `lb-kleur-${colour || 'geen'}`;
      }
      layer.setStyle({ fillColor: fill });
      const el = layer.getElement && layer.getElement();
      if (el) {
        el.classList.remove(...COLOUR_CLASSES);
        [...el.classList].filter((c) => c.startsWith('lb-waarde-')).forEach((c) => el.classList.remove(c));
        el.classList.add(cls);
      }
    });
    if (legend) renderLegend(legend, scale ? scale.legend : effortLegend(), scale ? legendTitle(colourMode) : 'Inzet');
  }

  function tooltipText(props) {
    const colour = areaColour(props);
    const o = override && override.get(props.code);
    const effort = o ? o.effort : props.effort;
    let text = `${props.name} (${props.code}): ${colourText(colour, colour ? effort : null)}`;
    if (colourMode.kind !== 'effort') {
      const v = props[`${colourMode.kind}_${colourMode.dim}`];
      text += `; ${legendTitle(colourMode)}: ${v === null || v === undefined ? 'geen waarde' : v.toFixed(2).replace('.', ',')}`;
    }
    return text;
  }

  return {
    leaflet: map,

    /** Opens the view on a box [[south, west], [north, east]] (the stock's extent). */
    setExtent(extent) {
      if (!extent) return;
      const bounds = L.latLngBounds(extent);
      if (!bounds.isValid()) return;
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 15 });
      fitted = true;
    },

    /** Draws the areas of a GeoJSON FeatureCollection; fits the view on them unless fitted before. */
    setAreas(geojson, { fit = true } = {}) {
      if (areasLayer) areasLayer.remove();
      areasLayer = L.geoJSON(geojson, {
        style: () => ({ color: '#3d3d3d', weight: 0.6, fillOpacity: 0.85, fillColor: EFFORT_FILL.geen, className: 'lb-area' }),
        onEachFeature: (feature, layer) => {
          // An element, not a string: Leaflet puts a string in as HTML, and area names come from files.
          layer.bindTooltip(() => h('span', {}, tooltipText(feature.properties)), { sticky: true, className: 'lb-tooltip' });
          if (onAreaClick) layer.on('click', () => onAreaClick(feature.properties));
          layer.on('mouseover', () => layer.setStyle({ weight: 2.5 }));
          layer.on('mouseout', () => layer.setStyle({ weight: 0.6 }));
        },
      }).addTo(map);
      areasLayer.bringToBack();
      paint();
      const bounds = areasLayer.getBounds();
      if ((fit || !fitted) && bounds.isValid()) {
        map.fitBounds(bounds, { padding: [10, 10] });
        fitted = true;
      }
    },

    /** mode: {kind: 'effort'} or {kind: 'mean'|'z'|'score', dim} */
    colourBy(mode) {
      colourMode = mode;
      paint();
    },

    /** Recolours by code from a what-if result: areas [{code, colour, effort}]; null restores the saved colours. */
    recolour(areas) {
      override = areas ? new Map(areas.map((a) => [a.code, a])) : null;
      paint();
    },

    /** Shows the units as clustered dots: data {fields, units}. */
    setUnits(data) {
      if (unitsLayer) unitsLayer.remove();
      const fields = data.fields || ['lon', 'lat', 'effort', 'id'];
      const iLon = fields.indexOf('lon');
      const iLat = fields.indexOf('lat');
      const iEffort = fields.indexOf('effort');
      unitsLayer = L.markerClusterGroup({
        chunkedLoading: true,
        showCoverageOnHover: false,
        spiderfyOnMaxZoom: false,
        disableClusteringAtZoom: 17,
        maxClusterRadius: 50,
        iconCreateFunction: (cluster) => {
          const n = cluster.getChildCount();
          const size = n < 100 ? 'klein' : n < 1000 ? 'middel' : 'groot';
          return L.divIcon({
            className: `lb-cluster lb-cluster--${size}`,
            html: h('span', { class: 'lb-cluster__count' }, int(n), h('span', { class: 'lb-visually-hidden' }, ' woningen')),
            iconSize: L.point(36, 36),
          });
        },
      });
      const markers = data.units.map((u) => L.circleMarker([u[iLat], u[iLon]], {
        radius: 4, weight: 1, color: '#ffffff', fillOpacity: 1,
        fillColor: UNIT_FILL[u[iEffort]] || '#333333', className: `lb-unit lb-unit-${u[iEffort]}`,
        interactive: false,
      }));
      unitsLayer.addLayers(markers);
      return unitsLayer;
    },

    showUnits(show) {
      if (!unitsLayer) return;
      if (show) unitsLayer.addTo(map); else unitsLayer.remove();
    },

    /** Draws borders of a level (wijk|gemeente) with their names as labels. */
    setBorders(level, geojson) {
      if (borderLayers[level]) borderLayers[level].remove();
      const group = L.layerGroup();
      L.geoJSON(geojson, {
        interactive: false,
        style: () => ({
          color: level === 'gemeente' ? '#111111' : '#1b3a6b',
          weight: level === 'gemeente' ? 2.5 : 1.5,
          dashArray: level === 'gemeente' ? null : '4 3',
          fill: false,
          className: `lb-border lb-border-${level}`,
        }),
        onEachFeature: (feature, layer) => {
          const center = layer.getBounds().getCenter();
          L.marker(center, {
            interactive: false,
            keyboard: false,
            pane: LABEL_PANE,
            icon: L.divIcon({
              className: `lb-border-label lb-border-label--${level}`,
              html: h('span', {}, feature.properties.name || feature.properties.code),
              iconSize: null,
            }),
          }).addTo(group);
        },
      }).addTo(group);
      borderLayers[level] = group;
      return group;
    },

    showBorders(show) {
      Object.values(borderLayers).forEach((layer) => (show ? layer.addTo(map) : layer.remove()));
      container.classList.toggle('lb-map--borders', show);
    },

    invalidate() {
      map.invalidateSize();
    },
  };
}

export function legendTitle(mode) {
  if (mode.kind === 'effort') return 'Inzet';
  const label = DIM_LABEL[mode.dim] || mode.dim;
  if (mode.kind === 'z') return `${label}: z-waarde`;
  if (mode.kind === 'score') return `${label}: eigen score`;
  return `${label}: gemiddelde over de woningen`;
}

/** The legend as an HTML list (the map's colours are also in the area list). */
export function renderLegend(el, items, title) {
  replace(el,
    h('h3', { class: 'utrecht-heading-3 lb-legend__title' }, `Legenda: ${title}`),
    h('ul', { class: 'lb-legend__list' }, items.map((item) => {
      const swatch = h('span', { class: 'lb-swatch', 'aria-hidden': 'true' });
      swatch.style.backgroundColor = item.fill;
      return h('li', { class: 'lb-legend__item' }, swatch, item.text);
    })));
}
