// Gegevens: the imports with their reports, an upload form, the data-quality lists, and the
// neighbourhood work's export and import of earlier years (records-io.js).
import { h, replace } from '../../shared/dom.js';
import { get, post } from '../../shared/api.js';
import { startPage, paragraph, section, bulletList } from '../../shared/page.js';
import { showLoadError, errorBlock } from '../../shared/page-errors.js';
import { selectField, fileField, textField, button, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { sendFile } from '../../shared/file-import.js';
import { dataTable } from '../../shared/table.js';
import { int, dateTime, LEVEL_LABEL } from '../../shared/format.js';
import { appendRecordsSections } from './records-io.js';

export const what = 'de gegevens';

// Per kind: what the file holds and the formats it may come in (the server's upload_extensions).
const TABLE = '.csv,.txt,.xlsx';
const LAYER = '.gpkg,.geojson,.json,.zip';
const KINDS = [
  { value: 'scores', label: 'Scores van de Leefbaarometer', accept: TABLE, formats: 'Een CSV- of Excel-bestand met de scores, zoals de Leefbaarometer ze levert (per buurt, wijk, gemeente, postcode of rastervak).' },
  { value: 'buurten', label: 'Buurten (grenzen)', accept: LAYER, formats: 'Een GeoPackage, GeoJSON of Shapefile (als zip) met de grenzen van de buurten, bijvoorbeeld van het CBS.' },
  { value: 'wijken', label: 'Wijken (grenzen)', accept: LAYER, formats: 'Een GeoPackage, GeoJSON of Shapefile (als zip) met de grenzen van de wijken.' },
  { value: 'gemeenten', label: 'Gemeenten (grenzen)', accept: LAYER, formats: 'Een GeoPackage, GeoJSON of Shapefile (als zip) met de grenzen van de gemeenten.' },
  { value: 'grid', label: 'Raster van de Leefbaarometer (vakken van 100 m)', accept: LAYER, formats: 'Een GeoPackage, GeoJSON of Shapefile (als zip) met de rastervakken en hun grid_id.' },
  { value: 'stock', label: 'Woningen (bezit van de corporatie)', accept: `${TABLE},${LAYER}`, formats: 'Een CSV- of Excel-bestand met een rij per eenheid, of een puntenlaag uit een GIS (GeoPackage, GeoJSON of Shapefile als zip).' },
  { value: 'pc6hnr', label: 'Postcode en huisnummer naar buurt (CBS)', accept: TABLE, formats: 'De tabel postcode-huisnummer van het CBS (CSV).' },
  { value: 'actuals', label: 'Werkelijke uitgaven', accept: TABLE, formats: 'Een CSV- of Excel-bestand met de uitgaven per gemeente en jaar.' },
  { value: 'bag', label: 'Adressen uit de BAG (huishoudens bij initiatieven)', accept: `${TABLE},${LAYER}`, formats: 'Een CSV- of Excel-bestand met x en y, of een puntenlaag (GeoPackage, GeoJSON of Shapefile als zip).' },
];
// In a sentence: only the first letter small ("scores van de Leefbaarometer").
const inSentence = (text) => text.charAt(0).toLowerCase() + text.slice(1);
const kindLabel = (k) => (KINDS.find((x) => x.value === k) || { label: k }).label;

function warningsCell(imp) {
  const warnings = imp.warnings || [];
  if (!warnings.length) return 'geen';
  return h('details', { class: 'lb-details lb-details--inline' },
    h('summary', {}, `${int(warnings.length)} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'}`),
    bulletList(warnings));
}

// What the programme needs and what helps, with what is loaded: the next step is the first need
// that is missing.
const NEEDED = ['buurten', 'scores', 'stock'];
const HELPFUL = ['wijken', 'gemeenten', 'grid', 'pc6hnr', 'bag', 'actuals'];

function checklist(imports) {
  const loaded = new Set(imports.map((i) => i.kind));
  const item = (k) => h('li', {},
    h('span', { class: loaded.has(k) ? 'lb-check lb-check--done' : 'lb-check' }, loaded.has(k) ? 'Ingelezen: ' : 'Nog niet ingelezen: '),
    kindLabel(k));
  const missing = NEEDED.filter((k) => !loaded.has(k));
  return [
    h('h3', { class: 'utrecht-heading-3' }, 'Nodig voor het programma'),
    h('ul', { class: 'utrecht-unordered-list' }, NEEDED.map(item)),
    h('h3', { class: 'utrecht-heading-3' }, 'Helpt, maar is niet nodig'),
    h('ul', { class: 'utrecht-unordered-list' }, HELPFUL.map(item)),
    paragraph(missing.length
      ? `Volgende stap: lees ${inSentence(kindLabel(missing[0]))} in, hieronder bij Bestand inlezen. Kies het voorbeeldbestand om te zien welke kolommen nodig zijn.`
      : 'Alles wat het programma nodig heeft, is ingelezen. De kaart laat het programma zien.'),
  ];
}

function importsTable(imports) {
  return dataTable([
    { key: 'created_at', label: 'Ingelezen', cell: (i) => dateTime(i.created_at) },
    { key: 'kind', label: 'Soort', cell: (i) => kindLabel(i.kind) },
    { key: 'level', label: 'Niveau', cell: (i) => LEVEL_LABEL[i.level] || i.level || '–' },
    { key: 'file', label: 'Bestand' },
    { key: 'rows_read', label: 'Rijen gelezen', numeric: true, cell: (i) => int(i.rows_read) },
    { key: 'warnings', label: 'Waarschuwingen', value: (i) => (i.warnings || []).length, cell: warningsCell },
    { key: 'created_by', label: 'Door', cell: (i) => i.created_by || '–' },
  ], imports, {
    caption: 'Alle ingelezen bestanden, de nieuwste eerst', sortable: true, initialSort: { key: 'created_at', dir: 'descending' }, empty: 'Er zijn nog geen gegevens ingelezen.',
  });
}

function uploadForm(onDone) {
  const kind = selectField({ label: 'Soort gegevens', name: 'kind', options: KINDS, value: 'scores' });
  const file = fileField({ label: 'Bestand', name: 'file', description: ' ' });
  const example = h('a', { class: 'utrecht-link', download: '' });
  const hint = h('p', { class: 'lb-hint' });
  const showKind = () => {
    const chosen = KINDS.find((k) => k.value === kind.select.value) || KINDS[0];
    file.input.accept = chosen.accept;
    const description = file.wrapper.querySelector(`#${file.input.getAttribute('aria-describedby')}`);
    if (description) description.textContent = chosen.formats;
    example.href = `/api/v1/imports/voorbeeld?kind=${encodeURIComponent(chosen.value)}`;
    example.textContent = `Voorbeeldbestand: ${inSentence(chosen.label)}`;
  };
  hint.append('Welke kolommen nodig zijn, ziet u in het ', example, '.');
  kind.select.addEventListener('change', showKind);
  showKind();
  const upload = submitForm({
    className: 'lb-upload',
    parts: [kind.wrapper, hint, file.wrapper],
    submitLabel: 'Inlezen',
    busy: true,
    check: () => (file.input.files.length ? [] : [{ field: 'file', message: 'Kies een bestand om in te lezen.' }]),
    send: (handles) => importFile(handles, false),
    onError: () => upload.summary.scrollIntoView({ block: 'nearest' }),
  });

  async function importFile({ result }, confirmed) {
    result.append(paragraph('Bezig met inlezen…'));
    let answer;
    try {
      answer = await sendFile('/api/v1/imports', file.input.files[0], { kind: kind.select.value, ...(confirmed ? { confirm: '1' } : {}) });
    } catch (err) {
      result.replaceChildren();
      if (err.status === 409 && err.code === 'confirm_shrink' && !confirmed) {
        result.append(confirmStep(err));
        return;
      }
      throw err;
    }
    const report = answer.report || {};
    const warnings = report.warnings || [];
    replace(result, statusMessage(`${report.file || 'Het bestand'} is ingelezen: ${int(report.rows_read)} rijen`
      + `${warnings.length ? `, ${int(warnings.length)} waarschuwingen` : ', zonder waarschuwingen'}.`),
    warnings.length ? bulletList(warnings) : null);
    file.input.value = '';
    onDone();
  }

  // The server refuses (409 confirm_shrink) a file that would leave less than half of the rows
  // of its kind, or none: the counts are shown, and only this button sends it again, confirmed.
  function confirmStep(err) {
    const before = int(err.body.before);
    const after = int(err.body.after);
    const yes = button(`Ja, vervang ${before} rijen door ${after}`, { type: 'button' });
    const no = button('Nee, niet inlezen', { type: 'button' });
    yes.addEventListener('click', () => upload.run(() => [], (handles) => importFile(handles, true)));
    no.addEventListener('click', () => replace(upload.result, paragraph('Er is niets ingelezen.')));
    return h('div', { class: 'lb-confirm', role: 'alert' },
      paragraph(err.message),
      paragraph(`Nu: ${before} rijen. Na inlezen: ${after} rijen.`),
      h('div', { class: 'lb-actions' }, yes, no));
  }
  return upload.form;
}

function qualitySection(quality) {
  const uncoupled = quality.uncoupled || [];
  const noScores = quality.areas_without_scores || [];
  return [
    h('h3', { class: 'utrecht-heading-3' }, `Niet gekoppelde woningen (${int(uncoupled.length)})`),
    dataTable([
      { key: 'id', label: 'Eenheid' },
      { key: 'reason', label: 'Reden' },
      { key: 'postcode', label: 'Postcode', cell: (u) => u.postcode || '–' },
      { key: 'huisnummer', label: 'Huisnummer', cell: (u) => u.huisnummer || '–' },
    ], uncoupled, {
      caption: 'Woningen die niet aan een gebied zijn gekoppeld', rowHeader: 'id', sortable: true, empty: 'Alle woningen zijn aan een gebied gekoppeld.',
    }),
    h('h3', { class: 'utrecht-heading-3' }, `Gebieden zonder score (${int(noScores.length)})`),
    dataTable([
      { key: 'name', label: 'Gebied' },
      { key: 'code', label: 'Code' },
      { key: 'level', label: 'Niveau', cell: (a) => LEVEL_LABEL[a.level] || a.level },
    ], noScores, {
      caption: 'Gebieden met woningen maar zonder score van de Leefbaarometer', rowHeader: 'name', sortable: true, empty: 'Alle gebieden met woningen hebben een score.',
    }),
  ];
}

// A beheerder whose organisation has no work area yet starts here: the work area's name, then the
// page again with the upload form.
function newWorkAreaForm(onCreated) {
  const name = textField({
    label: 'Naam van het werkgebied', name: 'name',
    description: 'Bijvoorbeeld de naam van de corporatie of van de gemeenten waarin u werkt.',
  });
  const form = submitForm({
    label: 'Werkgebied aanmaken',
    parts: [name.wrapper],
    submitLabel: 'Werkgebied aanmaken',
    check: () => (name.input.value.trim() ? [] : [{ field: 'name', message: 'Geef het werkgebied een naam.' }]),
    send: async () => {
      await post('/api/v1/werkgebieden', { name: name.input.value.trim() });
      onCreated();
    },
  });
  return form.form;
}

export async function render(main, context) {
  const { user } = context;
  startPage(main, 'Gegevens');
  const importsBox = h('div');
  const qualityBox = h('div');
  const checklistBox = h('div');

  async function loadImports() {
    try {
      const { imports } = await get('/api/v1/imports');
      replace(checklistBox, ...checklist(imports || []));
      replace(importsBox, importsTable(imports || []));
      return true;
    } catch (err) {
      if (err.status === 403) {
        showLoadError(main, err, user, what);
        return false;
      }
      if (err.status === 404 && err.code === 'no_work_area' && user.role === 'beheerder') {
        startPage(main, 'Gegevens');
        main.append(
          paragraph('Uw organisatie heeft nog geen werkgebied. Maak het hier aan; daarna leest u de buurten, de scores van de Leefbaarometer en de woningen in.'),
          section('Werkgebied aanmaken', newWorkAreaForm(() => render(main, context))));
        return false;
      }
      replace(importsBox, errorBlock(err, 'de ingelezen bestanden'));
      return true;
    }
  }
  async function loadQuality() {
    try {
      replace(qualityBox, ...qualitySection(await get('/api/v1/kwaliteit')));
    } catch (err) {
      replace(qualityBox, errorBlock(err, 'de kwaliteit van de gegevens'));
    }
  }

  main.append(
    paragraph('Hier leest u nieuwe bestanden in en ziet u wat er is ingelezen. Een nieuw bestand vervangt het vorige van dezelfde soort.'),
    section('Wat er is ingelezen', checklistBox),
    section('Bestand inlezen', uploadForm(() => { loadImports(); loadQuality(); })),
    section('Ingelezen bestanden', importsBox),
    section('Kwaliteit van de gegevens', qualityBox));
  if (await loadImports()) {
    await loadQuality();
    // The neighbourhood work: export per kind, year and wijk, and earlier years read in.
    await appendRecordsSections(main);
  }
}
