// The Wijkwerk section of an area page (GET /api/v1/gebieden/{level}/{code}/wijkwerk): the wijk profile,
// initiatives, activities, physical works, mediation and signal counts, spending next to the plan,
// and the timeline; for a gemeente the totals per wijk. Each block has a heading; figures are
// tables. Blocks the caller may not see are absent from the answer and so from the page.
import { h, replace } from '../../shared/dom.js';
import { get } from '../../shared/api.js';
import { paragraph, factList, linkIf } from '../../shared/page.js';
import { errorBlock } from '../../shared/page-errors.js';
import { yearField } from '../../shared/fields.js';
import { dataTable } from '../../shared/table.js';
import { euro, int, NONE } from '../../shared/format.js';
import { dateText, monthText } from '../../shared/dates.js';
import { STATE_LABEL, WORK_KINDS, PLACE, FOCUS, stateText, supportCount } from '../../neighbourhood/words.js';
import { loadTimeline, timelineList, timelineLegend, signalKindLabels } from '../../neighbourhood/timeline.js';

const h3 = (text) => h('h3', { class: 'utrecht-heading-3' }, text);

function profileBlock(profile, data, area) {
  const whose = area.level === 'buurt' && data.wijk ? ` van de wijk ${data.wijk.name}` : '';
  if (!profile) return [h3(`Wijkprofiel${whose}`), paragraph(`Voor ${data.year} is nog geen wijkprofiel vastgelegd.`)];
  return [
    h3(`Wijkprofiel${whose} in ${data.year}`),
    profile.description ? paragraph(profile.description) : null,
    factList([
      ['Inzet', FOCUS[profile.focus] || profile.focus],
      ['Prioriteiten', profile.priorities.join(', ') || NONE],
      ['Wijkteam', profile.team.length
        ? profile.team.map((m) => `${m.name} (${m.team_role}, ${m.organisation})`).join('; ') : 'nog geen teamleden'],
    ]),
    profile.meeting_places.length ? dataTable([
      { key: 'name', label: 'Ontmoetingsplek' },
      { key: 'kind', label: 'Soort', cell: (p) => PLACE[p.kind] || p.kind },
      { key: 'address', label: 'Adres' },
      { key: 'opened_on', label: 'Open sinds', cell: (p) => dateText(p.opened_on) },
      { key: 'closed_on', label: 'Gesloten op', cell: (p) => (p.closed_on ? dateText(p.closed_on) : 'open') },
    ], profile.meeting_places, { caption: 'Ontmoetingsplekken', rowHeader: 'name' }) : null,
  ];
}

function initiativesBlock(block, data) {
  const states = Object.entries(block.by_state).map(([s, n]) => `${int(n)} ${(STATE_LABEL[s] || s).toLowerCase()}`);
  return [
    h3('Initiatieven van bewoners'),
    paragraph(block.count
      ? `${int(block.count)} initiatieven liepen in ${data.year}: ${states.join(', ')}. Samen ${int(block.supports)} steunbetuigingen.`
      : `Geen initiatieven in ${data.year}.`),
    block.scope === 'openbaar' ? paragraph('U ziet hier de open en goedgekeurde initiatieven, zoals het bewonersportaal ze toont.') : null,
    block.items.length ? dataTable([
      { key: 'title', label: 'Initiatief', cell: (i) => linkIf(i.link, i.title) },
      { key: 'buurt_name', label: 'Buurt', value: (i) => i.buurt_name || i.buurt },
      { key: 'state', label: 'Stand', value: stateText },
      { key: 'supports', label: 'Steun tot nu toe', numeric: true, cell: supportCount },
      { key: 'submitted_on', label: 'Ingediend', cell: (i) => dateText(i.submitted_on) },
    ], block.items, { caption: `Initiatieven in ${data.year}`, rowHeader: 'title', sortable: true }) : null,
  ];
}

function activitiesBlock(block, data) {
  const effort = ['Basis', 'Plus', 'PlusPlus'].map((e) => `${e} ${int(block.per_effort[e] || 0)}`).join(', ');
  return [
    h3('Activiteiten'),
    factList([
      ['Aantal in ' + data.year, int(block.count)],
      ['Deelnemers', int(block.participants)],
      ['Kosten', euro(block.cost)],
      block.count ? ['Per niveau van inzet', effort] : null,
    ]),
    block.latest.length ? dataTable([
      { key: 'held_on', label: 'Datum', cell: (a) => dateText(a.held_on) },
      { key: 'title', label: 'Activiteit' },
      { key: 'type', label: 'Soort' },
      { key: 'participants', label: 'Deelnemers', numeric: true, cell: (a) => int(a.participants) },
      { key: 'cost', label: 'Kosten', numeric: true, cell: (a) => euro(a.cost) },
    ], block.latest, { caption: 'De laatste activiteiten', rowHeader: 'title' }) : null,
  ];
}

function worksBlock(works, data) {
  return [
    h3('Fysieke werken'),
    works.length ? dataTable([
      { key: 'title', label: 'Werk' },
      { key: 'kind', label: 'Soort', value: (w) => WORK_KINDS[w.kind] || w.kind },
      { key: 'area_code', label: 'Gebied', value: (w) => (w.area_code === w.wijk ? 'hele wijk' : w.area_code) },
      { key: 'starts_on', label: 'Start', cell: (w) => dateText(w.starts_on) },
      { key: 'ends_on', label: 'Einde', cell: (w) => (w.ends_on ? dateText(w.ends_on) : 'nog niet bekend') },
    ], works, { caption: `Fysieke werken in ${data.year}`, rowHeader: 'title' }) : paragraph(`Geen fysieke werken in ${data.year}.`),
  ];
}

function mediationBlock(m) {
  return [
    h3('Buurtbemiddeling'),
    factList([
      ['Meldingen', int(m.reported)], ['Loopt nog', int(m.running)], ['Opgelost', int(m.solved)],
      ['Deels opgelost', int(m.partly_solved)], ['Niet opgelost', int(m.not_solved)],
      ['Uitgesloten', int(m.excluded)], ['Gestopt', int(m.stopped)],
    ]),
  ];
}

// One line for the kinds whose counts are all hidden: "11 soorten signalen: elk minder dan 5".
function hiddenLine(kinds, text, labels) {
  if (!kinds.length) return null;
  const names = kinds.map((k) => (labels.get(k) || k).toLowerCase());
  return h('details', { class: 'lb-details lb-signal-group' },
    h('summary', {}, `${int(kinds.length)} ${kinds.length === 1 ? 'soort signaal' : 'soorten signalen'}: ${text}`),
    paragraph(`Dit zijn: ${names.join(', ')}.`));
}

// The timeline with the months whose signal count is below 5 as one line instead of one each.
async function groupedTimeline(el, { wijk, buurt, year }) {
  const [t, labels] = await Promise.all([loadTimeline({ wijk, buurt, year }), signalKindLabels()]);
  const small = (i) => i.kind === 'signalen' && i.total && i.total.n === null && i.total.hidden === 'klein';
  const months = t.items.filter(small).map((i) => i.month);
  const items = t.items.filter((i) => !small(i));
  replace(el, timelineLegend(),
    months.length ? paragraph(`Signalen: in ${int(months.length)} ${months.length === 1 ? 'maand' : 'maanden'} minder dan 5 signalen `
      + `(${months.map(monthText).join(', ')}).`) : null,
    timelineList(items, { labels, headingLevel: 4 }));
}

function signalsBlock(signals, data, labels) {
  const grouped = signals.grouped || { shown: signals.by_kind, small: [], protected: [] };
  const max = Math.max(1, ...signals.by_kind.map((k) => k.count.n || 0));
  const bar = (n) => {
    if (n === null) return null;
    const el = h('span', { class: 'lb-count-bar', 'aria-hidden': 'true' });
    el.style.width = `${Math.round((n / max) * 8 * 10) / 10}rem`;
    return el;
  };
  return [
    h3('Signalen (aantallen)'),
    paragraph(`In ${data.year}: ${signals.total.text} signalen. Aantallen onder de 5 tonen we niet ("minder dan 5"), `
      + 'en soms verbergen we nog een aantal ("niet getoond"), zodat niemand uit de cijfers te herkennen is.'),
    grouped.shown.length ? dataTable([
      { key: 'kind', label: 'Soort signaal', value: (k) => labels.get(k.kind) || k.kind },
      { key: 'n', label: 'Aantal', numeric: true, value: (k) => k.count.n ?? -1, cell: (k) => [k.count.text, bar(k.count.n)] },
    ], grouped.shown, { caption: `Signalen per soort in ${data.year}`, rowHeader: 'kind' }) : null,
    hiddenLine(grouped.small, 'elk minder dan 5', labels),
    hiddenLine(grouped.protected, 'niet getoond, zodat niemand uit de cijfers te herkennen is', labels),
  ];
}

function spendingBlock(s, data) {
  const basis = {
    gemeente: 'Alle uitgaven in de gemeente.',
    wijk: 'De uitgaven die bij deze wijk of bij een initiatief in de wijk zijn geboekt.',
    initiatieven: 'De uitgaven voor initiatieven in deze buurt (het kasboek houdt uitgaven bij per wijk).',
  }[s.basis];
  const categories = Object.entries(s.by_category).map(([c, v]) => `${c === '-' ? 'zonder categorie' : `categorie ${c}`} ${euro(v)}`);
  return [
    h3('Uitgaven en plan'),
    paragraph(basis),
    factList([
      [`Plan van het programma${s.plan_year ? ` (${s.plan_year})` : ''}`, s.plan === null ? 'geen plan voor dit gebied' : euro(s.plan)],
      [`Uitgegeven in ${data.year}`, `${euro(s.spent)} (${int(s.entries)} boekingen)`],
      ['Waarvan door de corporatie', `${euro(s.corporation_spent)}${categories.length ? ` (BTIV art. 51: ${categories.join(', ')})` : ''}`],
      ['Waarvan voor initiatieven', euro(s.on_initiatives)],
    ]),
  ];
}

function perWijkBlock(rows, data, money) {
  return [
    h3(`Per wijk in ${data.year}`),
    dataTable([
      { key: 'name', label: 'Wijk', cell: (r) => h('a', { class: 'utrecht-link', href: `/gebied/wijk/${encodeURIComponent(r.code)}` }, r.name) },
      { key: 'focus', label: 'Inzet', value: (r) => FOCUS[r.focus] || NONE },
      { key: 'initiatives', label: 'Initiatieven', numeric: true, cell: (r) => int(r.initiatives) },
      { key: 'activities', label: 'Activiteiten', numeric: true, cell: (r) => int(r.activities) },
      { key: 'participants', label: 'Deelnemers', numeric: true, cell: (r) => int(r.participants) },
      money ? { key: 'cost', label: 'Kosten activiteiten', numeric: true, cell: (r) => euro(r.cost) } : null,
      { key: 'works', label: 'Fysieke werken', numeric: true, cell: (r) => int(r.works) },
      { key: 'mediation_reported', label: 'Bemiddeling (meldingen)', numeric: true, cell: (r) => int(r.mediation_reported) },
      { key: 'signals', label: 'Signalen', numeric: true, value: (r) => r.signals.n ?? -1, cell: (r) => r.signals.text },
    ].filter(Boolean), rows, { caption: `Wijkwerk per wijk in ${data.year}`, rowHeader: 'name', sortable: true }),
  ];
}

async function fill(body, area, year) {
  const query = year ? `?year=${year}` : '';
  const [data, labels] = await Promise.all([
    get(`/api/v1/gebieden/${encodeURIComponent(area.level)}/${encodeURIComponent(area.code)}/wijkwerk${query}`),
    signalKindLabels()]);
  const timeline = h('div', { class: 'lb-area-wijkwerk__timeline' }, paragraph('De tijdlijn wordt geladen…'));
  const wijkCode = area.level === 'wijk' ? area.code : data.wijk && data.wijk.code;
  replace(body,
    'profile' in data ? profileBlock(data.profile, data, area) : null,
    data.per_wijk ? perWijkBlock(data.per_wijk, data, 'spending' in data) : null,
    initiativesBlock(data.initiatives, data),
    activitiesBlock(data.activities, data),
    worksBlock(data.works, data),
    data.mediation ? mediationBlock(data.mediation) : null,
    signalsBlock(data.signals, data, labels),
    data.spending ? spendingBlock(data.spending, data) : null,
    area.level !== 'gemeente' ? [h3(`Tijdlijn ${data.year}`), timeline] : null,
    wijkCode ? paragraph(h('a', { class: 'utrecht-link', href: `/wijkwerk/${encodeURIComponent(wijkCode)}?jaar=${data.year}` },
      'Alles over het wijkwerk in deze wijk')) : null);
  if (area.level !== 'gemeente') {
    groupedTimeline(timeline, {
      wijk: area.level === 'wijk' ? area.code : '', buurt: area.level === 'buurt' ? area.code : '', year: data.year,
    }).catch((err) => replace(timeline, errorBlock(err, 'de tijdlijn')));
  }
  return data;
}

/**
 * The section for an area ({level, code, name}); it fills itself. An area without neighbourhood
 * work (a complex, or outside the work area's wijken) gets no section: the answer is null.
 */
export function areaWijkwerkSection(area) {
  if (!['buurt', 'wijk', 'gemeente'].includes(area.level)) return null;
  const body = h('div', { class: 'lb-area-wijkwerk__body' }, paragraph('Het wijkwerk wordt geladen…'));
  const yearBox = h('div', { class: 'lb-area-wijkwerk__year' });
  const section = h('section', { class: 'lb-section lb-area-wijkwerk', 'aria-labelledby': 'wijkwerk-kop' },
    h('h2', { class: 'utrecht-heading-2', id: 'wijkwerk-kop' }, 'Wijkwerk'), yearBox, body);
  const load = async (year) => {
    try {
      const data = await fill(body, area, year);
      if (!yearBox.firstChild) {
        const choice = yearField({ name: 'wijkwerk-jaar', years: data.years, value: data.year });
        choice.select.addEventListener('change', () => load(choice.select.value));
        yearBox.append(choice.wrapper);
      }
    } catch (err) {
      if (err.status === 404 || err.status === 403) section.remove();
      else replace(body, errorBlock(err, 'het wijkwerk'));
    }
  };
  load(null);
  return section;
}
