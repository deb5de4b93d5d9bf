// Reading in a file (CSV or Excel): sending it, and the server's list of problems when it refuses
// the file (row, column, what was found, what was expected; all rows or none are read in).
import { api } from './api.js';
import { dataTable } from './table.js';
import { int } from './format.js';

/** POSTs file as multipart form data (member "file", with the other members of fields); answers the API's answer. */
export function sendFile(path, file, fields = {}) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  data.append('file', file);
  return api(path, { method: 'POST', form: data });
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
