// Where to go after logging in (?terug=...): only a path on this site. Judged as the browser will
// read it, since that is what location.assign does with it: the URL parser drops tab, CR and LF
// anywhere, drops leading and trailing spaces and control characters, and reads a backslash as a
// slash, so '/\t/evil.example' and '/\\evil.example' are '//evil.example', another host.
// Percent-escapes are judged decoded too ('/%09/evil.example'), as some step on the way may decode
// them. No DOM here, so node's test runner can import it.

const DROPPED = /[\t\n\r]/g;
const EDGES = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const BASE = 'https://leefbaar.invalid';

function asBrowserReads(text) {
  return text.replace(DROPPED, '').replace(EDGES, '').replace(/\\/g, '/');
}

function isLocalPath(text) {
  const path = asBrowserReads(text);
  return path.startsWith('/') && !path.startsWith('//');
}

function decoded(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The local path to return to, or the fallback (also for the log-in page itself). */
export function safeReturnPath(value, fallback = '/kaart') {
  if (typeof value !== 'string' || value === '') return fallback;
  const once = decoded(value);
  if (once === null || !isLocalPath(value) || !isLocalPath(once)) return fallback;
  let url;
  try {
    url = new URL(asBrowserReads(value), BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith('/inloggen')) return fallback;
  // Dot segments can leave two slashes in front ('/.//evil.example' is '//evil.example').
  const path = url.pathname + url.search + url.hash;
  return isLocalPath(path) ? path : fallback;
}
