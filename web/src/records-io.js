// Gegevens, the neighbourhood work: its records as CSV or Excel (kind, year, wijk), and earlier
// years read in from CSV or Excel with an example file per kind, answered with a report or with
// the list of problems (row, column, what was found, what was expected).
import { h, replace } from './dom.js';
import { api, get, ApiError } from './api.js';
import { paragraph, section, errorBlock } from './page.js';
import { selectField, choiceFieldset, button, showErrors, clearErrors, statusMessage } from './forms.js';
import { dataTable } from './table.js';
import { int } from './format.js';

const FORMATS = [
  { value: 'xlsx', label: 'Excel (.xlsx)' },
  { value: 'csv', label: 'CSV (puntkomma\'s, voor elk rekenprogramma)' },
];

function fileNameOf(response, fallback) {
  const m = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
  return m ? m[1] : fallback;
}

/** Fetches a file and hands it to the browser as a download; throws ApiError on an error answer. */
async function download(url, fallback) {
  let response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, { message: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.' });
  }
  if (!response.ok) {
    let body = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    throw new ApiError(response.status, body);
  }
  const name = fileNameOf(response, fallback);
  const href = URL.createObjectURL(await response.blob());
  const link = h('a', { href, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return name;
}

function exportForm(options) {
  const kinds = options.kinds.filter((k) => k.may_export);
  const summary = h('div', { hidden: true });
  const kind = selectField({
    label: 'Soort wijkwerk', name: 'soort', value: kinds[0].soort,
    options: kinds.map((k) => ({ value: k.soort, label: k.label })),
  });
  const year = selectField({
    label: 'Jaar', name: 'year', value: options.years.length ? options.years[0] : '',
    options: [{ value: '', label: 'Alle jaren' }, ...options.years.map((y) => ({ value: y, label: String(y) }))],
    description: `De aantallen signalen zijn altijd van één jaar; bij "Alle jaren" is dat ${options.this_year}.`,
  });
  const wijk = selectField({
    label: 'Wijk', name: 'wijk', value: '',
    options: [{ value: '', label: 'Alle wijken' }, ...options.wijken.map((w) => ({ value: w.code, label: `${w.name} (${w.code})` }))],
  });
  const format = choiceFieldset({ legend: 'Soort bestand', name: 'format', options: FORMATS, checked: 'xlsx' });
  const result = h('div', { class: 'lb-result' });
  const submit = button('Downloaden', { primary: true, type: 'submit' });
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true },
    summary, kind.wrapper, year.wrapper, wijk.wrapper, format.wrapper, h('div', { class: 'lb-actions' }, submit), result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    result.replaceChildren();
    const chosen = format.inputs.find((i) => i.checked);
    const params = new URLSearchParams({ format: chosen ? chosen.value : 'xlsx' });
    if (year.select.value) params.set('year', year.select.value);
    if (wijk.select.value) params.set('wijk', wijk.select.value);
    submit.disabled = true;
    try {
      const name = await download(`/api/export/${kind.select.value}?${params}`, `${kind.select.value}.${params.get('format')}`);
      result.append(statusMessage(`${name} is gedownload.`));
    } catch (err) {
      const field = { year: 'year', wijk: 'wijk', format: 'format' }[err.field] || '';
      showErrors(form, summary, [{ field, message: err.message }]);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

export function problemsTable(problems, file) {
  return dataTable([
    { key: 'row', label: 'Rij', numeric: true, cell: (p) => String(p.row) },
    { key: 'column', label: 'Kolom', cell: (p) => p.column || '–' },
    { key: 'found', label: 'Gevonden', cell: (p) => (p.found ? p.found : '(leeg)') },
    { key: 'message', label: 'Wat er verwacht wordt' },
  ], problems, { caption: `${int(problems.length)} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${file}; er is niets ingelezen` });
}

function importForm(options) {
  const kinds = options.kinds.filter((k) => k.may_import);
  const summary = h('div', { hidden: true });
  const kind = selectField({
    label: 'Soort wijkwerk uit eerdere jaren', name: 'import-soort', value: kinds[0].soort,
    options: kinds.map((k) => ({ value: k.soort, label: k.label })),
  });
  const examples = h('p', { class: 'utrecht-paragraph' });
  const showExamples = () => {
    const soort = kind.select.value;
    const label = (kinds.find((k) => k.soort === soort) || { label: soort }).label.toLowerCase();
    replace(examples, `Voorbeeldbestand met de kolommen voor ${label}: `,
      h('a', { class: 'utrecht-link', href: `/api/import/${soort}/voorbeeld?format=xlsx`, download: `voorbeeld-${soort}.xlsx` }, 'Excel'),
      ' of ',
      h('a', { class: 'utrecht-link', href: `/api/import/${soort}/voorbeeld?format=csv`, download: `voorbeeld-${soort}.csv` }, 'CSV'),
      '.');
  };
  kind.select.addEventListener('change', showExamples);
  showExamples();
  const fileId = 'veld-eerdere-jaren';
  const file = h('input', {
    type: 'file', id: fileId, name: 'bestand', class: 'lb-file', accept: '.csv,.xlsx,text/csv',
    'aria-describedby': `${fileId}-uitleg`,
  });
  const fileField = h('div', { class: 'utrecht-form-field utrecht-form-field--text', 'data-field': 'bestand' },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', htmlFor: fileId }, 'Bestand met eerdere jaren')),
    h('div', { class: 'utrecht-form-field-description', id: `${fileId}-uitleg` },
      'Een CSV-bestand (puntkomma\'s) of Excel-bestand (.xlsx) met de kolommen van het voorbeeld of van een download hierboven.'),
    h('div', { class: 'utrecht-form-field__input' }, file));
  const result = h('div', { class: 'lb-result' });
  const submit = button('Gegevens toevoegen', { primary: true, type: 'submit' });
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true },
    summary, kind.wrapper, examples, fileField, h('div', { class: 'lb-actions' }, submit), result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    result.replaceChildren();
    if (!file.files.length) {
      showErrors(form, summary, [{ field: 'bestand', message: 'Kies een CSV- of Excel-bestand om in te lezen.' }]);
      return;
    }
    const chosen = file.files[0];
    const data = new FormData();
    data.append('file', chosen);
    submit.disabled = true;
    result.append(paragraph('Bezig met inlezen…'));
    try {
      const answer = await api(`/api/import/${kind.select.value}`, { method: 'POST', form: data });
      const warnings = answer.warnings || [];
      replace(result, statusMessage(`${answer.file} is ingelezen: ${int(answer.rows_read)} ${answer.rows_read === 1 ? 'rij' : 'rijen'} gelezen, `
        + `${int(answer.added)} toegevoegd.`),
      warnings.length ? h('ul', { class: 'utrecht-unordered-list' }, warnings.map((w) => h('li', {}, w))) : null);
      file.value = '';
    } catch (err) {
      result.replaceChildren();
      showErrors(form, summary, [{ field: 'bestand', message: err.message }]);
      const problems = (err.body && err.body.problems) || [];
      if (problems.length) result.append(problemsTable(problems, chosen.name));
      summary.scrollIntoView({ block: 'nearest' });
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** The two sections, appended to main once the options are loaded. */
export async function appendRecordsSections(main) {
  let options;
  try {
    options = await get('/api/export');
  } catch (err) {
    main.append(section('Wijkwerk exporteren', errorBlock(err, 'de keuzes voor het exporteren')));
    return;
  }
  if (options.kinds.some((k) => k.may_export)) {
    main.append(section('Wijkwerk exporteren',
      paragraph('Download het wijkwerk als Excel- of CSV-bestand, bijvoorbeeld voor het jaarverslag. U krijgt alleen wat u ook op de pagina\'s mag zien; signalen alleen als aantallen.'),
      exportForm(options)));
  }
  if (options.kinds.some((k) => k.may_import)) {
    main.append(section('Eerdere jaren inlezen',
      paragraph('Lees wijkwerk van eerdere jaren in vanuit Excel of CSV. Alle rijen worden ingelezen, of geen enkele als er een probleem in staat; dan ziet u per rij en kolom wat er mis is.'),
      importForm(options)));
  }
}
