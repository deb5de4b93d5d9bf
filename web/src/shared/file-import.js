// Reading in a file (CSV or Excel): sending it with a progress bar, and the server's list of problems
// when it refuses the file (row, column, what was found, what was expected; all rows or none are read in).
import { h, uid } from './dom.js';
import { answerOf, csrfHeader, networkError } from './api.js';
import { dataTable } from './table.js';
import { int } from './format.js';

/**
 * POSTs file as multipart form data (member "file", with the other members of fields); answers the
 * API's answer, or throws its ApiError. While it goes, the form that holds the file shows a
 * progress bar in its result box and its submit button is off.
 */
export async function sendFile(path, file, fields = {}) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  data.append('file', file);
  const form = formHolding(file);
  const progress = progressView();
  const box = form && form.querySelector('.lb-result');
  if (box) box.append(progress.element);
  const release = holdSubmit(form);
  try {
    return await postWithProgress(path, data, progress.show);
  } finally {
    progress.element.remove();
    release();
  }
}

/**
 * The upload itself, with XMLHttpRequest since fetch does not tell how much of a body is sent;
 * the CSRF header and the meaning of the answer are api.js's. onProgress(fraction): 0 to 1, and 1
 * once everything is sent and the server works on it.
 */
function postWithProgress(path, data, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(csrfHeader('POST'))) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (ev) => {
      if (ev.lengthComputable && ev.total > 0) onProgress(ev.loaded / ev.total);
    });
    xhr.upload.addEventListener('load', () => onProgress(1));
    xhr.addEventListener('load', () => resolve(answerOf(xhr.status, xhr.responseText)));
    xhr.addEventListener('error', () => reject(networkError()));
    xhr.addEventListener('abort', () => reject(networkError()));
    onProgress(0);
    xhr.send(data);
  });
}

/** The form whose file field holds file (the callers pass the file, not the field), or null. */
function formHolding(file) {
  const inputs = [...document.querySelectorAll('input[type="file"]')];
  const input = inputs.find((i) => i.files && [...i.files].includes(file));
  return input ? input.closest('form') : null;
}

/** Turns the form's submit button off (one upload at a time); answers the function that restores it. */
function holdSubmit(form) {
  const submit = form && form.querySelector('button[type="submit"]');
  if (!submit) return () => {};
  const before = submit.disabled;
  submit.disabled = true;
  return () => { submit.disabled = before; };
}

// Screen readers hear the state at 0, 25, 50 and 75% and when the server works, not every percent.
const SPOKEN_STEP = 25;

/**
 * A <progress> with a visible label ("Bestand wordt verzonden: 45%", then "Bestand wordt
 * verwerkt…" with no value: the bar moves without a measure) and a polite live text for screen
 * readers. Answers {element, show(fraction)}.
 */
function progressView() {
  const id = uid('voortgang');
  const label = h('label', { class: 'lb-upload-progress__label', htmlFor: id });
  const bar = h('progress', { class: 'lb-upload-progress__bar', id, max: '100' });
  const spoken = h('p', { class: 'lb-visually-hidden', 'aria-live': 'polite' });
  const element = h('div', { class: 'lb-upload-progress' }, label, bar, spoken);
  let lastSpoken = -1;
  function say(text, step) {
    label.textContent = text;
    if (step > lastSpoken) {
      lastSpoken = step;
      spoken.textContent = text;
    }
  }
  function show(fraction) {
    if (fraction >= 1) {
      bar.removeAttribute('value');
      bar.textContent = '';
      say('Bestand wordt verwerkt…', Infinity);
      return;
    }
    if (lastSpoken === Infinity) return;  // a late progress event after the upload is complete
    const percent = Math.max(0, Math.floor(fraction * 100));
    bar.value = percent;
    bar.textContent = `${percent}%`;
    say(`Bestand wordt verzonden: ${percent}%`, Math.floor(percent / SPOKEN_STEP));
  }
  return { element, show };
}

export function problemsTable(problems, file) {
  return dataTable([
    { key: 'row', label: 'Rij', numeric: true, cell: (p) => String(p.row) },
    { key: 'column', label: 'Kolom', cell: (p) => p.column || '–' },
    { key: 'found', label: 'Gevonden', cell: (p) => (p.found ? p.found : '(leeg)') },
    { key: 'message', label: 'Wat er verwacht wordt' },
  ], problems, { caption: `${int(problems.length)} ${problems.length === 1 ? 'probleem' : 'problemen'} in ${file}; er is niets ingelezen` });
}

/** After a refused file: its problems as a table in box, when the answer lists any. */
export function showProblems(err, box, fileName) {
  const problems = (err.body && err.body.problems) || [];
  if (problems.length) box.append(problemsTable(problems, fileName));
}
