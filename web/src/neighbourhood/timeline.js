// The wijk timeline (GET /api/v1/wijkwerk/tijdlijn) as a list grouped by month: each entry names its
// kind in words and has a shape as well as a colour, so neither colour nor shape is the only cue.
// Used by the Wijkwerk page and the area pages.
import { h } from '../shared/dom.js';
import { get } from '../shared/api.js';
import { paragraph, linkIf } from '../shared/page.js';
import { dateText, monthText } from '../shared/dates.js';

export const TIMELINE_KINDS = {
  werk: { label: 'Fysiek werk', icon: '\u25B2' },
  activiteit: { label: 'Activiteit', icon: '\u25CF' },
  initiatief: { label: 'Initiatief', icon: '\u2605' },
  signalen: { label: 'Signalen', icon: '\u25A0' },
  bemiddeling: { label: 'Buurtbemiddeling', icon: '\u25C6' },
};

let signalLabels = null;
/** The Dutch names of the signal kinds (from the signals' choices), fetched once. */
export function signalKindLabels() {
  if (!signalLabels) {
    signalLabels = get('/api/v1/signalen/keuzes')
      .then((c) => new Map(c.signals.map((o) => [o.value, o.label])))
      .catch(() => new Map());
  }
  return signalLabels;
}

/** The timeline of a wijk or buurt: {wijk, buurt, year, items}. */
export function loadTimeline({ wijk = '', buurt = '', year }) {
  const query = new URLSearchParams({ year: String(year) });
  if (wijk) query.set('wijk', wijk);
  if (buurt) query.set('buurt', buurt);
  return get(`/api/v1/wijkwerk/tijdlijn?${query}`);
}

const monthName = (month) => {
  const name = monthText(month);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
};

// A month's count of signals: the shown kinds by name; the others only as "less than 5 or hidden".
function signalText(item, labels) {
  const { total } = item;
  if (total.n === null) return total.hidden === 'klein' ? 'minder dan 5 signalen' : 'aantal niet getoond';
  const kinds = item.by_kind || [];
  const shown = kinds.filter((k) => k.count.n !== null);
  const parts = shown.map((k) => `${(labels.get(k.kind) || k.kind).toLowerCase()} ${k.count.text}`);
  let detail = 'per soort minder dan 5 of niet getoond';
  if (shown.length) {
    detail = `waarvan ${parts.join(', ')}${shown.length < kinds.length ? '; de andere soorten minder dan 5 of niet getoond' : ''}`;
  }
  return `${total.text} signalen (${detail})`;
}

function entryText(item, labels) {
  if (item.kind === 'signalen') return signalText(item, labels);
  if (item.kind === 'bemiddeling') {
    return `${item.reported} ${item.reported === 1 ? 'melding' : 'meldingen'}, ${item.closed} ${item.closed === 1 ? 'zaak' : 'zaken'} afgesloten`;
  }
  return linkIf(item.link, item.title);
}

function entry(item, labels) {
  const kind = TIMELINE_KINDS[item.kind] || { label: item.kind, icon: '\u2022' };
  const monthly = item.kind === 'signalen' || item.kind === 'bemiddeling';
  return h('li', { class: `lb-tl__item lb-tl__item--${item.kind}` },
    h('span', { class: 'lb-tl__icon', 'aria-hidden': 'true' }, kind.icon),
    h('span', { class: 'lb-tl__kind' }, kind.label),
    ' ',
    monthly
      ? h('span', { class: 'lb-tl__date' }, 'hele maand')
      : h('time', { class: 'lb-tl__date', datetime: item.date }, dateText(item.date)),
    h('span', { class: 'lb-tl__text' }, entryText(item, labels)));
}

/**
 * The items as a list per month. options: labels (Map of signal kind names), headingLevel (of the
 * month headings, 3 by default), emptyText.
 */
export function timelineList(items, { labels = new Map(), headingLevel = 3, emptyText = 'Nog niets in dit jaar.' } = {}) {
  if (!items.length) return paragraph(emptyText);
  const months = new Map();
  for (const item of items) {
    const month = item.month || item.date.slice(0, 7);
    if (!months.has(month)) months.set(month, []);
    months.get(month).push(item);
  }
  const heading = `h${Math.min(6, Math.max(2, headingLevel))}`;
  return h('div', { class: 'lb-timeline lb-tl' }, [...months.entries()].map(([month, list]) => {
    // What happened on a day first, the month's counts after it.
    const dated = list.filter((i) => !i.month);
    const counts = list.filter((i) => i.month);
    return h('section', { class: 'lb-tl__month' },
      h(heading, { class: `utrecht-heading-${heading.slice(1)} lb-tl__heading` }, monthName(month)),
      h('ul', { class: 'lb-tl__list' }, [...dated, ...counts].map((i) => entry(i, labels))));
  }));
}

/** A legend of the kinds: shape, colour and name. */
export function timelineLegend() {
  return h('ul', { class: 'lb-tl__legend', 'aria-label': 'Soorten in de tijdlijn' },
    Object.entries(TIMELINE_KINDS).map(([key, k]) => h('li', { class: `lb-tl__key lb-tl__key--${key}` },
      h('span', { class: 'lb-tl__icon', 'aria-hidden': 'true' }, k.icon), k.label)));
}

/** Loads and renders a timeline into el; answers the element. */
export async function renderTimeline(el, { wijk, buurt, year, headingLevel = 3, emptyText } = {}) {
  const [data, labels] = await Promise.all([loadTimeline({ wijk, buurt, year }), signalKindLabels()]);
  el.replaceChildren(timelineLegend(), timelineList(data.items, { labels, headingLevel, emptyText }));
  return el;
}
