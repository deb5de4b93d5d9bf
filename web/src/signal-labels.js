// The Dutch labels of the signals' lists (from /api/signalen/keuzes) and Dutch dates.

export const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
  'september', 'oktober', 'november', 'december'];

export function labeller(choices) {
  const map = new Map();
  for (const list of [choices.kinds, choices.signals, choices.referrals, choices.statuses]) {
    for (const o of list) map.set(o.value, o.label);
  }
  const wijken = new Map();
  const buurten = new Map();
  for (const w of choices.wijken) {
    wijken.set(w.code, w.name);
    for (const b of w.buurten) buurten.set(b.code, b.name);
  }
  return {
    of: (v) => map.get(v) || v || '',
    wijk: (c) => wijken.get(c) || c || '',
    buurt: (c) => buurten.get(c) || c || '',
  };
}

export function dutchDate(iso) {
  if (!iso) return '–';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
