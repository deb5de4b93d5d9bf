// Dutch formatting of numbers, euros, dates and the programme's words.

const euroFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0,
});
const intFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

export const NONE = '–';

export function euro(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return NONE;
  return euroFormat.format(value).replace(/\u00a0/g, ' ');
}

export function int(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return NONE;
  return intFormat.format(value);
}

export function decimal(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return NONE;
  return new Intl.NumberFormat('nl-NL', {
    minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(value);
}

export function dateTime(value) {
  if (!value) return NONE;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  return d.toLocaleString('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });
}

export function yesNo(value) {
  if (value === null || value === undefined) return NONE;
  return value ? 'ja' : 'nee';
}

/** The Leefbaarometer dimensions, in the order of the source. */
export const DIMENSIONS = ['afw', 'fys', 'onv', 'soc', 'vrz', 'won'];

export const DIM_LABEL = {
  afw: 'Leefbaarheid (afwijking)',
  fys: 'Fysieke omgeving',
  onv: 'Overlast en onveiligheid',
  soc: 'Sociale samenhang',
  vrz: 'Voorzieningen',
  won: 'Woningvoorraad',
};

/** Plain-language explanation of a weak dimension, used in "waarom". */
export const DIM_EXPLAIN = {
  fys: 'de fysieke omgeving (bijvoorbeeld groen, water en de staat van straten en pleinen)',
  onv: 'overlast en onveiligheid (bijvoorbeeld overlast, vernielingen en misdaad)',
  soc: 'de sociale samenhang (hoe bewoners met elkaar omgaan en hoe lang ze er wonen)',
  vrz: 'de voorzieningen (bijvoorbeeld winkels, scholen en zorg dichtbij)',
  won: 'de woningvoorraad (bijvoorbeeld het soort, de leeftijd en de grootte van de woningen)',
  afw: 'de leefbaarheid als geheel',
};

export const COLOUR_LABEL = { groen: 'Groen', geel: 'Geel', oranje: 'Oranje' };
export const EFFORT_LABEL = { Basis: 'Basis', Plus: 'Plus', PlusPlus: 'PlusPlus' };
export const EFFORT_OF_COLOUR = { groen: 'Basis', geel: 'Plus', oranje: 'PlusPlus' };
export const EFFORTS = ['Basis', 'Plus', 'PlusPlus'];

export const LEVEL_LABEL = {
  buurt: 'Buurt', wijk: 'Wijk', gemeente: 'Gemeente', complex: 'Complex',
};

export const ROLE_LABEL = {
  beheerder: 'beheerder', analist: 'analist', wijkteam: 'wijkteam', lezer: 'lezer',
};

/** Text of a colour with its level of effort, e.g. "Geel – Plus"; never colour alone. */
export function colourText(colour, effort) {
  if (!colour) return 'Geen score';
  return `${COLOUR_LABEL[colour] || colour} – ${effort || EFFORT_OF_COLOUR[colour] || ''}`;
}

/** Joins words the Dutch way: "a, b en c". */
export function listText(items) {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

export const LEVEL_PLURAL = {
  buurt: 'buurten', wijk: 'wijken', gemeente: 'gemeenten', complex: 'complexen',
};
