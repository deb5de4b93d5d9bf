// Help texts in plain Dutch on the z-value, the yardstick (the own work area) and the thresholds,
// for the Gebied, Programma and Gemeenten pages. They follow docs/programme.md (sections 4 and 5):
// keep them in step when the rules change.
import { h } from '../shared/dom.js';
import { decimal, int, LEVEL_PLURAL } from '../shared/format.js';

const number = (v) => (v === null || v === undefined ? '–' : decimal(v, Number.isInteger(v) ? 0 : 1));

/** The yardstick: what the average is taken over. */
export function yardstickText() {
  return 'De meetlat is ons eigen werkgebied: het gemiddelde over alle woningen van de corporatie die een score '
    + 'van de Leefbaarometer hebben. Landelijk is bijna alles groen; met de eigen woningen als meetlat zien we '
    + 'waar het bij ons minder gaat.';
}

/** The z-value in words. */
export function zValueText() {
  return 'De z-waarde zegt hoeveel de gemiddelde score van een gebied afwijkt van het gemiddelde van ons '
    + 'werkgebied, gemeten in standaardafwijkingen (de gewone spreiding tussen de woningen). 0 is precies '
    + 'gemiddeld. Onder 0 is slechter dan gemiddeld, boven 0 beter. Een z-waarde van -1 betekent: één keer '
    + 'de gewone spreiding lager dan gemiddeld.';
}

/**
 * The thresholds in words, for settings c {mode, yellow, orange, p_yellow, p_orange, min_units,
 * level}; level: the classification level (optional).
 */
export function thresholdText(c = {}) {
  const where = c.level ? `Elke ${c.level === 'complex' ? 'complex' : c.level} krijgt een kleur` : 'Elk gebied krijgt een kleur';
  const colours = c.mode === 'percentile'
    ? `${where} uit zijn gemiddelde score. Oranje (PlusPlus): de score hoort bij de laagste ${number(c.p_orange)} procent `
      + `van de woningen. Geel (Plus): bij de laagste ${number(c.p_yellow)} procent. De rest is groen (Basis).`
    : `${where} uit de z-waarde van de leefbaarheid als geheel. Oranje (PlusPlus): ${number(c.orange)} of lager. `
      + `Geel (Plus): ${number(c.yellow)} of lager. Hoger is groen (Basis).`;
  const weak = ` Een onderdeel met een z-waarde van ${number(c.yellow)} of lager noemen we zwak; dat staat bij "Waarom".`;
  const few = c.min_units ? ` Met minder dan ${int(c.min_units)} woningen met een score is de kleur indicatief (onzeker).` : '';
  const level = c.level ? ` De woningen krijgen de kleur en de inzet van hun ${c.level}; ${LEVEL_PLURAL[c.level] ? `andere gebieden dan ${LEVEL_PLURAL[c.level]}` : 'andere gebieden'} hebben zelf geen kleur.` : '';
  return `${colours} Basis geldt overal: schoon, heel en veilig.${weak}${few}${level}`;
}

/** A collapsed "Wat betekent dit?" with the three texts; options: which to show. */
export function helpDetails(c = {}, { z = true, yardstick = true, thresholds = true, summary = 'Wat betekent dit?' } = {}) {
  const item = (term, text) => [h('dt', {}, term), h('dd', {}, text)];
  return h('details', { class: 'lb-details lb-help' },
    h('summary', {}, summary),
    h('dl', { class: 'lb-facts lb-help__list' },
      yardstick ? item('Meetlat (eigen werkgebied)', yardstickText()) : null,
      z ? item('z-waarde', zValueText()) : null,
      thresholds ? item('Grenzen voor de kleuren', thresholdText(c)) : null));
}
