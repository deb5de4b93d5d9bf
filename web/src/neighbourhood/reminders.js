// "Herinneringen": the caller's open deadline reminders (GET /api/v1/herinneringen), the same ones the
// server mails to the wijk team once: decisions on initiatives due within 7 days or overdue, and
// the intake and aftercare deadlines of neighbour mediation. Not for lezer (no access to the records).
import { h, replace } from '../shared/dom.js';
import { get } from '../shared/api.js';
import { section, paragraph } from '../shared/page.js';
import { errorBlock } from '../shared/page-errors.js';

const STAFF = ['beheerder', 'analist', 'wijkteam'];

function item(r) {
  const label = r.kind === 'initiatief' ? `Naar het initiatief ${r.title}` : `Naar ${r.wijk_name} (zaak ${r.title})`;
  return h('li', { class: r.late ? 'lb-reminder lb-reminder--late' : 'lb-reminder' },
    h('strong', {}, r.late ? 'Te laat: ' : 'Binnenkort: '), r.message, ' ',
    h('a', { class: 'utrecht-link', href: r.link }, label),
    r.kind === 'initiatief' && r.wijk_name ? ` (${r.wijk_name})` : null);
}

/**
 * The block for the page: answers null for a user who may not see reminders. kind: initiatief or
 * bemiddeling (empty: both); wijk: a wijk code (empty: all the caller's wijken).
 */
export function remindersBlock({ user, kind = '', wijk = '' } = {}) {
  if (!user || !STAFF.includes(user.role)) return null;
  const box = h('div', { 'aria-live': 'polite' }, paragraph('Bezig met laden…'));
  const q = new URLSearchParams();
  if (kind) q.set('kind', kind);
  if (wijk) q.set('wijk', wijk);
  get(`/api/v1/herinneringen?${q}`).then(({ reminders }) => {
    replace(box, reminders.length
      ? h('ul', { class: 'utrecht-unordered-list lb-reminders' }, reminders.map(item))
      : paragraph('Geen herinneringen: er verloopt binnenkort geen termijn.'));
  }).catch((err) => replace(box, errorBlock(err, 'de herinneringen')));
  return section('Herinneringen',
    paragraph('Termijnen die bijna verlopen of al verlopen zijn. Het wijkteam krijgt elke herinnering ook één keer per e-mail.'),
    box);
}
