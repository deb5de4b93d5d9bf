// The server's day (GET /api/me answers it): the forms propose it as a date, so that a date the
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
