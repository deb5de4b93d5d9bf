// Dates: the server's day, and dates in Dutch words or numbers.

// The server's day (GET /api/v1/sessie answers it): the forms propose it as a date, so that a date the
// server checks against its own clock (the demo runs on a day of its own) is never "in the future".
let serverToday = null;

export function setToday(iso) {
  serverToday = typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : null;
}

/** Today as YYYY-MM-DD: the server's day once known, else the browser's. */
export function today() {
  if (serverToday) return serverToday;
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus',
  'september', 'oktober', 'november', 'december'];

/** "3 april 2025" for 2025-04-03; a dash for no date. */
export function dutchDate(iso) {
  if (!iso) return '–';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** "3-4-2025" for 2025-04-03; a dash for no date. */
export function dateText(iso) {
  if (!iso) return '–';
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}
