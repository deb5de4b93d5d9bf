// What a page shows when it cannot do its work: an error alert, "Het laden van ... is niet
// gelukt", "Geen toegang" (for a role, or on a 403 from the server), and the one way a page loads
// the data it needs before it can show anything.
import { h } from './dom.js';
import { startPage, paragraph } from './page.js';
import { roleExplanation } from './roles.js';
import { ROLE_LABEL } from './format.js';

/** An error alert (announced at once) with the given text or nodes. */
export function errorAlert(...children) {
  return h('div', { class: 'utrecht-alert utrecht-alert--error', role: 'alert' }, paragraph(children));
}

/** A block that tells the user something went wrong loading data. */
export function errorBlock(err, what = 'de gegevens') {
  return errorAlert(`Het laden van ${what} is niet gelukt. ${err.message || ''}`);
}

/** The "Geen toegang" page for a role that may not use this part. */
export function renderNoAccess(main, user, what) {
  startPage(main, 'Geen toegang');
  main.append(
    h('div', { class: 'utrecht-alert utrecht-alert--warning lb-no-access' },
      paragraph(`U bent ingelogd als ${ROLE_LABEL[user.role] || user.role}. Met deze rol hebt u geen toegang tot ${what}.`),
      paragraph(roleExplanation(user.role)),
      paragraph('Denkt u dat u wel toegang nodig hebt? Vraag het aan de beheerder van Leefbaar in uw organisatie.')),
    paragraph(h('a', { class: 'utrecht-link', href: '/kaart' }, 'Naar de kaart')));
}

/** Shows a load error, or "Geen toegang" on a 403. */
export function showLoadError(main, err, user, what) {
  if (err.status === 403) {
    renderNoAccess(main, user, what);
    return;
  }
  main.append(errorBlock(err, what));
}

/**
 * Loads what a page needs before it can show anything. Answers what load() answers (true when it
 * answers nothing), or null once the error is on the page: onNotFound(err) on a 404 and
 * onForbidden(err) on a 403 when given, "Geen toegang" on a 403 for a user, else the error block
 * about what (the page's what). Without a user (the portal) every error is the error block.
 */
export async function loadForPage(main, {
  user, what, onNotFound, onForbidden,
}, load) {
  try {
    const value = await load();
    return value === undefined ? true : value;
  } catch (err) {
    if (err.status === 404 && onNotFound) onNotFound(err);
    else if (err.status === 403 && onForbidden) onForbidden(err);
    else if (user) showLoadError(main, err, user, what);
    else main.append(errorBlock(err, what));
    return null;
  }
}
