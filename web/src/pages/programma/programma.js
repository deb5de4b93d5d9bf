// Programma: what-if settings, live counts and budget per gemeente, a map of the result, scenarios.
import { h, replace, debounce } from '../../shared/dom.js';
import { get, post } from '../../shared/api.js';
import { startPage, paragraph, section } from '../../shared/page.js';
import { loadForPage, errorBlock } from '../../shared/page-errors.js';
import { showErrors, clearErrors, apiErrors, errorSummary } from '../../shared/form.js';
import { createMap } from '../../shared/map/map.js';
import { canSaveScenario } from '../../shared/roles.js';
import { LEVEL_PLURAL } from '../../shared/format.js';
import { gemeentenTable } from '../../programme/budget-table.js';
import { areaTable } from '../../programme/area-list.js';
import { whatifForm } from './whatif-form.js';
import { summarySentence, summaryTable, summaryFacts } from './summary.js';
import { saveScenarioForm, compareSection } from './scenarios.js';

export const what = 'het programma';

export async function render(main, { user }) {
  startPage(main, 'Programma');
  const programme = await loadForPage(main, { user, what }, () => get('/api/v1/programma'));
  if (!programme) return;
  const saved = programme.params;
  const gemeenteNames = new Map((programme.gemeenten || []).map((g) => [g.code, g.name]));
  main.append(paragraph(`Het programma van ${programme.organisation || 'de corporatie'} voor ${programme.work_area || 'het werkgebied'}. `
    + 'Verander een instelling om te zien wat er gebeurt. Dit wordt niet opgeslagen, tenzij u het opslaat als scenario.'));

  const settings = whatifForm(saved, programme.editions || [saved.edition]);
  const summaryBox = errorSummary();
  const live = h('p', { class: 'utrecht-paragraph lb-live', 'aria-live': 'polite', role: 'status' });
  const counts = h('div', { class: 'lb-counts' });
  const budget = h('div', { class: 'lb-budget' });
  const mapEl = h('div', { class: 'lb-map lb-map--small', id: 'programma-kaart' });
  const legend = h('div', { class: 'lb-legend' });
  const mapNote = h('p', { class: 'utrecht-paragraph' });
  const areaList = h('details', { class: 'lb-details' });

  main.append(
    h('div', { class: 'lb-programme' },
      section('Instellingen', summaryBox, settings.form),
      h('section', { class: 'lb-section lb-results', 'aria-labelledby': 'uitkomst-titel' },
        h('h2', { class: 'utrecht-heading-2', id: 'uitkomst-titel' }, 'Uitkomst'),
        live, counts)),
    section('Budget per gemeente', budget),
    section('Kaart van de uitkomst', mapNote, h('div', { class: 'lb-map-layout' }, mapEl, legend), areaList));

  const map = createMap(mapEl, {
    legend,
    onAreaClick: (props) => location.assign(`/gebied/${currentMapLevel}/${encodeURIComponent(props.code)}`),
  });
  let currentMapLevel = null;
  let currentMapEdition = null;
  let lastResult = programme;

  async function showMap(level, edition, areas) {
    if (level === 'complex') {
      mapEl.hidden = true;
      legend.hidden = true;
      mapNote.textContent = 'Complexen hebben geen grenzen op de kaart. De lijst hieronder toont hun kleur.';
    } else {
      mapEl.hidden = false;
      legend.hidden = false;
      mapNote.textContent = `De ${LEVEL_PLURAL[level]} gekleurd naar de uitkomst van de instellingen.`;
      if (level !== currentMapLevel || edition !== currentMapEdition) {
        currentMapLevel = level;
        currentMapEdition = edition;
        try {
          const geojson = await get(`/api/v1/kaart/gebieden?level=${level}&edition=${edition}`);
          map.setAreas(geojson, { fit: true });
          map.invalidate();
        } catch (err) {
          currentMapLevel = null;
          mapNote.replaceChildren(errorBlock(err, 'de kaart'));
        }
      }
      map.recolour(areas);
    }
    replace(areaList, h('summary', {}, `Lijst van de gebieden (${areas.length})`),
      areaTable(areas, level, 'Gebieden met hun kleur en niveau van inzet volgens de instellingen', gemeenteNames));
  }

  function showResult(result, params) {
    lastResult = result;
    live.textContent = summarySentence(result.summary || {});
    replace(counts, summaryTable(result.summary || {}), summaryFacts(result.summary || {}));
    replace(budget, gemeentenTable(result.gemeenten || [], 'Budget per gemeente volgens de instellingen'));
    showMap(params.level, params.edition, result.areas || []);
  }

  let requestNo = 0;
  const recompute = debounce(async () => {
    clearErrors(settings.form, summaryBox);
    const { params, errors } = settings.read();
    if (errors.length) {
      showErrors(settings.form, summaryBox, errors);
      return;
    }
    requestNo += 1;
    const mine = requestNo;
    live.textContent = 'Bezig met berekenen…';
    try {
      const result = await post('/api/v1/programma/wat-als', { params });
      if (mine !== requestNo) return;
      showResult(result, params);
    } catch (err) {
      if (mine !== requestNo) return;
      live.textContent = 'De berekening is niet gelukt.';
      showErrors(settings.form, summaryBox, apiErrors(err));
    }
  }, 200);
  settings.onChange(recompute);
  settings.reset.addEventListener('click', () => {
    settings.set(saved);
    recompute();
  });

  showResult(programme, saved);

  const scenarioBlock = section('Scenario\u2019s');
  const compare = compareSection({ form: settings.form, canDelete: canSaveScenario(user.role) });
  if (canSaveScenario(user.role)) {
    scenarioBlock.append(
      paragraph('Sla de instellingen hierboven op als scenario, om ze later te vergelijken.'),
      saveScenarioForm(() => {
        const { params, errors } = settings.read();
        return errors.length ? null : params;
      }, () => compare.reload()));
  } else {
    scenarioBlock.append(paragraph('Met uw rol kunt u berekenen wat andere instellingen doen, maar geen scenario\u2019s opslaan. '
      + 'Dat kan een analist of beheerder.'));
  }
  scenarioBlock.append(h('h3', { class: 'utrecht-heading-3' }, 'Scenario\u2019s vergelijken'), compare.element);
  main.append(scenarioBlock);
  return lastResult;
}
