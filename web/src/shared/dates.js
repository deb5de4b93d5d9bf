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

const WEEKDAYS = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/**
 * The one date format of the pages: "3-4-2025" (d-m-jjjj) for 2025-04-03 or a timestamp of that day
 * (its first ten characters); a dash for no date. weekday: with the day's name, "donderdag 3-4-2025".
 */
export function dateText(iso, { weekday = false } = {}) {
  if (!iso) return '–';
  const [y, m, d] = String(iso).slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return String(iso);
  const text = `${d}-${m}-${y}`;
  return weekday ? `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${text}` : text;
}

/** "april 2025" for 2025-04 (a month heading). */
export function monthText(yearMonth) {
  const [y, m] = String(yearMonth).split('-').map(Number);
  return `${MONTHS[m - 1] || m} ${y}`;
}
