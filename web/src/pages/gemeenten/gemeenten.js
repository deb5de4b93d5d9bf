// Gemeenten: the table per gemeente with totals, sortable, with XLSX and CSV downloads.
import { h } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { startPage, paragraph } from '../../shared/page.js';
import { loadForPage } from '../../shared/page-errors.js';
import { euro } from '../../shared/format.js';
import { gemeentenTable } from '../../programme/budget-table.js';

export const what = 'de gemeenten';

export async function render(main, { user }) {
  startPage(main, 'Gemeenten');
  const programme = await loadForPage(main, { user, what }, () => get('/api/v1/programma'));
  if (!programme) return;
  const p = programme.params || {};
  main.append(
    paragraph(`Per gemeente: het aantal woningen, de gemiddelde leefbaarheid, of de gemeente een focusgemeente is, `
      + `en het budget voor leefbaarheid${p.budget_year ? ` in ${p.budget_year}` : ''}. `
      + `Het totale budget is ${euro(p.budget_total)}. Klik op een kolomkop om te sorteren.`),
    h('p', { class: 'lb-downloads' },
      h('a', { class: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action', href: '/api/v1/programma/gemeenten.xlsx', download: '' },
        'Download als Excel (XLSX)'),
      ' ',
      h('a', { class: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action', href: '/api/v1/programma/gemeenten.csv', download: '' },
        'Download als CSV')),
    gemeentenTable(programme.gemeenten || [], `Gemeenten in ${programme.work_area || 'het werkgebied'}`),
    paragraph('Gemiddelde score: de gemiddelde afwijking van de Leefbaarometer over de woningen in de gemeente. '
      + 'Focus: de gemeente scoort op de woningvoorraad lager dan het gemiddelde van het werkgebied. '
      + 'Een streepje (–) betekent: geen gegevens.'));
}
