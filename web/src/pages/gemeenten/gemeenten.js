// Gemeenten: the table per gemeente with totals, sortable, with XLSX and CSV downloads.
import { h } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { startPage, paragraph } from '../../shared/page.js';
import { loadForPage } from '../../shared/page-errors.js';
import { euro } from '../../shared/format.js';
import { gemeentenTable } from '../../programme/budget-table.js';
import { helpDetails } from '../../programme/help.js';

// Why "Werkelijk" here differs from the totals on Uitgaven: two sources and two years.
async function whyDifferent(year) {
  let ledgerYears = [];
  try {
    const t = await get('/api/v1/uitgaven/totalen');
    ledgerYears = [...new Set((t.totals || []).map((r) => r.year))].sort();
  } catch (err) {
    ledgerYears = [];
  }
  const years = ledgerYears.length ? ` Het kasboek heeft nu boekingen over ${ledgerYears.join(', ')}.` : '';
  return h('details', { class: 'lb-details lb-help' },
    h('summary', {}, 'Waarom is "Werkelijk" anders dan op de pagina Uitgaven?'),
    paragraph(`"Werkelijk" is wat de corporatie in ${year || 'het budgetjaar'} uitgaf aan leefbaarheid, volgens het bestand `
      + 'met werkelijke uitgaven dat op Gegevens is ingelezen (de boekhouding van de corporatie). Het is het jaar '
      + `van het plan: budgetjaar ${year || '–'}.`),
    paragraph('De pagina Uitgaven toont iets anders: het kasboek van het wijkpartnerschap (gemeente, corporatie en '
      + `welzijn samen), per jaar van de boeking, ook het geld van de partners.${years} Daarom verschillen de bedragen: `
      + 'een ander jaar, een andere bron, en ook uitgaven van partners.'),
    paragraph('"Werkelijk per DAEB-eenheid" is het werkelijke bedrag gedeeld door het aantal DAEB-eenheden van de gemeente.'));
}

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
      + 'Een streepje (–) betekent: geen gegevens.'),
    helpDetails({ ...p, level: p.level }, { summary: 'Wat betekenen score, z-waarde en de grenzen?' }),
    await whyDifferent(p.budget_year));
}
