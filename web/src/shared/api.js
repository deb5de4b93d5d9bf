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

/** One request with the session: a JSON body or FormData, the CSRF header on a change. */
async function request(path, { method, json, form, accept }) {
  const headers = { Accept: accept };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form) {
    body = form;
  }
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  try {
    return await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, {
      code: 'network', message: 'De server is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
    });
  }
}

/** The answer's JSON, or null for an empty answer or one that is not JSON. */
async function jsonOf(response) {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * Calls the API. options: method, json (a body to send as JSON), form (FormData), redirect401.
 * Answers the parsed JSON (or null for an empty answer); throws ApiError on a 4xx/5xx.
 */
export async function api(path, { method = 'GET', json, form, redirect401 = true } = {}) {
  const response = await request(path, { method, json, form, accept: 'application/json' });
  const data = await jsonOf(response);
  if (!response.ok) {
    if (response.status === 401 && redirect401) {
      goToLogin();
      // The page is leaving; keep callers waiting instead of showing an error for a moment.
      await new Promise(() => {});
    }
    throw new ApiError(response.status, data);
  }
  return data;
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
