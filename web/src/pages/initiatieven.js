// Initiatieven: resident initiatives. The figures per wijk and type (every role); for staff the
// list with filters, overdue decisions, the entry form, and an initiative's page with its supports
// (paper list entry), the decision with pledges, realisation and evaluation. A wijk team sees the
// initiatives of its own wijken.
import { h, replace } from '../dom.js';
import { get, post } from '../api.js';
import { startPage, paragraph, section, showLoadError, errorBlock } from '../page.js';
import {
  textField, selectField, choiceFieldset, button, showErrors, clearErrors, statusMessage,
} from '../forms.js';
import { dataTable } from '../table.js';
import { euro, int, dateTime, NONE } from '../format.js';
import { TYPE_LABEL, STATE_LABEL, stateText, textArea, buurtSelect } from '../initiative-forms.js';
import { areaPicker, areaMap, areaText } from '../area-draw.js';
import { remindersBlock } from '../reminders.js';

export const what = 'de bewonersinitiatieven';

const isStaff = (user) => ['beheerder', 'analist', 'wijkteam'].includes(user.role);
const day = (iso) => (iso ? new Date(iso).toLocaleDateString('nl-NL', { dateStyle: 'medium' }) : NONE);

function formOf(children, submitText, onSubmit) {
  const summary = h('div', { hidden: true });
  const result = h('div');
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true },
    summary, children, h('div', { class: 'lb-actions' }, button(submitText, { primary: true, type: 'submit' })), result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    result.replaceChildren();
    try {
      const errors = await onSubmit(result);
      if (errors && errors.length) showErrors(form, summary, errors);
    } catch (err) {
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
    }
  });
  return form;
}

async function figuresSection(year) {
  const box = h('div');
  const holder = section('Cijfers', box);
  async function load(y) {
    const f = await get(`/api/initiatives/figures${y ? `?year=${y}` : ''}`);
    const pick = selectField({
      label: 'Jaar', name: 'year', value: f.year, options: f.years.map((v) => ({ value: v, label: String(v) })),
    });
    pick.select.addEventListener('change', () => load(pick.select.value).catch((err) => box.append(errorBlock(err))));
    const states = ['open', 'goedgekeurd', 'afgewezen', 'gerealiseerd', 'geevalueerd'];
    const columns = (first) => [
      { key: 'name', label: first, value: (r) => r.name || r.code },
      { key: 'initiatives', label: 'Initiatieven', numeric: true, cell: (r) => int(r.initiatives) },
      ...states.map((s) => ({ key: s, label: STATE_LABEL[s], numeric: true, value: (r) => r.by_state[s] || 0, cell: (r) => int(r.by_state[s] || 0) })),
      { key: 'supports', label: 'Steunbetuigingen', numeric: true, cell: (r) => int(r.supports) },
      { key: 'pledged_amount', label: 'Toegezegd', numeric: true, cell: (r) => euro(r.pledged_amount) },
      { key: 'spent', label: 'Uitgegeven', numeric: true, cell: (r) => euro(r.spent) },
    ];
    replace(box, pick.wrapper,
      dataTable(columns('Wijk'), f.per_wijk, { caption: `Initiatieven per wijk in ${f.year}`, rowHeader: 'name', sortable: true }),
      dataTable(columns('Soort').filter((c) => c.key !== 'spent'), f.per_type.map((r) => ({ ...r, name: TYPE_LABEL[r.code] || r.name })),
        { caption: `Initiatieven per soort in ${f.year}`, rowHeader: 'name' }),
      paragraph(`Totaal ${f.year}: ${int(f.total.initiatives)} initiatieven, ${int(f.total.supports)} steunbetuigingen, `
        + `${euro(f.total.pledged_amount)} toegezegd en ${euro(f.total.spent)} uitgegeven in de wijken.`));
  }
  await load(year);
  return holder;
}

function entryForm(options, onSaved) {
  const title = textField({ label: 'Titel', name: 'title' });
  const description = textArea({ label: 'Beschrijving', name: 'description' });
  const type = selectField({
    label: 'Soort', name: 'type', value: '',
    options: [{ value: '', label: 'Kies een soort' }, ...options.types],
  });
  const buurt = buurtSelect({ label: 'Buurt', buurten: options.buurten, description: 'Of vul het adres van de plek in, of teken het gebied op de kaart: de buurt volgt dan uit het adres of het midden van het gebied.' });
  const postcode = textField({ label: 'Postcode van de plek (mag leeg)', name: 'postcode' });
  const huisnummer = textField({ label: 'Huisnummer van de plek (mag leeg)', name: 'huisnummer' });
  const amount = textField({ label: 'Gevraagd bedrag in euro', name: 'asked_amount', attrs: { inputmode: 'decimal' } });
  const hours = textField({ label: 'Gevraagde uren', name: 'asked_hours', attrs: { inputmode: 'numeric' } });
  const materials = textField({ label: 'Gevraagde middelen', name: 'asked_materials' });
  const org = selectField({
    label: 'Gevraagd aan', name: 'asked_organisation_id', value: '',
    options: [{ value: '', label: 'Geen voorkeur' }, ...options.organisations.map((o) => ({ value: o.id, label: o.name }))],
  });
  const paper = choiceFieldset({ legend: 'Herkomst', name: 'from_paper', type: 'checkbox', options: [{ value: 'ja', label: 'Ingediend op papier' }], checked: [] });
  const area = areaPicker({ count: (body) => post('/api/initiatives/households', body), buurtSelect: buurt.select });
  return formOf([title.wrapper, description.wrapper, type.wrapper, buurt.wrapper, postcode.wrapper, huisnummer.wrapper,
    area.wrapper, amount.wrapper, hours.wrapper, materials.wrapper, org.wrapper, paper.wrapper], 'Initiatief opslaan', async (result) => {
    const errors = [];
    if (!title.input.value.trim()) errors.push({ field: 'title', message: 'Vul een titel in.' });
    if (!description.input.value.trim()) errors.push({ field: 'description', message: 'Vul een beschrijving in.' });
    if (!type.select.value) errors.push({ field: 'type', message: 'Kies het soort initiatief.' });
    if (area.problem()) errors.push({ field: 'gebied', message: area.problem() });
    if (errors.length) return errors;
    const { id } = await post('/api/initiatives', {
      title: title.input.value, description: description.input.value, type: type.select.value,
      buurt: buurt.select.value, postcode: postcode.input.value, huisnummer: huisnummer.input.value, gebied: area.value(),
      asked_amount: amount.input.value, asked_hours: hours.input.value, asked_materials: materials.input.value,
      asked_organisation_id: org.select.value ? Number(org.select.value) : null,
      from_paper: paper.inputs[0].checked,
    });
    result.append(statusMessage('Het initiatief is opgeslagen. '),
      h('a', { class: 'utrecht-link', href: `/initiatieven/${id}` }, 'Naar het initiatief'));
    onSaved();
    return [];
  });
}

async function renderList(main, user) {
  startPage(main, 'Initiatieven', 'Bewonersinitiatieven');
  try {
    main.append(await figuresSection());
  } catch (err) {
    showLoadError(main, err, user, what);
    return;
  }
  if (!isStaff(user)) {
    main.append(paragraph('Met uw rol ziet u de cijfers. De initiatieven zelf zien de wijkteams, analisten en beheerders.'));
    return;
  }
  main.append(remindersBlock({ user, kind: 'initiatief' }));
  let options;
  try {
    options = await get('/api/initiatives/options');
  } catch (err) {
    showLoadError(main, err, user, what);
    return;
  }
  const wijk = selectField({
    label: 'Wijk', name: 'wijk', value: '',
    options: [{ value: '', label: 'Alle wijken' }, ...options.wijken.map((w) => ({ value: w.code, label: w.name || w.code }))],
  });
  const state = selectField({
    label: 'Stand', name: 'state', value: '',
    options: [{ value: '', label: 'Alle' }, ...options.states.filter((s) => s !== 'onbevestigd').map((s) => ({ value: s, label: STATE_LABEL[s] }))],
  });
  const overdueBox = h('div');
  const listBox = h('div', { 'aria-live': 'polite' });
  const columns = [
    { key: 'title', label: 'Initiatief', cell: (i) => h('a', { class: 'utrecht-link', href: `/initiatieven/${i.id}` }, i.title) },
    { key: 'wijk_name', label: 'Wijk' },
    { key: 'buurt_name', label: 'Buurt' },
    { key: 'state', label: 'Stand', value: stateText },
    { key: 'supports', label: 'Steun', numeric: true, cell: (i) => `${int(i.supports)} van ${int(i.needed)} nodig` },
    { key: 'decision_due', label: 'Besluit uiterlijk', value: (i) => i.decision_due || '', cell: (i) => (i.state === 'open' && i.decision_due ? day(i.decision_due) : NONE) },
  ];
  async function load() {
    const q = new URLSearchParams();
    if (wijk.select.value) q.set('wijk', wijk.select.value);
    if (state.select.value) q.set('state', state.select.value);
    const [{ initiatives }, overdue] = await Promise.all([get(`/api/initiatives?${q}`), get('/api/initiatives?overdue=1')]);
    replace(listBox, dataTable(columns, initiatives, { caption: `${initiatives.length} initiatieven`, rowHeader: 'title', sortable: true }));
    replace(overdueBox, overdue.initiatives.length
      ? dataTable(columns, overdue.initiatives, { caption: 'Besluit te laat', rowHeader: 'title' })
      : paragraph('Er zijn geen initiatieven waarover het besluit te laat is.'));
  }
  wijk.select.addEventListener('change', () => load().catch((err) => listBox.append(errorBlock(err))));
  state.select.addEventListener('change', () => load().catch((err) => listBox.append(errorBlock(err))));
  main.append(
    section('Herinneringen: besluit te laat', paragraph(`Het wijkteam beslist binnen ${options.settings.decision_weeks} weken nadat de meerderheid is bereikt.`), overdueBox),
    section('Alle initiatieven', h('div', { class: 'lb-filters' }, wijk.wrapper, state.wrapper), listBox),
    section('Initiatief invoeren', paragraph('Voor een initiatief dat op papier, per telefoon of aan de keukentafel binnenkwam.'),
      entryForm(options, () => load())));
  try {
    await load();
  } catch (err) {
    listBox.append(errorBlock(err, 'de initiatieven'));
  }
}

async function renderDetail(main, user, id) {
  startPage(main, 'Initiatief');
  if (!isStaff(user)) {
    main.append(paragraph('Met uw rol ziet u de cijfers op de pagina Initiatieven.'));
    return;
  }
  let i;
  let options;
  try {
    [i, options] = await Promise.all([get(`/api/initiatives/${encodeURIComponent(id)}`), get('/api/initiatives/options')]);
  } catch (err) {
    if (err.status === 404) {
      main.append(paragraph(err.message));
      return;
    }
    showLoadError(main, err, user, what);
    return;
  }
  startPage(main, i.title);
  const reload = () => renderDetail(main, user, id);
  main.append(paragraph(h('a', { class: 'utrecht-link', href: '/initiatieven' }, 'Terug naar de initiatieven')));
  const facts = [
    ['Stand', stateText(i)],
    ['Soort', TYPE_LABEL[i.type] || i.type],
    ['Buurt', `${i.buurt_name} (${i.wijk_name})`],
    ['Beschrijving', i.description],
    ['Gevraagd', [i.asked_amount ? euro(i.asked_amount) : null, i.asked_hours ? `${int(i.asked_hours)} uur` : null, i.asked_materials || null].filter(Boolean).join(', ') || NONE],
    ['Gevraagd aan', i.asked_organisation || NONE],
    ['Ingediend', `${day(i.created_at)} via ${i.source === 'portaal' ? 'het bewonersportaal' : (i.source === 'papier' ? 'papier' : 'een medewerker')}${i.entered_by ? ` (ingevoerd door ${i.entered_by})` : ''}`],
    ['Huishoudens', `${int(i.households)} (${areaText(i.gebied, i.buurt_name)} ${i.households_text || ''})`],
    ['Steun', `${int(i.supports)} steunbetuigingen; ${int(i.needed)} nodig voor een meerderheid${i.supported ? ' – de meerderheid is bereikt' : ''}`],
    ['Besluit uiterlijk', i.decision_due ? `${day(i.decision_due)}${i.overdue ? ' (te laat)' : ''}` : NONE],
  ];
  if (i.decided_at) facts.push(['Besluit', `${STATE_LABEL[i.state === 'afgewezen' ? 'afgewezen' : 'goedgekeurd']} op ${day(i.decided_at)} door ${i.decided_by}`]);
  if (i.refusal_reason) facts.push(['Reden', i.refusal_reason]);
  if (i.realised_at) facts.push(['Gerealiseerd', day(i.realised_at)]);
  if (i.evaluation) facts.push(['Evaluatie', i.evaluation]);
  main.append(section('Gegevens', h('dl', { class: 'lb-facts' }, facts.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]))));
  main.append(section('Gebied', areaMap(i.gebied_geojson, `${areaText(i.gebied, i.buurt_name)} Steun telt alleen van adressen in dit gebied.`)));
  if (i.pledges.length) {
    main.append(section('Toezeggingen', dataTable([
      { key: 'organisation', label: 'Organisatie' },
      { key: 'amount', label: 'Geld', numeric: true, cell: (p) => euro(p.amount) },
      { key: 'hours', label: 'Uren', numeric: true, cell: (p) => int(p.hours) },
      { key: 'means', label: 'Middelen', cell: (p) => p.means || NONE },
    ], i.pledges, { caption: 'Wat elke organisatie bijdraagt', rowHeader: 'organisation' })));
  }
  // Supports: the paper list, and who entered what.
  const supportParts = [];
  if (i.state === 'open') {
    const postcode = textField({ label: 'Postcode', name: 'postcode' });
    const huisnummer = textField({ label: 'Huisnummer', name: 'huisnummer' });
    const toevoeging = textField({ label: 'Toevoeging (mag leeg)', name: 'toevoeging' });
    supportParts.push(h('h3', { class: 'utrecht-heading-3' }, 'Steun van een papieren lijst invoeren'),
      formOf([postcode.wrapper, huisnummer.wrapper, toevoeging.wrapper], 'Steun toevoegen', async (result) => {
        const answer = await post(`/api/initiatives/${i.id}/supports`, {
          postcode: postcode.input.value, huisnummer: huisnummer.input.value, toevoeging: toevoeging.input.value,
        });
        result.append(statusMessage(`Toegevoegd: nu ${answer.supports} van ${answer.needed} nodig.${answer.supported ? ' De meerderheid is bereikt.' : ''}`));
        postcode.input.value = '';
        huisnummer.input.value = '';
        toevoeging.input.value = '';
        return [];
      }));
  }
  supportParts.push(dataTable([
    { key: 'address', label: 'Adres' },
    { key: 'source', label: 'Via', value: (s) => (s.source === 'papier' ? 'papieren lijst' : 'portaal') },
    { key: 'entered_by', label: 'Ingevoerd door', value: (s) => s.entered_by || NONE },
    { key: 'created_at', label: 'Datum', cell: (s) => dateTime(s.created_at) },
  ], i.support_list, { caption: `${i.support_list.length} steunbetuigingen (één per adres)`, rowHeader: 'address' }));
  main.append(section('Steun', supportParts));

  if (i.state === 'open') {
    const decision = choiceFieldset({
      legend: 'Besluit', name: 'decision', options: [{ value: 'goedgekeurd', label: 'Goedkeuren' }, { value: 'afgewezen', label: 'Afwijzen' }], checked: 'goedgekeurd',
    });
    const reason = textArea({ label: 'Reden bij afwijzen', name: 'reason', rows: 3 });
    const pledgeFields = options.organisations.map((o) => ({
      o,
      amount: textField({ label: `${o.name}: bedrag in euro`, name: `amount-${o.id}`, attrs: { inputmode: 'decimal' } }),
      hours: textField({ label: `${o.name}: uren`, name: `hours-${o.id}`, attrs: { inputmode: 'numeric' } }),
      means: textField({ label: `${o.name}: middelen`, name: `means-${o.id}` }),
    }));
    const pledgeBox = h('fieldset', { class: 'utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset', 'data-field': 'pledges' },
      h('legend', { class: 'utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend' }, 'Toezeggingen per organisatie'),
      pledgeFields.map((p) => [p.amount.wrapper, p.hours.wrapper, p.means.wrapper]));
    main.append(section('Besluit van het wijkteam',
      i.supported ? null : paragraph(`Goedkeuren kan pas bij een meerderheid (${int(i.needed)} steunbetuigingen). Afwijzen kan altijd.`),
      formOf([decision.wrapper, reason.wrapper, pledgeBox], 'Besluit opslaan', async () => {
        const value = decision.inputs.find((x) => x.checked).value;
        await post(`/api/initiatives/${i.id}/decision`, {
          decision: value,
          reason: reason.input.value,
          pledges: pledgeFields.map((p) => ({
            organisation_id: p.o.id, amount: p.amount.input.value, hours: p.hours.input.value, means: p.means.input.value,
          })),
        });
        await reload();
        return [];
      })));
  }
  if (i.state === 'goedgekeurd' || i.state === 'gerealiseerd') {
    const next = i.state === 'goedgekeurd' ? 'gerealiseerd' : 'geevalueerd';
    const evaluation = textArea({ label: next === 'geevalueerd' ? 'Evaluatie' : 'Toelichting (mag leeg)', name: 'evaluation', rows: 3 });
    main.append(section(next === 'gerealiseerd' ? 'Realisatie' : 'Evaluatie',
      formOf([evaluation.wrapper], next === 'gerealiseerd' ? 'Markeer als gerealiseerd' : 'Evaluatie opslaan', async () => {
        await post(`/api/initiatives/${i.id}/state`, { state: next, evaluation: evaluation.input.value });
        await reload();
        return [];
      })));
  }
}

export async function render(main, { user, params = [] }) {
  if (params[0]) return renderDetail(main, user, params[0]);
  return renderList(main, user);
}
