// Shared page parts: the title, the heading, sections, paragraphs, fact lists and colour badges.
import { h, replace } from './dom.js';

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

export function section(title, ...children) {
  return h('section', { class: 'lb-section' }, h('h2', { class: 'utrecht-heading-2' }, title), children);
}

export function paragraph(...children) {
  return h('p', { class: 'utrecht-paragraph' }, children);
}

/**
 * A list of facts: [term, value] pairs as a description list; empty places (null) are left out.
 * options: termClass and valueClass, classes on each term and value.
 */
export function factList(pairs, { termClass, valueClass } = {}) {
  return h('dl', { class: 'lb-facts' },
    pairs.filter(Boolean).map(([term, value]) => [h('dt', { class: termClass }, term), h('dd', { class: valueClass }, value)]));
}

/** A colour swatch with its text, e.g. [■] Geel – Plus. */
export function colourBadge(text, colourClass) {
  return h('span', { class: 'lb-badge' },
    h('span', { class: `lb-swatch ${colourClass}`, 'aria-hidden': 'true' }), text);
}

/** A link to href with text, or the text alone when there is no href. */
export function linkIf(href, text) {
  return href ? h('a', { class: 'utrecht-link', href }, text) : text;
}

/** A bulleted list; each item is text, a node or an array of them. className: more classes. */
export function bulletList(items, className = '') {
  return h('ul', { class: `utrecht-unordered-list${className ? ` ${className}` : ''}` }, items.map((item) => h('li', {}, item)));
}

/** A part that opens on a click (details/summary); open: shown open at first. */
export function disclosure(summary, content, { open = false } = {}) {
  return h('details', { class: 'lb-details', open }, h('summary', {}, summary), content);
}
