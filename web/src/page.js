// Shared page parts: the title, the heading, "Geen toegang" and error blocks.
import { h, replace } from './dom.js';
import { roleExplanation } from './roles.js';
import { ROLE_LABEL } from './format.js';

export function setTitle(title) {
  document.title = `${title} – Leefbaar`;
}

/** Empties main and puts the page heading in it; returns the heading. */
export function startPage(main, title, heading = title) {
  setTitle(title);
  const h1 = h('h1', { class: 'utrecht-heading-1' }, heading);
  replace(main, h1);
  return h1;
}

/** The "Geen toegang" page for a role that may not use this part. */
export function renderNoAccess(main, user, what) {
  startPage(main, 'Geen toegang');
  main.append(
    h('div', { class: 'utrecht-alert utrecht-alert--warning lb-no-access' },
      h('p', { class: 'utrecht-paragraph' },
        `U bent ingelogd als ${ROLE_LABEL[user.role] || user.role}. Met deze rol hebt u geen toegang tot ${what}.`),
      h('p', { class: 'utrecht-paragraph' }, roleExplanation(user.role)),
      h('p', { class: 'utrecht-paragraph' },
        'Denkt u dat u wel toegang nodig hebt? Vraag het aan de beheerder van Leefbaar in uw organisatie.')),
    h('p', { class: 'utrecht-paragraph' }, h('a', { class: 'utrecht-link', href: '/kaart' }, 'Naar de kaart')));
}

/** A block that tells the user something went wrong loading data. */
export function errorBlock(err, what = 'de gegevens') {
  return h('div', { class: 'utrecht-alert utrecht-alert--error', role: 'alert' },
    h('p', { class: 'utrecht-paragraph' }, `Het laden van ${what} is niet gelukt. ${err.message || ''}`));
}

/** Shows a load error, or "Geen toegang" on a 403. */
export function showLoadError(main, err, user, what) {
  if (err.status === 403) {
    renderNoAccess(main, user, what);
    return;
  }
  main.append(errorBlock(err, what));
}

export function section(title, ...children) {
  return h('section', { class: 'lb-section' }, h('h2', { class: 'utrecht-heading-2' }, title), children);
}

export function paragraph(...children) {
  return h('p', { class: 'utrecht-paragraph' }, children);
}

/** A colour swatch with its text, e.g. [■] Geel – Plus. */
export function colourBadge(text, colourClass) {
  return h('span', { class: 'lb-badge' },
    h('span', { class: `lb-swatch ${colourClass}`, 'aria-hidden': 'true' }), text);
}
