// The what-if settings form of Programma: reads and writes the programme's params.
import { h } from '../../shared/dom.js';
import { textField, selectField, choiceFieldset, fieldGroup, button } from '../../shared/fields.js';
import { DIM_LABEL, LEVEL_LABEL } from '../../shared/format.js';
import { helpDetails } from '../../programme/help.js';

const numberAttrs = { inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false' };

/** Dutch or English decimal text to a number; NaN when it is no number. */
export function parseNumber(text) {
  const clean = String(text).trim().replace(/\s/g, '').replace('\u2212', '-').replace(',', '.');
  if (clean === '' || !/^-?\d*\.?\d+$/.test(clean)) return Number.NaN;
  return Number(clean);
}

const show = (n) => (n === null || n === undefined ? '' : String(n).replace('.', ','));

/**
 * Builds the form for params and editions. Answers {form, read() -> {params, errors}, set(params), onChange(fn)}.
 */
export function whatifForm(params, editions) {
  const edition = selectField({
    label: 'Editie van de Leefbaarometer', name: 'edition',
    options: editions.map((e) => ({ value: e, label: String(e) })), value: params.edition,
  });
  const mode = choiceFieldset({
    legend: 'Manier van indelen', name: 'mode',
    options: [
      { value: 'zscore', label: 'Afwijking van het gemiddelde (z-waarde)' },
      { value: 'percentile', label: 'Laagste percentages van de woningen (percentiel)' },
    ],
    checked: params.mode,
  });
  const yellow = textField({
    label: 'Grens voor geel (z-waarde)', name: 'yellow', value: show(params.yellow), attrs: numberAttrs,
    description: 'Een gebied met een z-waarde op of onder deze grens wordt geel. Bijvoorbeeld -0,5.',
  });
  const orange = textField({
    label: 'Grens voor oranje (z-waarde)', name: 'orange', value: show(params.orange), attrs: numberAttrs,
    description: 'Op of onder deze grens wordt een gebied oranje. Bijvoorbeeld -1.',
  });
  const pYellow = textField({
    label: 'Percentiel voor geel', name: 'p_yellow', value: show(params.p_yellow), attrs: numberAttrs,
    description: 'Gebieden waarvan de score bij de laagste zoveel procent van de woningen hoort, worden geel.',
  });
  const pOrange = textField({
    label: 'Percentiel voor oranje', name: 'p_orange', value: show(params.p_orange), attrs: numberAttrs,
  });
  const zGroup = h('div', { class: 'lb-field-group' }, yellow.wrapper, orange.wrapper);
  const pGroup = h('div', { class: 'lb-field-group' }, pYellow.wrapper, pOrange.wrapper);
  const level = selectField({
    label: 'Niveau van indelen', name: 'level',
    options: ['buurt', 'wijk', 'gemeente', 'complex'].map((l) => ({ value: l, label: LEVEL_LABEL[l] })),
    value: params.level,
  });
  const minUnits = textField({
    label: 'Minimum aantal woningen', name: 'min_units', value: show(params.min_units), attrs: numberAttrs,
    description: 'Met minder woningen met score is de kleur van een gebied indicatief.',
  });
  const stock = choiceFieldset({
    legend: 'Onderdelen voor focusgemeenten', name: 'stock_dimensions', type: 'checkbox',
    options: ['fys', 'onv', 'soc', 'vrz', 'won'].map((d) => ({ value: d, label: DIM_LABEL[d] })),
    checked: params.stock_dimensions || [],
  });
  const budget = textField({
    label: 'Totaal budget (euro)', name: 'budget_total', value: show(params.budget_total), attrs: numberAttrs,
  });
  const weights = params.weights || {};
  const wBasis = textField({ label: 'Gewicht Basis', name: 'weights.basis', value: show(weights.basis), attrs: numberAttrs });
  const wPlus = textField({ label: 'Gewicht Plus', name: 'weights.plus', value: show(weights.plus), attrs: numberAttrs });
  const wPlusPlus = textField({ label: 'Gewicht PlusPlus', name: 'weights.plusplus', value: show(weights.plusplus), attrs: numberAttrs });

  const form = h('form', { class: 'utrecht-form lb-form lb-whatif', novalidate: true, onsubmit: (ev) => ev.preventDefault() },
    edition.wrapper, mode.wrapper, helpDetails({ ...params }, { summary: 'Wat betekenen z-waarde, meetlat en grenzen?' }),
    zGroup, pGroup, level.wrapper, minUnits.wrapper, stock.wrapper,
    fieldGroup({ legend: 'Budget', className: 'lb-fieldset' },
      budget.wrapper,
      h('p', { class: 'utrecht-paragraph lb-hint' }, 'Het budget wordt verdeeld naar het aantal woningen maal het gewicht van hun niveau van inzet.'),
      h('div', { class: 'lb-field-group' }, wBasis.wrapper, wPlus.wrapper, wPlusPlus.wrapper)));

  const numberFields = [
    ['yellow', yellow], ['orange', orange], ['p_yellow', pYellow], ['p_orange', pOrange],
    ['min_units', minUnits], ['budget_total', budget],
  ];

  function modeValue() {
    const checked = mode.inputs.find((i) => i.checked);
    return checked ? checked.value : 'zscore';
  }
  function syncMode() {
    const z = modeValue() === 'zscore';
    zGroup.hidden = !z;
    pGroup.hidden = z;
  }
  syncMode();

  function read() {
    const errors = [];
    const out = {
      edition: Number(edition.select.value),
      mode: modeValue(),
      level: level.select.value,
      stock_dimensions: stock.inputs.filter((i) => i.checked).map((i) => i.value),
      weights: {},
    };
    for (const [name, field] of numberFields) {
      const v = parseNumber(field.input.value);
      if (Number.isNaN(v)) errors.push({ field: name, message: `Vul bij \u2018${field.wrapper.querySelector('label').textContent}\u2019 een getal in.` });
      else out[name] = v;
    }
    for (const [name, field] of [['basis', wBasis], ['plus', wPlus], ['plusplus', wPlusPlus]]) {
      const v = parseNumber(field.input.value);
      if (Number.isNaN(v)) errors.push({ field: `weights.${name}`, message: `Vul bij \u2018${field.wrapper.querySelector('label').textContent}\u2019 een getal in.` });
      else out.weights[name] = v;
    }
    return { params: out, errors };
  }

  function set(p) {
    edition.select.value = String(p.edition);
    mode.inputs.forEach((i) => { i.checked = i.value === p.mode; });
    yellow.input.value = show(p.yellow);
    orange.input.value = show(p.orange);
    pYellow.input.value = show(p.p_yellow);
    pOrange.input.value = show(p.p_orange);
    level.select.value = p.level;
    minUnits.input.value = show(p.min_units);
    stock.inputs.forEach((i) => { i.checked = (p.stock_dimensions || []).includes(i.value); });
    budget.input.value = show(p.budget_total);
    wBasis.input.value = show(p.weights && p.weights.basis);
    wPlus.input.value = show(p.weights && p.weights.plus);
    wPlusPlus.input.value = show(p.weights && p.weights.plusplus);
    syncMode();
  }

  function onChange(fn) {
    form.addEventListener('input', () => { syncMode(); fn(); });
    form.addEventListener('change', () => { syncMode(); fn(); });
  }

  const reset = button('Terug naar de opgeslagen instellingen');
  form.append(h('div', { class: 'lb-actions' }, reset));
  return { form, read, set, onChange, reset };
}
