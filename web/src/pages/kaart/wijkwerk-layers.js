// The neighbourhood work as layers on the Kaart page: a control with a checkbox per layer and a
// year, the layers themselves (loaded only when checked), their legends, popups with links, and
// tables of what each layer shows as the accessible alternative.
import L from '../../shared/map/leaflet-setup.js';
import { h, replace, uid } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { selectField, checkboxField } from '../../shared/fields.js';
import { dataTable } from '../../shared/table.js';
import { linkIf } from '../../shared/page.js';
import { euro, int, NONE } from '../../shared/format.js';
import { dateText } from '../../shared/dates.js';
import { STATE_LABEL, TYPE_LABEL, WORK_KINDS, stateText, supportCount } from '../../neighbourhood/words.js';
import { signalKindLabels } from '../../neighbourhood/timeline.js';

const LAYERS = ['initiatieven', 'activiteiten', 'werken', 'signalen'];
// The layers that cover the buurten with their own colours (the colours of effort are then hidden).
export const COVERING_LAYERS = ['activiteiten', 'signalen'];
// What the status line counts, per layer.
const NOUN = {
  initiatieven: ['initiatief', 'initiatieven'], activiteiten: ['gebied met activiteiten', 'gebieden met activiteiten'],
  werken: ['werk', 'werken'], signalen: ['gebied', 'gebieden'],
};
const LABEL = {
  initiatieven: 'Initiatieven van bewoners', activiteiten: 'Activiteiten', werken: 'Fysieke werken', signalen: 'Signalen (aantallen)',
};

const STATE_ICON = { open: '\u2605', goedgekeurd: '\u2714', gerealiseerd: '\u25A0', geevalueerd: '\u25A0', afgewezen: '\u2716' };
const STATE_FILL = { open: '#0b4f9c', goedgekeurd: '#1f5a10', gerealiseerd: '#4a4a4a', geevalueerd: '#4a4a4a', afgewezen: '#8c2f00' };
const ACTIVITY_CLASSES = [
  { min: 1, max: 2, fill: '#d9f0d3', text: '1 of 2 activiteiten' },
  { min: 3, max: 5, fill: '#7fbf7b', text: '3 tot en met 5 activiteiten' },
  { min: 6, max: Infinity, fill: '#1b7837', text: '6 of meer activiteiten' },
];
const WORK_FILL = { sloop: '#8c2f00', nieuwbouw: '#0b4f9c', renovatie: '#7a5c00', openbare_ruimte: '#1f5a10' };
const WORK_DASH = { sloop: '2 4', nieuwbouw: null, renovatie: '8 4', openbare_ruimte: '1 3' };
const SIGNAL_CLASSES = [
  { key: 'verborgen', fill: '#e6e6e6', text: 'Minder dan 5 of niet getoond' },
  { key: '5-9', fill: '#d8daeb', text: '5 tot en met 9 signalen' },
  { key: '10-19', fill: '#b2abd2', text: '10 tot en met 19 signalen' },
  { key: '20-49', fill: '#8073ac', text: '20 tot en met 49 signalen' },
  { key: '50+', fill: '#542788', text: '50 of meer signalen' },
];

const activityClass = (n) => ACTIVITY_CLASSES.find((c) => n >= c.min && n <= c.max) || ACTIVITY_CLASSES[0];
const signalClass = (key) => SIGNAL_CLASSES.find((c) => c.key === key) || SIGNAL_CLASSES[0];
const areaText = (p) => (p.wijk_name && p.wijk_name !== p.name ? `${p.name} (${p.wijk_name})` : p.name || p.code);

const checkbox = (label) => checkboxField({ label, id: uid('wijkwerk-laag') });

function popup(...lines) {
  return h('div', { class: 'lb-popup' }, lines.filter(Boolean).map((l, i) => h('p', { class: i === 0 ? 'lb-popup__title' : null }, l)));
}

// ---- Layers ----------------------------------------------------------------------------------

function initiativeLayer(data) {
  return L.geoJSON(data, {
    pointToLayer: (feature, latlng) => {
      const p = feature.properties;
      const label = `Initiatief: ${p.title} (${stateText(p)})`;
      return L.marker(latlng, {
        title: label,
        alt: label,
        riseOnHover: true,
        icon: L.divIcon({
          className: `lb-wk-marker lb-wk-initiatief lb-wk-state-${p.state}`,
          html: h('span', { class: 'lb-wk-marker__shape' },
            h('span', { 'aria-hidden': 'true' }, STATE_ICON[p.state] || '\u2605'),
            h('span', { class: 'lb-visually-hidden' }, label)),
          iconSize: null,
        }),
      });
    },
    onEachFeature: (feature, layer) => {
      const p = feature.properties;
      layer.bindPopup(() => popup(
        p.title,
        stateText(p),
        `Steun: ${supportCount(p)}`,
        `${TYPE_LABEL[p.type] || p.type} in ${p.buurt_name || p.buurt}`,
        p.placed === 'buurt' ? 'Zonder eigen punt: getoond in de buurt.' : null,
        p.link ? h('a', { class: 'utrecht-link', href: p.link }, 'Naar het initiatief') : null));
    },
  });
}

function polygonLayer(data, style, popupOf) {
  return L.geoJSON(data, {
    style,
    onEachFeature: (feature, layer) => {
      layer.bindPopup(() => popupOf(feature.properties));
      layer.on('mouseover', () => layer.setStyle({ weight: 3 }));
      layer.on('mouseout', () => layer.setStyle({ weight: style(feature).weight }));
    },
  });
}

function activityLayer(data) {
  return polygonLayer(data, (f) => ({
    color: '#1a1a1a', weight: 1, fillOpacity: 0.8, fillColor: activityClass(f.properties.count).fill, className: 'lb-wk-area lb-wk-activiteiten',
  }), (p) => popup(areaText(p), `${int(p.count)} activiteiten, ${int(p.participants)} deelnemers`, `Kosten: ${euro(p.cost)}`));
}

function workLayer(data) {
  return polygonLayer(data, (f) => ({
    color: WORK_FILL[f.properties.kind] || '#1a1a1a', weight: 3, dashArray: WORK_DASH[f.properties.kind],
    fillOpacity: 0.25, fillColor: WORK_FILL[f.properties.kind] || '#6b6b6b', className: `lb-wk-area lb-wk-werk lb-wk-werk--${f.properties.kind}`,
  }), (p) => popup(p.title, `${WORK_KINDS[p.kind] || p.kind} in ${p.area_level === 'wijk' ? 'de hele wijk ' : ''}${p.area_name}`,
    `Van ${dateText(p.starts_on)} tot ${p.ends_on ? dateText(p.ends_on) : 'nog niet bekend'}`, p.description));
}

function signalLayer(data, labels) {
  return polygonLayer(data, (f) => ({
    color: '#3d3d3d', weight: 1, dashArray: f.properties.class === 'verborgen' ? '3 3' : null,
    fillOpacity: 0.8, fillColor: signalClass(f.properties.class).fill, className: `lb-wk-area lb-wk-signalen lb-wk-signalen--${f.properties.class}`,
  }), (p) => popup(areaText(p), `Signalen: ${p.total.text}`, shownKinds(p, labels)));
}

function shownKinds(p, labels) {
  const shown = p.by_kind.filter((k) => k.count.n !== null);
  if (!shown.length) return null;
  return `Waarvan ${shown.map((k) => `${(labels.get(k.kind) || k.kind).toLowerCase()} ${k.count.text}`).join(', ')}`;
}

// ---- Legends and tables ----------------------------------------------------------------------

function legendBlock(title, items) {
  return h('div', { class: 'lb-legend__block' },
    h('h3', { class: 'utrecht-heading-3 lb-legend__title' }, `Legenda: ${title}`),
    h('ul', { class: 'lb-legend__list' }, items.map((item) => {
      const swatch = h('span', { class: `lb-swatch ${item.cls || ''}`, 'aria-hidden': 'true' }, item.icon || '');
      swatch.style.backgroundColor = item.fill;
      if (item.icon) swatch.style.color = '#ffffff';
      return h('li', { class: 'lb-legend__item' }, swatch, item.text);
    })));
}

function legendOf(layer) {
  if (layer === 'initiatieven') {
    return legendBlock(LABEL[layer], ['open', 'goedgekeurd', 'gerealiseerd', 'afgewezen'].map((s) => ({
      fill: STATE_FILL[s], icon: STATE_ICON[s], cls: 'lb-swatch--marker', text: STATE_LABEL[s],
    })));
  }
  if (layer === 'activiteiten') return legendBlock(LABEL[layer], ACTIVITY_CLASSES);
  if (layer === 'werken') return legendBlock(LABEL[layer], Object.entries(WORK_KINDS).map(([k, text]) => ({ fill: WORK_FILL[k], text })));
  return legendBlock(LABEL[layer], SIGNAL_CLASSES.map((c) => ({ ...c, cls: c.key === 'verborgen' ? 'lb-swatch--hatched' : '' })));
}

function tableOf(layer, data, year, labels) {
  const rows = data.features.map((f) => f.properties);
  const caption = `${LABEL[layer]} op de kaart in ${year}`;
  if (layer === 'initiatieven') {
    return dataTable([
      { key: 'title', label: 'Initiatief', cell: (p) => linkIf(p.link, p.title) },
      { key: 'buurt_name', label: 'Buurt', value: (p) => p.buurt_name || p.buurt },
      { key: 'wijk_name', label: 'Wijk', value: (p) => p.wijk_name || p.wijk },
      { key: 'state', label: 'Stand', value: stateText },
      { key: 'supports', label: 'Steun', numeric: true, cell: supportCount },
      { key: 'submitted_on', label: 'Ingediend', cell: (p) => dateText(p.submitted_on) },
    ], rows, { caption, sortable: true, rowHeader: 'title' });
  }
  if (layer === 'activiteiten') {
    const all = [...rows, ...(data.without_buurt || []).map((r) => ({ ...r, name: `${r.wijk_name}: hele wijk, geen buurt` }))];
    return dataTable([
      { key: 'name', label: 'Gebied', value: areaText },
      { key: 'count', label: 'Activiteiten', numeric: true, cell: (p) => int(p.count) },
      { key: 'participants', label: 'Deelnemers', numeric: true, cell: (p) => int(p.participants) },
      { key: 'cost', label: 'Kosten', numeric: true, cell: (p) => euro(p.cost) },
    ], all, { caption, sortable: true, rowHeader: 'name' });
  }
  if (layer === 'werken') {
    return dataTable([
      { key: 'title', label: 'Werk' },
      { key: 'kind', label: 'Soort', value: (p) => WORK_KINDS[p.kind] || p.kind },
      { key: 'area_name', label: 'Gebied', value: (p) => (p.area_level === 'wijk' ? `${p.area_name} (hele wijk)` : `${p.area_name} (${p.wijk_name})`) },
      { key: 'starts_on', label: 'Start', cell: (p) => dateText(p.starts_on) },
      { key: 'ends_on', label: 'Einde', cell: (p) => (p.ends_on ? dateText(p.ends_on) : 'nog niet bekend') },
    ], rows, { caption, sortable: true, rowHeader: 'title' });
  }
  return dataTable([
    { key: 'name', label: data.level === 'buurt' ? 'Buurt' : 'Wijk', value: areaText },
    { key: 'total', label: 'Signalen', numeric: true, value: (p) => p.total.n ?? -1, cell: (p) => p.total.text },
    { key: 'kinds', label: 'Waarvan', cell: (p) => shownKinds(p, labels) || NONE },
  ], rows, { caption, sortable: true, rowHeader: 'name' });
}

/**
 * The Wijkwerk control for the map. map: the createMap() answer; status: the live region;
 * legendEl and listEl: where the legends and the tables go; onChange(active layer names): after
 * a layer was switched on or off (the page's legend follows). Answers {element, loadInfo}.
 */
export function wijkwerkLayers({ map, status, legendEl, listEl, onChange = () => {} }) {
  const state = Object.fromEntries(LAYERS.map((l) => [l, { box: checkbox(LABEL[l]), layer: null, data: null }]));
  const yearSelect = selectField({ label: 'Jaar', name: 'wijkwerk-jaar', options: [{ value: '', label: 'Laatste jaar' }], value: '' });
  const levelSelect = selectField({
    label: 'Signalen per', name: 'signalen-niveau', value: 'wijk',
    options: [{ value: 'wijk', label: 'wijk' }, { value: 'buurt', label: 'buurt' }],
  });
  const detail = h('p', { class: 'lb-hint' }, 'Kies wat u op de kaart wilt zien. Onder de kaart staat het ook in tabellen.');
  const element = h('fieldset', { class: 'lb-wk-controls' },
    h('legend', {}, 'Wijkwerk op de kaart'),
    detail,
    h('div', { class: 'lb-wk-controls__row' }, LAYERS.map((l) => state[l].box.wrapper), yearSelect.wrapper, levelSelect.wrapper));
  let info = null;
  const infoPromise = () => {
    if (!info) {
      info = get('/api/v1/wijkwerk/kaart/info').then((i) => {
        replace(yearSelect.select, i.years.map((y) => h('option', { value: String(y), selected: y === i.default_year }, String(y))));
        const lines = i.layers.map((l) => `${l.label}: ${l.detail}`);
        replace(detail, 'Kies wat u op de kaart wilt zien. Onder de kaart staat het ook in tabellen. ', h('span', { class: 'lb-visually-hidden' }, lines.join(' ')));
        return i;
      });
    }
    return info;
  };

  let labels = new Map();
  let zoomed = false;
  function renderSide() {
    const active = LAYERS.filter((l) => state[l].data && state[l].box.input.checked);
    replace(legendEl, active.map(legendOf));
    onChange(active);
    replace(listEl, active.length
      ? [h('h2', { class: 'utrecht-heading-2' }, 'Wijkwerk op de kaart'),
        active.map((l) => tableOf(l, state[l].data, state[l].data.year, labels))]
      : []);
  }

  async function show(name) {
    const s = state[name];
    if (s.layer) s.layer.remove();
    s.layer = null;
    if (!s.box.input.checked) {
      renderSide();
      return;
    }
    status.textContent = `${LABEL[name]} worden geladen…`;
    try {
      await infoPromise();
      const query = new URLSearchParams({ layer: name, year: yearSelect.select.value });
      if (name === 'signalen') {
        query.set('level', levelSelect.select.value);
        labels = await signalKindLabels();
      }
      const data = await get(`/api/v1/wijkwerk/kaart?${query}`);
      if (!s.box.input.checked) return;
      s.data = data;
      if (name === 'initiatieven') s.layer = initiativeLayer(data);
      if (name === 'activiteiten') s.layer = activityLayer(data);
      if (name === 'werken') s.layer = workLayer(data);
      if (name === 'signalen') s.layer = signalLayer(data, labels);
      s.layer.addTo(map.leaflet);
      // The first layer with work in it shows where the work is (the signals cover every area).
      const bounds = s.layer.getBounds();
      if (!zoomed && name !== 'signalen' && bounds.isValid()) {
        map.leaflet.fitBounds(bounds, { padding: [30, 30], maxZoom: 14 });
        zoomed = true;
      }
      const n = data.features.length;
      status.textContent = `${LABEL[name]} in ${data.year}: ${int(n)} ${NOUN[name][n === 1 ? 0 : 1]} op de kaart.`;
    } catch (err) {
      s.box.input.checked = false;
      status.textContent = `${LABEL[name]} konden niet worden geladen. ${err.message}`;
    }
    renderSide();
  }

  for (const name of LAYERS) state[name].box.input.addEventListener('change', () => show(name));
  yearSelect.select.addEventListener('change', () => LAYERS.filter((l) => state[l].box.input.checked).forEach(show));
  levelSelect.select.addEventListener('change', () => {
    if (state.signalen.box.input.checked) show('signalen');
  });
  // The years come with the first use; a focus on the year choice asks for them too.
  yearSelect.select.addEventListener('focus', () => infoPromise().catch(() => {}), { once: true });
  return { element, loadInfo: () => infoPromise().catch(() => {}) };
}
