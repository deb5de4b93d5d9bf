// The area of a resident initiative on a map (Leaflet on the base map when the server has one; the
// buurt's outline for orientation): the whole buurt, a circle (click the centre, set the radius) or a drawn polygon
// (click the corners, with undo), and the live household count in an aria-live region. Without a
// mouse: a circle around an address, with the radius. Also the small map of an initiative's area.
import L from '../shared/map/leaflet-setup.js';
import { addBaseMap } from '../shared/map/base-map.js';
import { h, uid, debounce } from '../shared/dom.js';
import { textField, choiceFieldset, button } from '../shared/fields.js';
import { int } from '../shared/format.js';

const RADIUS = { min: 25, max: 2000, start: 150 };
const OUTLINE = { color: '#1b3a6b', weight: 2, dashArray: '5 4', fill: false, interactive: false };
const SHAPE = { color: '#a3195b', weight: 3, fillColor: '#a3195b', fillOpacity: 0.15, interactive: false };

const MODES = [
  { value: 'buurt', label: 'De hele buurt' },
  { value: 'cirkel', label: 'Een cirkel: klik het midden aan op de kaart, of vul een adres in' },
  { value: 'polygoon', label: 'Zelf een gebied tekenen: klik de hoekpunten aan op de kaart' },
];

const HELP = {
  buurt: 'Alle huishoudens van de gekozen buurt tellen mee.',
  cirkel: 'Klik op de kaart het midden van de cirkel aan en kies de straal. Zonder muis: vul het adres '
    + 'van het midden in en kies “Cirkel rond dit adres”.',
  polygoon: 'Klik op de kaart de hoekpunten van het gebied aan, ten minste drie. Met “Laatste punt '
    + 'weghalen” haalt u een punt weg.',
};

/** Calls fn once el is in the document (Leaflet needs the container's size). */
function whenConnected(el, fn) {
  if (el.isConnected) {
    fn();
    return;
  }
  requestAnimationFrame(() => whenConnected(el, fn));
}

function newMap(container, label) {
  const map = L.map(container, {
    attributionControl: false, zoomControl: false, zoomSnap: 0.5, minZoom: 8, maxZoom: 19,
  });
  L.control.zoom({ zoomInTitle: 'Inzoomen', zoomOutTitle: 'Uitzoomen' }).addTo(map);
  map.setView([52.993, 6.56], 13);
  addBaseMap(map);
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', label);
  return map;
}

/** In words, for the text next to a map (its text alternative). */
export function areaText(gebied, buurtName) {
  if (!gebied || gebied.soort === 'buurt') return `De hele buurt${buurtName ? ` ${buurtName}` : ''}.`;
  if (gebied.soort === 'cirkel') return `Een cirkel met een straal van ${int(gebied.straal_m)} meter.`;
  return `Een getekend gebied met ${gebied.punten.length} hoekpunten.`;
}

/**
 * The area picker. count(body) asks the server for {huishoudens, basis, uitleg, buurt, gebied,
 * buurt_geojson}; buurtSelect is the form's buurt choice (its value goes along, and a change
 * counts again). Answers {wrapper, value(), problem()}: value() is the request's member gebied,
 * problem() a Dutch message when the chosen shape is not complete yet.
 */
export function areaPicker({ count, buurtSelect }) {
  const state = { mode: 'buurt', centre: null, address: null, radius: RADIUS.start, points: [] };
  const modes = choiceFieldset({ legend: 'Voor welke huishoudens is het initiatief?', name: 'gebied', options: MODES, checked: 'buurt' });
  const help = h('p', { class: 'utrecht-paragraph', id: uid('gebied-uitleg') }, HELP.buurt);
  const mapBox = h('div', { class: 'lb-area-map' });
  const radius = textField({
    label: 'Straal in meters (25 tot 2000)', name: 'straal_m', type: 'number', value: String(RADIUS.start),
    attrs: { min: String(RADIUS.min), max: String(RADIUS.max), step: '5', inputmode: 'numeric' },
  });
  const postcode = textField({ label: 'Midden van de cirkel: postcode', name: 'gebied_postcode', autocomplete: 'off' });
  const huisnummer = textField({ label: 'Midden van de cirkel: huisnummer', name: 'gebied_huisnummer', autocomplete: 'off' });
  const byAddress = button('Cirkel rond dit adres');
  const circleTools = h('div', { class: 'lb-area-tools', hidden: true },
    radius.wrapper, postcode.wrapper, huisnummer.wrapper, h('div', { class: 'lb-actions' }, byAddress));
  const pointsText = h('p', { class: 'utrecht-paragraph' }, 'Nog geen punten.');
  const undo = button('Laatste punt weghalen');
  const restart = button('Opnieuw beginnen');
  const polygonTools = h('div', { class: 'lb-area-tools', hidden: true }, pointsText, h('div', { class: 'lb-actions' }, undo, restart));
  const countBox = h('p', { class: 'utrecht-paragraph lb-area-count', 'aria-live': 'polite' });
  modes.fieldset.append(help, mapBox, circleTools, polygonTools, countBox);
  modes.inputs.forEach((input) => input.setAttribute('aria-describedby', help.id));

  let map = null;
  let outline = null;
  let drawn = null;
  let asked = 0;
  let fitted = false;

  function draw() {
    if (!map) return;
    if (drawn) drawn.remove();
    drawn = L.layerGroup().addTo(map);
    if (state.mode === 'cirkel' && state.centre) {
      L.circle([state.centre.lat, state.centre.lon], { ...SHAPE, radius: state.radius }).addTo(drawn);
    }
    if (state.mode === 'polygoon' && state.points.length) {
      const latlngs = state.points.map((p) => [p.lat, p.lon]);
      (latlngs.length >= 3 ? L.polygon(latlngs, SHAPE) : L.polyline(latlngs, SHAPE)).addTo(drawn);
      latlngs.forEach((ll) => L.circleMarker(ll, { ...SHAPE, radius: 4, fillOpacity: 1 }).addTo(drawn));
    }
    const n = state.points.length;
    pointsText.textContent = n ? `${n} ${n === 1 ? 'punt' : 'punten'} aangeklikt${n < 3 ? '; nodig zijn er ten minste 3' : ''}.` : 'Nog geen punten.';
  }

  function value() {
    if (state.mode === 'cirkel') {
      if (state.centre) return { soort: 'cirkel', lat: state.centre.lat, lon: state.centre.lon, straal_m: state.radius };
      if (state.address) return { soort: 'cirkel', ...state.address, straal_m: state.radius };
      return null;
    }
    if (state.mode === 'polygoon') {
      return state.points.length >= 3 ? { soort: 'polygoon', punten: state.points.map((p) => [p.lat, p.lon]) } : null;
    }
    return { soort: 'buurt' };
  }

  function problem() {
    if (state.mode === 'cirkel' && !value()) return 'Klik op de kaart het midden van de cirkel aan, of vul het adres van het midden in.';
    if (state.mode === 'polygoon' && !value()) return 'Klik op de kaart ten minste drie hoekpunten van het gebied aan.';
    if (state.mode === 'cirkel' && !(state.radius >= RADIUS.min && state.radius <= RADIUS.max)) return 'Kies een straal van 25 tot 2000 meter.';
    return null;
  }

  function showOutline(feature) {
    if (!map) return;
    if (outline) outline.remove();
    outline = feature ? L.geoJSON(feature, { style: () => OUTLINE, interactive: false }).addTo(map) : null;
    if (outline && (!fitted || state.mode === 'buurt')) {
      map.fitBounds(outline.getBounds(), { padding: [10, 10] });
      fitted = true;
    }
  }

  async function recount() {
    const gebied = value();
    const buurt = buurtSelect ? buurtSelect.value : '';
    const missing = state.mode === 'buurt' && !buurt ? 'Kies een buurt om de huishoudens te tellen.' : problem();
    if (missing) {
      countBox.textContent = missing;
      return;
    }
    asked += 1;
    const mine = asked;
    countBox.textContent = 'Bezig met tellen…';
    try {
      const answer = await count({ gebied, buurt });
      if (mine !== asked) return; // a newer question is on its way
      if (answer.gebied && answer.gebied.soort === 'cirkel' && !state.centre) {
        state.centre = { lat: answer.gebied.lat, lon: answer.gebied.lon };
        if (map) map.setView([state.centre.lat, state.centre.lon], 16);
        draw();
      }
      showOutline(answer.buurt_geojson);
      const where = answer.buurt ? ` Buurt: ${answer.buurt.name}.` : '';
      countBox.textContent = `${int(answer.huishoudens)} huishoudens in dit gebied.${where} ${answer.uitleg}`;
    } catch (err) {
      if (mine === asked) countBox.textContent = err.message;
    }
  }
  const recountSoon = debounce(recount, 350);

  function setMode(mode) {
    state.mode = mode;
    help.textContent = HELP[mode];
    circleTools.hidden = mode !== 'cirkel';
    polygonTools.hidden = mode !== 'polygoon';
    mapBox.classList.toggle('lb-area-map--drawing', mode !== 'buurt');
    draw();
    recountSoon();
  }

  modes.inputs.forEach((input) => input.addEventListener('change', () => setMode(input.value)));
  if (buurtSelect) buurtSelect.addEventListener('change', () => { fitted = false; recountSoon(); });
  radius.input.addEventListener('input', () => {
    state.radius = Number(radius.input.value);
    draw();
    recountSoon();
  });
  byAddress.addEventListener('click', () => {
    if (!postcode.input.value.trim() || !huisnummer.input.value.trim()) {
      countBox.textContent = 'Vul de postcode en het huisnummer van het midden in.';
      return;
    }
    state.centre = null;
    state.address = { postcode: postcode.input.value, huisnummer: huisnummer.input.value };
    draw();
    recount();
  });
  undo.addEventListener('click', () => {
    state.points.pop();
    draw();
    recountSoon();
  });
  restart.addEventListener('click', () => {
    state.points = [];
    draw();
    recountSoon();
  });

  whenConnected(mapBox, () => {
    map = newMap(mapBox, 'Kaart om het gebied van het initiatief te kiezen. Zonder muis: kies een cirkel en vul het adres van het midden in.');
    map.on('click', (ev) => {
      const p = { lat: ev.latlng.lat, lon: ev.latlng.lng };
      if (state.mode === 'cirkel') {
        state.centre = p;
        state.address = null;
      } else if (state.mode === 'polygoon') {
        state.points.push(p);
      } else {
        return;
      }
      draw();
      recountSoon();
    });
    recount();
  });

  const wrapper = h('div', { class: 'utrecht-form-fieldset lb-fieldset lb-area-picker', 'data-field': 'gebied' }, modes.fieldset);
  return { wrapper, value, problem, mode: () => state.mode };
}

/** A small map of an initiative's area (a GeoJSON Feature), with its description as text. */
export function areaMap(feature, description) {
  const box = h('div', { class: 'lb-area-map lb-area-map--small' });
  const wrapper = h('div', { class: 'lb-area-view' }, h('p', { class: 'utrecht-paragraph' }, description), box);
  if (feature) {
    whenConnected(box, () => {
      const map = newMap(box, `Kaart van het gebied van het initiatief. ${description}`);
      const layer = L.geoJSON(feature, { style: () => SHAPE, interactive: false }).addTo(map);
      map.fitBounds(layer.getBounds(), { padding: [12, 12] });
    });
  } else {
    box.hidden = true;
  }
  return wrapper;
}
