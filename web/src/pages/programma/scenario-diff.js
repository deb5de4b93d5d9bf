// What differs between two scenarios: the settings (labelled as the what-if form above labels
// them) and the buurten that change colour, with counts per change and a table of the buurten.
import { dataTable } from '../../shared/table.js';
import { bulletList, paragraph, linkIf } from '../../shared/page.js';
import { COLOUR_LABEL, colourText, euro, int, listText } from '../../shared/format.js';

// The settings the what-if form does not show.
const NOT_IN_FORM = {
  budget_year: 'Begrotingsjaar',
  cap_per_daeb_unit: 'Plafond per DAEB-woning (euro)',
  trend: 'Ontwikkeling tussen edities',
};
const EURO_KEYS = new Set(['budget_total', 'cap_per_daeb_unit']);

/** The label of a setting (its params key) as the form names it. */
function labelOf(form, key) {
  const field = form && form.querySelector(`[data-field="${CSS.escape(key)}"]`);
  const label = field && (field.matches('fieldset') ? field.querySelector('legend') : field.querySelector('label'));
  return label ? label.textContent : NOT_IN_FORM[key] || key;
}

/** The text of one value of a choice (a select's option, a radio button or checkbox) in the form. */
function choiceText(form, key, value) {
  if (!form) return null;
  for (const control of form.querySelectorAll(`[name="${CSS.escape(key)}"]`)) {
    if (control.tagName === 'SELECT') {
      const option = [...control.options].find((o) => o.value === String(value));
      if (option) return option.textContent;
    } else if ((control.type === 'radio' || control.type === 'checkbox') && control.value === String(value)) {
      const label = form.querySelector(`label[for="${CSS.escape(control.id)}"]`);
      if (label) return label.textContent;
    }
  }
  return null;
}

/** A setting's value in plain Dutch. */
export function settingText(form, key, value) {
  if (value === null || value === undefined) return 'geen';
  if (key === 'trend') return `${value[0]} tot ${value[1]}`;
  if (Array.isArray(value)) return value.length ? listText(value.map((v) => choiceText(form, key, v) || v)) : 'geen';
  if (EURO_KEYS.has(key)) return euro(value);
  const choice = choiceText(form, key, value);
  if (choice) return choice;
  return typeof value === 'number' ? String(value).replace('.', ',') : String(value);
}

const colourWord = (c) => (c ? COLOUR_LABEL[c].toLowerCase() : 'geen kleur');

/** "12 buurten van geel naar oranje". */
export function changeSentence(n) {
  return `${int(n.buurten)} ${n.buurten === 1 ? 'buurt' : 'buurten'} van ${colourWord(n.from)} naar ${colourWord(n.to)}`;
}

/** The table of the settings that differ. */
export function settingsTable(c, form) {
  return dataTable([
    { key: 'label', label: 'Instelling' },
    { key: 'a', label: c.a.name, cell: (s) => settingText(form, s.key, s.a) },
    { key: 'b', label: c.b.name, cell: (s) => settingText(form, s.key, s.b) },
  ], (c.settings || []).map((s) => ({ ...s, label: labelOf(form, s.key) })), {
    caption: 'Instellingen die verschillen', rowHeader: 'label',
    empty: 'De twee scenario\u2019s hebben dezelfde instellingen.',
  });
}

/** The counts per change and the table of the buurten that change colour. */
export function buurtenChanges(c) {
  const b = c.buurten || {};
  if (b.comparable === false) {
    return [paragraph('Een van de scenario\u2019s deelt de woningen in per complex. Een buurt heeft dan niet één kleur; '
      + 'daarom staan hier geen buurten. De woningen die van niveau veranderen staan hieronder.')];
  }
  const changes = b.changes || [];
  if (!changes.length) return [paragraph('Geen enkele buurt verandert van kleur.')];
  return [
    paragraph(`${int(changes.length)} ${changes.length === 1 ? 'buurt verandert' : 'buurten veranderen'} van kleur:`),
    bulletList((b.counts || []).map(changeSentence), 'lb-change-counts'),
    dataTable([
      { key: 'name', label: 'Buurt', cell: (r) => linkIf(`/gebied/buurt/${encodeURIComponent(r.code)}`, r.name || r.code) },
      { key: 'code', label: 'Code' },
      { key: 'gemeente', label: 'Gemeente' },
      { key: 'colour_a', label: `Kleur in ${c.a.name}`, cell: (r) => colourText(r.colour_a, r.effort_a) },
      { key: 'colour_b', label: `Kleur in ${c.b.name}`, cell: (r) => colourText(r.colour_b, r.effort_b) },
    ], changes, { caption: 'Buurten die van kleur veranderen', rowHeader: 'name', sortable: true }),
  ];
}
