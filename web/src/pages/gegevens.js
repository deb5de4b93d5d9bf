// Gegevens: the imports with their reports, an upload form, the data-quality lists, and the
// neighbourhood work's export and import of earlier years (records-io.js).
import { h, replace } from '../dom.js';
import { api, get } from '../api.js';
import { startPage, paragraph, section, showLoadError, errorBlock } from '../page.js';
import { selectField, button, showErrors, clearErrors, statusMessage } from '../forms.js';
import { dataTable } from '../table.js';
import { int, dateTime, LEVEL_LABEL } from '../format.js';
import { appendRecordsSections } from '../records-io.js';

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
    h('ul', { class: 'utrecht-unordered-list' }, warnings.map((w) => h('li', {}, w))));
}

function importsTable(imports) {
  if (!imports.length) return paragraph('Er zijn nog geen gegevens ingelezen.');
  return dataTable([
    { key: 'created_at', label: 'Ingelezen', cell: (i) => dateTime(i.created_at) },
    { key: 'kind', label: 'Soort', cell: (i) => kindLabel(i.kind) },
    { key: 'level', label: 'Niveau', cell: (i) => LEVEL_LABEL[i.level] || i.level || '–' },
    { key: 'file', label: 'Bestand' },
    { key: 'rows_read', label: 'Rijen gelezen', numeric: true, cell: (i) => int(i.rows_read) },
    { key: 'warnings', label: 'Waarschuwingen', value: (i) => (i.warnings || []).length, cell: warningsCell },
    { key: 'created_by', label: 'Door', cell: (i) => i.created_by || '–' },
  ], imports, { caption: 'Alle ingelezen bestanden, de nieuwste eerst', sortable: true, initialSort: { key: 'created_at', dir: 'descending' } });
}

function uploadForm(onDone) {
  const summary = h('div', { class: 'lb-summary', hidden: true });
  const kind = selectField({ label: 'Soort gegevens', name: 'kind', options: KINDS, value: 'scores' });
  const fileId = 'veld-bestand';
  const file = h('input', { type: 'file', id: fileId, name: 'file', class: 'lb-file', accept: '.csv,.xlsx,.gpkg,.geojson,.json,.txt' });
  const fileField = h('div', { class: 'utrecht-form-field utrecht-form-field--text', 'data-field': 'file' },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', htmlFor: fileId }, 'Bestand')),
    h('div', { class: 'utrecht-form-field-description', id: `${fileId}-uitleg` }, 'Een CSV- of Excel-bestand (of GeoPackage voor grenzen).'),
    h('div', { class: 'utrecht-form-field__input' }, file));
  file.setAttribute('aria-describedby', `${fileId}-uitleg`);
  const result = h('div', { class: 'lb-result' });
  const submit = button('Inlezen', { primary: true, type: 'submit' });
  const form = h('form', { class: 'utrecht-form lb-form lb-upload', novalidate: true }, summary, kind.wrapper, fileField,
    h('div', { class: 'lb-actions' }, submit), result);
  // The server refuses (409 confirm_shrink) a file that would leave less than half of the rows
  // of its kind, or none: the counts are shown, and only this button sends it again, confirmed.
  function confirmStep(err, send) {
    const before = int(err.body.before);
    const after = int(err.body.after);
    const yes = button(`Ja, vervang ${before} rijen door ${after}`, { type: 'button' });
    const no = button('Nee, niet inlezen', { type: 'button' });
    yes.addEventListener('click', () => send(true));
    no.addEventListener('click', () => replace(result, paragraph('Er is niets ingelezen.')));
    return h('div', { class: 'lb-confirm', role: 'alert' },
      paragraph(err.message),
      paragraph(`Nu: ${before} rijen. Na inlezen: ${after} rijen.`),
      h('div', { class: 'lb-actions' }, yes, no));
  }

  async function send(confirmed) {
    const data = new FormData();
    data.append('kind', kind.select.value);
    data.append('file', file.files[0]);
    if (confirmed) data.append('confirm', '1');
    submit.disabled = true;
    result.replaceChildren(paragraph('Bezig met inlezen…'));
    try {
      const answer = await api('/api/imports', { method: 'POST', form: data });
      const report = answer.report || {};
      const warnings = report.warnings || [];
      replace(result, statusMessage(`${report.file || 'Het bestand'} is ingelezen: ${int(report.rows_read)} rijen`
        + `${warnings.length ? `, ${int(warnings.length)} waarschuwingen` : ', zonder waarschuwingen'}.`),
      warnings.length ? h('ul', { class: 'utrecht-unordered-list' }, warnings.map((w) => h('li', {}, w))) : null);
      file.value = '';
      onDone();
    } catch (err) {
      result.replaceChildren();
      if (err.status === 409 && err.code === 'confirm_shrink' && !confirmed) {
        result.append(confirmStep(err, send));
        return;
      }
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
      summary.scrollIntoView({ block: 'nearest' });
    } finally {
      submit.disabled = false;
    }
  }

  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    result.replaceChildren();
    if (!file.files.length) {
      showErrors(form, summary, [{ field: 'file', message: 'Kies een bestand om in te lezen.' }]);
      return;
    }
    await send(false);
  });
  return form;
}

function qualitySection(quality) {
  const uncoupled = quality.uncoupled || [];
  const noScores = quality.areas_without_scores || [];
  return [
    h('h3', { class: 'utrecht-heading-3' }, `Niet gekoppelde woningen (${int(uncoupled.length)})`),
    uncoupled.length
      ? dataTable([
        { key: 'id', label: 'Eenheid' },
        { key: 'reason', label: 'Reden', cell: (u) => REASON_LABEL[u.reason] || u.reason },
        { key: 'postcode', label: 'Postcode', cell: (u) => u.postcode || '–' },
        { key: 'huisnummer', label: 'Huisnummer', cell: (u) => u.huisnummer || '–' },
      ], uncoupled, { caption: 'Woningen die niet aan een gebied zijn gekoppeld', rowHeader: 'id', sortable: true })
      : paragraph('Alle woningen zijn aan een gebied gekoppeld.'),
    h('h3', { class: 'utrecht-heading-3' }, `Gebieden zonder score (${int(noScores.length)})`),
    noScores.length
      ? dataTable([
        { key: 'name', label: 'Gebied' },
        { key: 'code', label: 'Code' },
        { key: 'level', label: 'Niveau', cell: (a) => LEVEL_LABEL[a.level] || a.level },
      ], noScores, { caption: 'Gebieden met woningen maar zonder score van de Leefbaarometer', rowHeader: 'name', sortable: true })
      : paragraph('Alle gebieden met woningen hebben een score.'),
  ];
}

export async function render(main, { user }) {
  startPage(main, 'Gegevens');
  const importsBox = h('div');
  const qualityBox = h('div');

  async function loadImports() {
    try {
      const { imports } = await get('/api/imports');
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
      replace(qualityBox, ...qualitySection(await get('/api/quality')));
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
