// Gegevens: the imports with their reports, an upload form, the data-quality lists, and the
// neighbourhood work's export and import of earlier years (records-io.js).
import { h, replace } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { startPage, paragraph, section, bulletList } from '../../shared/page.js';
import { showLoadError, errorBlock } from '../../shared/page-errors.js';
import { selectField, fileField, button, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { sendFile } from '../../shared/file-import.js';
import { dataTable } from '../../shared/table.js';
import { int, dateTime, LEVEL_LABEL } from '../../shared/format.js';
import { appendRecordsSections } from './records-io.js';

export const what = 'de gegevens';

const KINDS = [
  { value: 'scores', label: 'Scores van de Leefbaarometer' },
  { value: 'buurten', label: 'Buurten (grenzen)' },
  { value: 'wijken', label: 'Wijken (grenzen)' },
  { value: 'gemeenten', label: 'Gemeenten (grenzen)' },
  { value: 'grid', label: 'Raster van de Leefbaarometer (vakken van 100 m)' },
  { value: 'stock', label: 'Woningen (bezit van de corporatie)' },
  { value: 'pc6hnr', label: 'Postcode en huisnummer naar buurt (CBS)' },
  { value: 'actuals', label: 'Werkelijke uitgaven' },
  { value: 'bag', label: 'Adressen uit de BAG (huishoudens bij initiatieven)' },
];
const kindLabel = (k) => (KINDS.find((x) => x.value === k) || { label: k }).label;

const REASON_LABEL = {
  no_location: 'geen locatie', outside: 'buiten elke buurt', outside_area: 'buiten elke buurt',
  unknown_postcode: 'onbekende postcode', unknown_buurt: 'onbekende buurtcode',
};

function warningsCell(imp) {
  const warnings = imp.warnings || [];
  if (!warnings.length) return 'geen';
  return h('details', { class: 'lb-details lb-details--inline' },
    h('summary', {}, `${int(warnings.length)} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'}`),
    bulletList(warnings));
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
  const file = fileField({
    label: 'Bestand', name: 'file', accept: '.csv,.xlsx,.gpkg,.geojson,.json,.txt',
    description: 'Een CSV- of Excel-bestand (of GeoPackage voor grenzen).',
  });
  const upload = submitForm({
    className: 'lb-upload',
    parts: [kind.wrapper, file.wrapper],
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
      { key: 'reason', label: 'Reden', cell: (u) => REASON_LABEL[u.reason] || u.reason },
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

export async function render(main, { user }) {
  startPage(main, 'Gegevens');
  const importsBox = h('div');
  const qualityBox = h('div');

  async function loadImports() {
    try {
      const { imports } = await get('/api/v1/imports');
      replace(importsBox, importsTable(imports || []));
      return true;
    } catch (err) {
      if (err.status === 403) {
        showLoadError(main, err, user, what);
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
    section('Bestand inlezen', uploadForm(() => { loadImports(); loadQuality(); })),
    section('Ingelezen bestanden', importsBox),
    section('Kwaliteit van de gegevens', qualityBox));
  if (await loadImports()) {
    await loadQuality();
    // The neighbourhood work: export per kind, year and wijk, and earlier years read in.
    await appendRecordsSections(main);
  }
}
