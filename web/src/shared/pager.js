// Paging for a list the server answers one page at a time with its total: "Regels 26 tot en met 50
// van 120" (read out when it changes) with buttons to the previous and the next page. Used by the
// ledger, Signalen and Initiatieven, so every list pages the same way.
import { h, replace } from './dom.js';
import { button } from './fields.js';
import { int } from './format.js';

/**
 * pageSize: rows per page; noun: what the rows are ("Regels", "Signalen"); onPage(offset): loads
 * that page. Answers {node, show(total, offset, extra)}: show() redraws after a page is loaded;
 * extra is a sentence that follows the count ("samen € 1.200,00").
 */
export function pagerView({ pageSize, noun, onPage }) {
  const node = h('div', { class: 'lb-actions lb-pager' });
  function show(total, offset, extra = '') {
    const first = total ? offset + 1 : 0;
    const to = Math.min(offset + pageSize, total);
    replace(node,
      h('p', { class: 'lb-pager__text', 'aria-live': 'polite' },
        `${noun} ${int(first)} tot en met ${int(to)} van ${int(total)}${extra ? `; ${extra}` : ''}.`),
      offset > 0 ? button('Vorige bladzijde', { onclick: () => onPage(Math.max(0, offset - pageSize)) }) : null,
      to < total ? button('Volgende bladzijde', { onclick: () => onPage(offset + pageSize) }) : null);
  }
  return { node, show };
}
