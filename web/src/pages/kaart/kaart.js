// Kaart: the buurten coloured by level of effort or by a dimension on the base map, units, borders,
// the programme's edition and budget year, and a list as alternative.
import { h, replace } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { startPage, paragraph, section } from '../../shared/page.js';
import { errorBlock, showLoadError } from '../../shared/page-errors.js';
import { selectField, checkboxField } from '../../shared/fields.js';
import { createMap } from '../../shared/map/map.js';
import { DIMENSIONS, DIM_LABEL, int } from '../../shared/format.js';
import { areaTable } from '../../programme/area-list.js';
import { wijkwerkLayers, COVERING_LAYERS } from './wijkwerk-layers.js';
import { editionNote, editionOptions, refillEditions } from './edition-note.js';

export const what = 'de kaart';

function colourOptions() {
  const options = [{ value: 'effort', label: 'Inzet (kleur en niveau)' }];
  for (const dim of DIMENSIONS) {
    options.push({ value: `mean:${dim}`, label: `${DIM_LABEL[dim]} – gemiddelde` });
    options.push({ value: `z:${dim}`, label: `${DIM_LABEL[dim]} – z-waarde` });
    options.push({ value: `score:${dim}`, label: `${DIM_LABEL[dim]} – eigen score` });
  }
  return options;
}

const checkbox = (label, checked) => checkboxField({
  label, checked, id: `schakel-${label.replace(/\W+/g, '-').toLowerCase()}`,
});

export async function render(main, { user }) {
  startPage(main, 'Kaart');
  main.append(paragraph('De kaart toont de buurten in het werkgebied met hun kleur en het niveau van inzet: '
    + 'groen is Basis, geel is Plus en oranje is PlusPlus. Klik op een buurt voor meer uitleg. '
    + 'Onder de kaart staat dezelfde informatie in een lijst. Met Wijkwerk op de kaart ziet u ook de '
    + 'initiatieven, activiteiten, fysieke werken en het aantal signalen.'));

  // The editions and the gemeenten's names, for every role.
  let info = null;
  try {
    info = await get('/api/v1/kaart');
  } catch (err) {
    main.append(errorBlock(err, 'de kaart'));
  }
  const editions = (info && info.editions) || [];
  const gemeenteNames = new Map(((info && info.gemeenten) || []).map((g) => [g.code, g.name]));

  const colourSelect = selectField({ label: 'Kleur op', name: 'kleur', options: colourOptions(), value: 'effort' });
  const editionSelect = editions.length
    ? selectField({ label: 'Editie van de Leefbaarometer', name: 'editie', options: editionOptions(info), value: info.edition })
    : null;
  const viewedEdition = () => (editionSelect ? Number(editionSelect.select.value) : null);
  // The programme's edition and budget year in words; a beheerder or analist changes them here.
  const note = editions.length ? editionNote({ info, user, onSaved: () => programmeChanged() }) : null;
  const unitsToggle = checkbox('Woningen tonen', false);
  const bordersToggle = checkbox('Grenzen van gemeenten en wijken tonen', true);
  const status = h('p', { class: 'utrecht-paragraph lb-map-status', role: 'status' });
  const controls = h('form', { class: 'lb-map-controls', onsubmit: (ev) => ev.preventDefault() },
    colourSelect.wrapper, editionSelect && editionSelect.wrapper, unitsToggle.wrapper, bordersToggle.wrapper);
  const mapEl = h('div', { class: 'lb-map', id: 'kaart' });
  const legend = h('div', { class: 'lb-legend' });
  const wijkwerkLegend = h('div', { class: 'lb-wk-legend' });
  const coveredNote = h('p', { class: 'utrecht-paragraph lb-hint', hidden: true },
    'De kleuren van inzet liggen onder deze laag. Zet de laag uit om ze weer te zien.');
  const wijkwerkList = h('section', { class: 'lb-section lb-wk-tables' });
  const listSection = section('Lijst van de buurten');
  // The legend of what is on top comes first: the wijkwerk layers, then the colours under them.
  main.append(...(note ? [note.element] : []), controls, status,
    h('div', { class: 'lb-map-layout' }, mapEl, h('div', {}, wijkwerkLegend, coveredNote, legend)),
    wijkwerkList, listSection);

  const map = createMap(mapEl, {
    legend,
    onAreaClick: (props) => location.assign(`/gebied/buurt/${encodeURIComponent(props.code)}`),
  });
  // Open on the stock (the units), not on the whole work area.
  map.setExtent(info && info.extent);
  // The neighbourhood work's layers load only when asked for.
  const wijkwerk = wijkwerkLayers({
    map, status, legendEl: wijkwerkLegend, listEl: wijkwerkList,
    onChange: (active) => {
      const covered = active.some((l) => COVERING_LAYERS.includes(l));
      legend.hidden = covered;
      coveredNote.hidden = !covered;
    },
  });
  controls.append(wijkwerk.element);

  async function loadAreas(edition) {
    if (note) note.show(edition);
    status.textContent = 'De buurten worden geladen…';
    try {
      const query = new URLSearchParams({ level: 'buurt' });
      if (edition) query.set('edition', edition);
      const geojson = await get(`/api/v1/kaart/gebieden?${query}`);
      map.setAreas(geojson, { fit: false });
      const areas = geojson.features.map((f) => f.properties);
      status.textContent = `${int(areas.length)} buurten getoond${edition ? ` (editie ${edition})` : ''}.`;
      replace(listSection, h('h2', { class: 'utrecht-heading-2' }, 'Lijst van de buurten'),
        areaTable(areas, 'buurt', 'De buurten met hun kleur en niveau van inzet', gemeenteNames));
    } catch (err) {
      status.textContent = '';
      if (err.status === 403) showLoadError(main, err, user, 'de kaart');
      else listSection.append(errorBlock(err, 'de buurten'));
    }
  }

  colourSelect.select.addEventListener('change', () => {
    const [kind, dim] = colourSelect.select.value.split(':');
    map.colourBy(kind === 'effort' ? { kind } : { kind, dim });
  });
  if (editionSelect) editionSelect.select.addEventListener('change', () => loadAreas(viewedEdition()));

  // After the programme's edition or budget year changed: the map shows the programme again.
  async function programmeChanged() {
    Object.assign(info, await get('/api/v1/kaart'));
    refillEditions(editionSelect.select, info, info.edition);
    await loadAreas(info.edition);
  }

  let unitsLoaded = false;
  unitsToggle.input.addEventListener('change', async () => {
    if (unitsToggle.input.checked && !unitsLoaded) {
      status.textContent = 'De woningen worden geladen…';
      try {
        const data = await get('/api/v1/kaart/eenheden');
        map.setUnits(data);
        unitsLoaded = true;
        status.textContent = `${int(data.units.length)} woningen getoond, gegroepeerd waar ze dicht bij elkaar liggen.`;
      } catch (err) {
        status.textContent = `De woningen konden niet worden geladen. ${err.message}`;
        unitsToggle.input.checked = false;
        return;
      }
    }
    map.showUnits(unitsToggle.input.checked);
  });

  async function loadBorders() {
    try {
      const [gemeenten, wijken] = await Promise.all([
        get('/api/v1/kaart/grenzen?level=gemeente'), get('/api/v1/kaart/grenzen?level=wijk')]);
      map.setBorders('wijk', wijken);
      map.setBorders('gemeente', gemeenten);
      map.showBorders(bordersToggle.input.checked);
    } catch (err) {
      status.textContent = `De grenzen konden niet worden geladen. ${err.message}`;
    }
  }
  bordersToggle.input.addEventListener('change', () => map.showBorders(bordersToggle.input.checked));

  await loadAreas(viewedEdition());
  loadBorders();
  wijkwerk.loadInfo();
}
