// Words of the spending ledger shared by its page parts: the BTIV categories, amounts with cents
// and the names of a row's gemeente, wijk and initiative (never a bare code or number).
import { euro, NONE } from '../../shared/format.js';

export const CATEGORY = {
  a: 'a – woonmaatschappelijk werk voor de eigen huurders',
  b: 'b – kleinschalige infrastructuur bij de woningen',
  c: 'c – schone omgeving, minder overlast, meer veiligheid',
};
export const CATEGORY_SHORT = { a: 'a – eigen huurders', b: 'b – infrastructuur', c: 'c – schoon en veilig' };

/** Euros with their cents kept: "€ 45,50", "-€ 1.250,00" (the one money format, always with cents). */
export const money = (value) => euro(value, { cents: true });

export const gemeenteName = (e) => e.gemeente_name || e.gemeente;
export const wijkName = (e) => (e.wijk ? e.wijk_name || e.wijk : NONE);
