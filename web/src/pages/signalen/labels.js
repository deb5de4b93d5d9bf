// The Dutch labels of the signals' lists (from /api/v1/signalen/keuzes).

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
