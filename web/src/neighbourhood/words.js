// The Dutch words of the neighbourhood work that more than one page shows: the types and states of
// resident initiatives, the kinds of physical work, meeting places, a wijk's level of effort.
import { int } from '../shared/format.js';

export const TYPE_LABEL = {
  buurtfeest: 'Buurtfeest of markt',
  speelplek: 'Speelplek of speeltuin',
  groen: 'Groen, moestuin of tuin',
  ontmoeten: 'Ontmoetingsplek of bankjes',
  schoon: 'Opruimen en schoonhouden',
  jeugd: 'Activiteit voor de jeugd',
  ouderen: 'Activiteit voor ouderen',
  buurtkrant: 'Buurtkrant of buurtapp',
  veiligheid: 'Veiligheid en verkeer',
  overig: 'Iets anders',
};

export const STATE_LABEL = {
  onbevestigd: 'Wacht op bevestiging',
  open: 'Verzamelt steun',
  goedgekeurd: 'Goedgekeurd',
  afgewezen: 'Afgewezen',
  gerealiseerd: 'Gerealiseerd',
  geevalueerd: 'Geëvalueerd',
};

/** The state in words; an open initiative with its majority waits for the decision. */
export function stateText(i) {
  if (i.state === 'open' && i.supported) return i.overdue ? 'Wacht op besluit (te laat)' : 'Wacht op besluit';
  return STATE_LABEL[i.state] || i.state;
}

/** An initiative's support so far, e.g. "12 van de 40 nodig". */
export const supportCount = (i) => `${int(i.supports)} van de ${int(i.needed)} nodig`;

export const WORK_KINDS = {
  sloop: 'Sloop', nieuwbouw: 'Nieuwbouw', renovatie: 'Renovatie', openbare_ruimte: 'Openbare ruimte',
};

export const PLACE = {
  bic: 'BIC (Buurt Informatie Centrum)', buurthuis: 'Buurthuis', wijkcentrum: 'Wijkcentrum', anders: 'Andere plek',
};

/** A wijk profile's level of effort. */
export const FOCUS = { basis: 'Basisinzet', extra: 'Extra inzet' };
