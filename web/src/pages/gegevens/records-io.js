// Gegevens, the neighbourhood work: its records as CSV or Excel (kind, year, wijk), and earlier
// years read in from CSV or Excel with an example file per kind, answered with a report or with
// the list of problems (row, column, what was found, what was expected).
import { h, replace } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { paragraph, section, bulletList } from '../../shared/page.js';
import { errorBlock } from '../../shared/page-errors.js';
import { selectField, yearField, fileField, choiceFieldset, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { sendFile, showProblems } from '../../shared/file-import.js';
import { download } from '../../shared/download.js';
import { int } from '../../shared/format.js';

const FORMATS = [
  { value: 'xlsx', label: 'Excel (.xlsx)' },
  { value: 'csv', label: 'CSV (puntkomma\'s, voor elk rekenprogramma)' },
];

/** The choice of a kind of records, of those the caller may export or import. */
const kindField = (kinds, label, name) => selectField({
  label, name, value: kinds[0].soort, options: kinds.map((k) => ({ value: k.soort, label: k.label })),
});

function exportForm(options) {
  const kinds = options.kinds.filter((k) => k.may_export);
  const kind = kindField(kinds, 'Soort wijkwerk', 'soort');
  const year = yearField({
    name: 'year', years: options.years, value: options.years.length ? options.years[0] : '', first: { value: '', label: 'Alle jaren' },
    description: `De aantallen signalen zijn altijd van één jaar; bij "Alle jaren" is dat ${options.this_year}.`,
  });
  const wijk = selectField({
    label: 'Wijk', name: 'wijk', value: '',
    options: [{ value: '', label: 'Alle wijken' }, ...options.wijken.map((w) => ({ value: w.code, label: `${w.name} (${w.code})` }))],
  });
  const format = choiceFieldset({ legend: 'Soort bestand', name: 'format', options: FORMATS, checked: 'xlsx' });
  return submitForm({
    parts: [kind.wrapper, year.wrapper, wijk.wrapper, format.wrapper],
    submitLabel: 'Downloaden',
    busy: true,
    send: async ({ result }) => {
      const chosen = format.inputs.find((i) => i.checked);
      const params = new URLSearchParams({ format: chosen ? chosen.value : 'xlsx' });
      if (year.select.value) params.set('year', year.select.value);
      if (wijk.select.value) params.set('wijk', wijk.select.value);
      const name = await download(`/api/v1/registraties/${kind.select.value}/export?${params}`, { fallback: `${kind.select.value}.${params.get('format')}` });
      result.append(statusMessage(`${name} is gedownload.`));
    },
    fieldOf: (err) => ({ year: 'year', wijk: 'wijk', format: 'format' }[err.field] || ''),
  }).form;
}

function importForm(options) {
  const kinds = options.kinds.filter((k) => k.may_import);
  const kind = kindField(kinds, 'Soort wijkwerk uit eerdere jaren', 'import-soort');
  const examples = h('p', { class: 'utrecht-paragraph' });
  const showExamples = () => {
    const soort = kind.select.value;
    const label = (kinds.find((k) => k.soort === soort) || { label: soort }).label.toLowerCase();
    replace(examples, `Voorbeeldbestand met de kolommen voor ${label}: `,
      h('a', { class: 'utrecht-link', href: `/api/v1/registraties/${soort}/import/voorbeeld?format=xlsx`, download: `voorbeeld-${soort}.xlsx` }, 'Excel'),
      ' of ',
      h('a', { class: 'utrecht-link', href: `/api/v1/registraties/${soort}/import/voorbeeld?format=csv`, download: `voorbeeld-${soort}.csv` }, 'CSV'),
      '.');
  };
  kind.select.addEventListener('change', showExamples);
  showExamples();
  const file = fileField({
    label: 'Bestand met eerdere jaren', name: 'bestand', accept: '.csv,.xlsx,text/csv',
    description: 'Een CSV-bestand (puntkomma\'s) of Excel-bestand (.xlsx) met de kolommen van het voorbeeld of van een download hierboven.',
  });
  const upload = submitForm({
    parts: [kind.wrapper, examples, file.wrapper],
    submitLabel: 'Gegevens toevoegen',
    busy: true,
    check: () => (file.input.files.length ? [] : [{ field: 'bestand', message: 'Kies een CSV- of Excel-bestand om in te lezen.' }]),
    send: async ({ result }) => {
      result.append(paragraph('Bezig met inlezen…'));
      const answer = await sendFile(`/api/v1/registraties/${kind.select.value}/import`, file.input.files[0]);
      const warnings = answer.warnings || [];
      replace(result, statusMessage(`${answer.file} is ingelezen: ${int(answer.rows_read)} ${answer.rows_read === 1 ? 'rij' : 'rijen'} gelezen, `
        + `${int(answer.added)} toegevoegd.`),
      warnings.length ? bulletList(warnings) : null);
      file.input.value = '';
    },
    fieldOf: () => 'bestand',
    onError: (err, { result }) => {
      result.replaceChildren();
      showProblems(err, result, file.input.files[0].name);
      upload.summary.scrollIntoView({ block: 'nearest' });
    },
  });
  return upload.form;
}

/** The two sections, appended to main once the options are loaded. */
export async function appendRecordsSections(main) {
  let options;
  try {
    options = await get('/api/v1/registraties');
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
