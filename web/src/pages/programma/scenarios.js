// Scenarios on Programma: save the current settings under a name, remove one, and compare two saved
// scenarios: the settings that differ, the buurten that change colour (a table and a map), the
// units that change level and the budget per gemeente.
import { h, replace } from '../../shared/dom.js';
import { api, get, post } from '../../shared/api.js';
import { textField, selectField, button, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { dataTable } from '../../shared/table.js';
import { euro, int, yesNo, dateTime } from '../../shared/format.js';
import { paragraph } from '../../shared/page.js';
import { errorBlock } from '../../shared/page-errors.js';
import { settingsTable, buurtenChanges } from './scenario-diff.js';
import { differenceMap } from './scenario-map.js';

/** The save form; readParams() answers the params to save (or null when the form has errors). */
export function saveScenarioForm(readParams, onSaved) {
  const name = textField({ label: 'Naam van het scenario', name: 'name', autocomplete: 'off' });
  return submitForm({
    parts: [name.wrapper],
    submitLabel: 'Opslaan als scenario',
    busy: true,
    check: () => (readParams() ? [] : [{ field: '', message: 'De instellingen hierboven bevatten een fout. Verbeter die eerst.' }]),
    send: async ({ result }) => {
      const answer = await post('/api/v1/scenarios', { name: name.input.value.trim(), params: readParams() });
      result.append(statusMessage(`Het scenario \u2018${name.input.value.trim()}\u2019 is opgeslagen.`));
      name.input.value = '';
      onSaved(answer.id);
    },
  }).form;
}

/**
 * The compare section: the saved scenarios (with a remove button when canDelete), two selects and
 * the comparison. form: the what-if form, whose labels name the settings that differ.
 */
export function compareSection({ form = null, canDelete = false } = {}) {
  const body = h('div', { class: 'lb-compare' });
  const result = h('div', { class: 'lb-compare__result', 'aria-live': 'polite' });
  const removed = h('div', { class: 'lb-compare__removed' });
  let scenarios = [];

  /** message: what the last removal says, shown above the list. */
  async function load(message = null) {
    try {
      scenarios = (await get('/api/v1/scenarios')).scenarios || [];
    } catch (err) {
      replace(body, errorBlock(err, 'de scenario\u2019s'));
      return;
    }
    // Only now: the message stands above the list that no longer has the removed scenario.
    replace(removed, message);
    replace(result);
    if (scenarios.length < 2) {
      replace(body, removed, paragraph(scenarios.length
        ? 'Er is één scenario opgeslagen. Sla er nog één op om te vergelijken.'
        : 'Er zijn nog geen scenario\u2019s opgeslagen. Sla er twee op om ze te vergelijken.'), scenariosList());
      return;
    }
    const options = scenarios.map((s) => ({ value: s.id, label: `${s.name} (${dateTime(s.created_at)})` }));
    const a = selectField({ label: 'Scenario A', name: 'a', options, value: scenarios[scenarios.length - 2].id });
    const b = selectField({ label: 'Scenario B', name: 'b', options, value: scenarios[scenarios.length - 1].id });
    const compare = button('Vergelijken', { primary: true, type: 'submit' });
    const compareForm = h('form', { class: 'utrecht-form lb-form lb-compare__form' }, h('div', { class: 'lb-field-group' }, a.wrapper, b.wrapper),
      h('div', { class: 'lb-actions' }, compare));
    compareForm.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      replace(result, paragraph('Bezig met vergelijken…'));
      try {
        const answer = await get(`/api/v1/scenarios/vergelijking?a=${encodeURIComponent(a.select.value)}&b=${encodeURIComponent(b.select.value)}`);
        renderComparison(answer);
      } catch (err) {
        replace(result, errorBlock(err, 'de vergelijking'));
      }
    });
    replace(body, removed, scenariosList(), compareForm, result);
  }

  function scenariosList() {
    if (!scenarios.length) return null;
    return dataTable([
      { key: 'name', label: 'Naam' },
      { key: 'created_at', label: 'Opgeslagen', cell: (s) => dateTime(s.created_at) },
      { key: 'created_by', label: 'Door', cell: (s) => s.created_by || '–' },
      ...(canDelete ? [{ key: 'actions', label: 'Verwijderen', cell: removeCell }] : []),
    ], scenarios, { caption: 'Opgeslagen scenario\u2019s', rowHeader: 'name' });
  }

  /** A remove button that asks for a confirmation in its own cell, then removes the scenario. */
  function removeCell(s) {
    const cell = h('div', { class: 'lb-confirm' });
    const ask = () => {
      const yes = button('Ja, verwijderen', {
        primary: true,
        onclick: async () => {
          try {
            await api(`/api/v1/scenarios/${encodeURIComponent(s.id)}`, { method: 'DELETE' });
          } catch (err) {
            replace(cell, errorBlock(err, 'het verwijderen'));
            return;
          }
          load(statusMessage(`Het scenario \u2018${s.name}\u2019 is verwijderd.`));
        },
      });
      replace(cell, h('span', { class: 'lb-confirm__question' }, `\u2018${s.name}\u2019 verwijderen?`), ' ', yes, ' ',
        button('Nee', { onclick: start }));
      yes.focus();
    };
    const start = () => replace(cell, button('Verwijderen', { onclick: ask, attrs: { 'aria-label': `${s.name} verwijderen` } }));
    start();
    return cell;
  }

  function renderComparison(c) {
    replace(result,
      h('h3', { class: 'utrecht-heading-3' }, `${c.a.name} vergeleken met ${c.b.name}`),
      h('h4', { class: 'utrecht-heading-4' }, 'Instellingen die verschillen'),
      settingsTable(c, form),
      h('h4', { class: 'utrecht-heading-4' }, 'Buurten die van kleur veranderen'),
      buurtenChanges(c),
      c.buurten && c.buurten.comparable !== false && (c.buurten.changes || []).length ? differenceMap(c) : null,
      h('h4', { class: 'utrecht-heading-4' }, 'Woningen en budget'),
      dataTable([
        { key: 'from', label: `Niveau in ${c.a.name}` },
        { key: 'to', label: `Niveau in ${c.b.name}` },
        { key: 'units', label: 'Woningen', numeric: true, cell: (m) => int(m.units) },
      ], c.moves || [], { caption: 'Woningen die van niveau van inzet veranderen', empty: 'Geen woningen veranderen van niveau van inzet.' }),
      dataTable([
        { key: 'name', label: 'Gemeente' },
        { key: 'plan_a', label: `Budget ${c.a.name}`, numeric: true, cell: (g) => euro(g.plan_a) },
        { key: 'plan_b', label: `Budget ${c.b.name}`, numeric: true, cell: (g) => euro(g.plan_b) },
        { key: 'difference', label: 'Verschil', numeric: true, cell: (g) => euro(g.difference) },
        { key: 'focus_a', label: `Focus ${c.a.name}`, cell: (g) => yesNo(g.focus_a) },
        { key: 'focus_b', label: `Focus ${c.b.name}`, cell: (g) => yesNo(g.focus_b) },
      ], c.gemeenten || [], { caption: 'Budget per gemeente in beide scenario\u2019s', rowHeader: 'name', sortable: true }));
  }

  load();
  return { element: body, reload: () => load() };
}
