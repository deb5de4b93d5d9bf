// Gemeenten: the table per gemeente with totals, sortable, with XLSX and CSV downloads.
import { h } from '../dom.js';
import { get } from '../api.js';
import { startPage, paragraph, showLoadError } from '../page.js';
import { gemeentenTable } from '../budget-table.js';
import { euro } from '../format.js';

export const what = 'de gemeenten';

export async function render(main, { user }) {
  startPage(main, 'Gemeenten');
  let programme;
  try {
    programme = await get('/api/programme');
  } catch (err) {
    showLoadError(main, err, user, what);
    return;
  }
  const p = programme.params || {};
  main.append(
    paragraph(`Per gemeente: het aantal woningen, de gemiddelde leefbaarheid, of de gemeente een focusgemeente is, `
      + `en het budget voor leefbaarheid${p.budget_year ? ` in ${p.budget_year}` : ''}. `
      + `Het totale budget is ${euro(p.budget_total)}. Klik op een kolomkop om te sorteren.`),
    h('p', { class: 'lb-downloads' },
      h('a', { class: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action', href: '/api/programme/gemeenten.xlsx', download: '' },
        'Download als Excel (XLSX)'),
      ' ',
      h('a', { class: 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action', href: '/api/programme/gemeenten.csv', download: '' },
        'Download als CSV')),
    gemeentenTable(programme.gemeenten || [], `Gemeenten in ${programme.work_area || 'het werkgebied'}`),
    paragraph('Gemiddelde score: de gemiddelde afwijking van de Leefbaarometer over de woningen in de gemeente. '
      + 'Focus: de gemeente scoort op de woningvoorraad lager dan het gemiddelde van het werkgebied. '
      + 'Een streepje (–) betekent: geen gegevens.'));
}
