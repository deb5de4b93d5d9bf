// The JSON API: session cookie from the server, CSRF token on every change, errors as ApiError.

let csrfToken = null;

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `Er ging iets mis (status ${status}).`);
    this.status = status;
    this.code = (body && body.code) || 'error';
    this.field = (body && body.field) || '';
    this.body = body || {};  // the whole answer, e.g. an import's list of problems
  }
}

export function setCsrfToken(token) {
  csrfToken = token;
}

/** Sends the browser to the log-in page, to come back to the current page after. */
export function goToLogin() {
  const here = location.pathname + location.search;
  location.assign(`/inloggen?terug=${encodeURIComponent(here)}`);
}

/** The CSRF header a change (any method but GET) needs; the one place that sends the token. */
export function csrfHeader(method) {
  return method !== 'GET' && csrfToken ? { 'X-CSRF-Token': csrfToken } : {};
}

/** The error when no answer came at all (no connection, server down). */
export function networkError() {
  return new ApiError(0, {
    code: 'network', message: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  });
}

/** One request with the session: a JSON body or FormData, the CSRF header on a change. */
async function request(path, { method, json, form, accept }) {
  const headers = { Accept: accept, ...csrfHeader(method) };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  try {
    return await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
}

/** The JSON of an answer's text, or null for an empty answer or one that is not JSON. */
function parseJson(text) {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

const jsonOf = async (response) => parseJson(await response.text());

/**
 * What an answer means, for fetch and XMLHttpRequest alike: the parsed JSON of a 2xx answer (null
 * when empty); on a 401 (the session has ended) the log-in page, with the caller kept waiting;
 * else an ApiError with the server's Dutch message.
 */
export async function answerOf(status, text, { redirect401 = true } = {}) {
  const data = parseJson(text);
  if (status >= 200 && status < 300) return data;
  if (status === 401 && redirect401) {
    goToLogin();
    // The page is leaving; keep callers waiting instead of showing an error for a moment.
    await new Promise(() => {});
  }
  throw new ApiError(status, data);
}

/**
 * Calls the API. options: method, json (a body to send as JSON), form (FormData), redirect401.
 * Answers the parsed JSON (or null for an empty answer); throws ApiError on a 4xx/5xx.
 */
export async function api(path, { method = 'GET', json, form, redirect401 = true } = {}) {
  const response = await request(path, { method, json, form, accept: 'application/json' });
  return answerOf(response.status, await response.text(), { redirect401 });
}

export const get = (path, options) => api(path, { ...options, method: 'GET' });
export const post = (path, json, options) => api(path, { ...options, method: 'POST', json });

/**
 * Asks for a file (an export): answers the Response of a 2xx answer, throws ApiError on any other.
 * options: method, json (a body to send as JSON).
 */
export async function fetchFile(path, { method = 'GET', json } = {}) {
  const response = await request(path, { method, json, accept: '*/*' });
  if (!response.ok) throw new ApiError(response.status, await jsonOf(response));
  return response;
}
