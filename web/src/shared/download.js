// Files the server makes (exports, a resident's data): fetched with the session and handed to the
// browser as a download, so that an error answer shows as a message instead of a broken file.
import { h } from './dom.js';
import { fetchFile } from './api.js';

function fileNameOf(response, fallback) {
  const m = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') || '');
  return m ? m[1] : fallback;
}

/**
 * Downloads path. options: method and json (as for the API), name (the file's name) or fallback
 * (the name when the answer does not give one). Answers the name; throws ApiError on an error answer.
 */
export async function download(path, { method, json, name, fallback } = {}) {
  const response = await fetchFile(path, { method, json });
  const fileName = name || fileNameOf(response, fallback);
  const href = URL.createObjectURL(await response.blob());
  const link = h('a', { href, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
  return fileName;
}
