// Dutch formatting of numbers, euros, dates and the programme's words.

import { dateText } from './dates.js';

const euroFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0,
});
const euroCentsFormat = new Intl.NumberFormat('nl-NL', {
  style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2,
});
const intFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });

export const NONE = '–';

/**
 * The one money format: "€ 1.250" for whole euros, "€ 45,50" where the amount has cents (rounded to
 * the cent, so 45.499999 is "€ 45,50"), "-€ 12,00" below zero; cents: always with cents (a ledger).
 */
export function euro(value, { cents = false } = {}) {
  if (value === null || value === undefined || Number.isNaN(value)) return NONE;
  const hasCents = Math.round(Math.abs(value) * 100) % 100 !== 0;
  const text = (cents || hasCents ? euroCentsFormat : euroFormat).format(Math.abs(value)).replace(/\u00a0/g, ' ');
  return Math.round(value * 100) < 0 ? `-${text}` : text;
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

/** A moment as "3-4-2025 14:05" (the date as everywhere, the local time after it). */
export function dateTime(value) {
  if (!value) return NONE;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return String(value);
  const pad = (n) => String(n).padStart(2, '0');
  const day = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${dateText(day)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
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
