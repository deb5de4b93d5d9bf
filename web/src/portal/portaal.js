// The residents' portal: no account. Open initiatives per wijk with their support so far (counts
// only), submitting an initiative, supporting one (one per address), and the confirmation link
// from the e-mail. Routes: /portaal, /portaal/indienen, /portaal/steunen/<id>,
// /portaal/bevestigen#<token>; the yearly campaigns in campaigns.js.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { startPage, paragraph, section, errorBlock } from '../page.js';
import { textField, selectField, button, showErrors, clearErrors, statusMessage } from '../forms.js';
import { int } from '../format.js';
import { TYPE_LABEL, textArea, buurtSelect, honeypotField } from '../initiative-forms.js';
import { areaPicker } from '../area-draw.js';
import { campaignLinks, renderCampaignPage } from './campaigns.js';

const get = (path) => api(path, { redirect401: false });
const post = (path, json) => api(path, { method: 'POST', json, redirect401: false });

function backLink() {
  return paragraph(h('a', { class: 'utrecht-link', href: '/portaal' }, 'Terug naar de initiatieven'));
}

function supportText(i) {
  if (i.state === 'goedgekeurd') return `Goedgekeurd: ${int(i.supports)} huishoudens steunden het.`;
  const base = `${int(i.supports)} van de ${int(i.households)} huishoudens steunen dit. Nodig voor een meerderheid: ${int(i.needed)}.`;
  return i.supported ? `${base} Er is een meerderheid: het wijkteam beslist nu.` : base;
}

async function renderList(main, wijk) {
  startPage(main, 'Bewonersportaal', 'Initiatieven in uw wijk');
  main.append(
    paragraph('Hebt u een idee voor uw buurt, zoals een buurtfeest, een moestuin of bankjes? Dien het hier in. '
      + 'Als meer dan de helft van de huishoudens in de buurt het steunt, helpen de gemeente, de woningcorporatie '
      + 'en het welzijnswerk met geld, mensen of middelen.'),
    paragraph(h('a', { class: 'utrecht-link', href: '/portaal/indienen' }, 'Een initiatief indienen')),
    campaignLinks());
  let options;
  try {
    options = await get('/api/portal/options');
  } catch (err) {
    main.append(errorBlock(err, 'het portaal'));
    return;
  }
  const choice = selectField({
    label: 'Wijk', name: 'wijk', value: wijk || '',
    options: [{ value: '', label: 'Alle wijken' }, ...options.wijken.map((w) => ({ value: w.code, label: w.name || w.code }))],
  });
  const list = h('div', { 'aria-live': 'polite' });
  main.append(section('Open initiatieven', choice.wrapper, list));
  async function load() {
    const w = choice.select.value;
    replace(list, paragraph('Bezig met laden…'));
    try {
      const { initiatives } = await get(`/api/portal/initiatives${w ? `?wijk=${encodeURIComponent(w)}` : ''}`);
      if (!initiatives.length) {
        replace(list, paragraph('In deze wijk zijn nu geen open initiatieven.'));
        return;
      }
      replace(list, h('ul', { class: 'utrecht-unordered-list lb-initiative-list' }, initiatives.map((i) => h('li', {},
        h('h3', { class: 'utrecht-heading-3' }, i.title),
        paragraph(`${i.buurt_name} (${i.wijk_name}) · ${TYPE_LABEL[i.type] || i.type}`),
        paragraph(i.description),
        paragraph(h('strong', {}, supportText(i))),
        i.state === 'open'
          ? paragraph(h('a', { class: 'utrecht-link', href: `/portaal/steunen/${i.id}` }, `Steun “${i.title}”`))
          : null))));
    } catch (err) {
      replace(list, errorBlock(err, 'de initiatieven'));
    }
  }
  choice.select.addEventListener('change', load);
  await load();
}

async function renderSubmit(main) {
  startPage(main, 'Initiatief indienen');
  main.append(backLink(),
    paragraph('Vul het formulier in. U krijgt daarna een e-mail met een link: pas als u op die link klikt, '
      + 'staat uw initiatief open voor steun. We gebruiken uw e-mailadres alleen voor die link.'));
  let options;
  try {
    options = await get('/api/portal/options');
  } catch (err) {
    main.append(errorBlock(err, 'het formulier'));
    return;
  }
  const summary = h('div', { hidden: true });
  const title = textField({ label: 'Titel van uw idee', name: 'title', description: 'Bijvoorbeeld: Moestuin achter de flat' });
  const description = textArea({ label: 'Beschrijving', name: 'description', description: 'Wat wilt u doen, waar, en voor wie?' });
  const type = selectField({
    label: 'Soort initiatief', name: 'type', value: '',
    options: [{ value: '', label: 'Kies een soort' }, ...options.types.map((t) => ({ value: t, label: TYPE_LABEL[t] || t }))],
  });
  const buurt = buurtSelect({ label: 'Buurt', buurten: options.buurten, description: 'De buurt waar het initiatief plaatsvindt. Of vul hieronder een adres in, of teken het gebied op de kaart.' });
  const postcode = textField({ label: 'Postcode van de plek (mag leeg)', name: 'postcode', autocomplete: 'off' });
  const huisnummer = textField({ label: 'Huisnummer van de plek (mag leeg)', name: 'huisnummer', autocomplete: 'off' });
  const amount = textField({ label: 'Gevraagd bedrag in euro (mag leeg)', name: 'asked_amount', attrs: { inputmode: 'decimal' } });
  const hours = textField({ label: 'Gevraagde hulp in uren (mag leeg)', name: 'asked_hours', attrs: { inputmode: 'numeric' } });
  const materials = textField({ label: 'Gevraagde middelen (mag leeg)', name: 'asked_materials', description: 'Bijvoorbeeld: tafels, een tent, plantenbakken' });
  const email = textField({ label: 'Uw e-mailadres', name: 'email', type: 'email', autocomplete: 'email' });
  const trap = honeypotField();
  const result = h('div');
  const area = areaPicker({ count: (body) => post('/api/portal/households', body), buurtSelect: buurt.select });
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true },
    summary, title.wrapper, description.wrapper, type.wrapper, buurt.wrapper, postcode.wrapper, huisnummer.wrapper, area.wrapper,
    amount.wrapper, hours.wrapper, materials.wrapper, email.wrapper, trap.wrapper,
    h('div', { class: 'lb-actions' }, button('Initiatief indienen', { primary: true, type: 'submit' })), result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    result.replaceChildren();
    const errors = [];
    if (!title.input.value.trim()) errors.push({ field: 'title', message: 'Vul een titel in.' });
    if (!description.input.value.trim()) errors.push({ field: 'description', message: 'Vul een beschrijving in.' });
    if (!type.select.value) errors.push({ field: 'type', message: 'Kies het soort initiatief.' });
    if (area.mode() === 'buurt' && !buurt.select.value && !postcode.input.value.trim()) errors.push({ field: 'buurt', message: 'Kies de buurt of vul het adres van de plek in.' });
    if (area.problem()) errors.push({ field: 'gebied', message: area.problem() });
    if (!email.input.value.trim()) errors.push({ field: 'email', message: 'Vul uw e-mailadres in.' });
    if (errors.length) {
      showErrors(form, summary, errors);
      return;
    }
    try {
      const answer = await post('/api/portal/initiatives', {
        title: title.input.value, description: description.input.value, type: type.select.value,
        buurt: buurt.select.value, postcode: postcode.input.value, huisnummer: huisnummer.input.value, gebied: area.value(),
        asked_amount: amount.input.value, asked_hours: hours.input.value, asked_materials: materials.input.value,
        email: email.input.value, website: trap.input.value,
      });
      form.replaceWith(statusMessage(answer.message));
    } catch (err) {
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
    }
  });
  main.append(form);
}

async function renderSupport(main, id) {
  startPage(main, 'Initiatief steunen');
  main.append(backLink());
  let initiative;
  try {
    const { initiatives } = await get('/api/portal/initiatives');
    initiative = initiatives.find((i) => String(i.id) === String(id) && i.state === 'open');
  } catch (err) {
    main.append(errorBlock(err, 'het initiatief'));
    return;
  }
  if (!initiative) {
    main.append(paragraph('Dit initiatief bestaat niet of verzamelt geen steun meer.'));
    return;
  }
  main.append(section(initiative.title,
    paragraph(`${initiative.buurt_name} (${initiative.wijk_name})`),
    paragraph(initiative.description),
    paragraph(supportText(initiative))));
  const summary = h('div', { hidden: true });
  const postcode = textField({ label: 'Uw postcode', name: 'postcode', autocomplete: 'postal-code' });
  const huisnummer = textField({ label: 'Uw huisnummer', name: 'huisnummer', autocomplete: 'off' });
  const toevoeging = textField({ label: 'Toevoeging (mag leeg)', name: 'toevoeging', autocomplete: 'off' });
  const email = textField({ label: 'Uw e-mailadres', name: 'email', type: 'email', autocomplete: 'email' });
  const trap = honeypotField();
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true },
    h('h2', { class: 'utrecht-heading-2' }, 'Uw steun'),
    paragraph(`${initiative.gebied && initiative.gebied.soort !== 'buurt'
      ? 'Alleen bewoners binnen het gebied van dit initiatief' : `Alleen bewoners van ${initiative.buurt_name}`} kunnen steunen, één keer per adres. `
      + 'We bewaren uw adres alleen om dubbele steun te voorkomen; uw e-mailadres alleen voor de bevestigingslink.'),
    summary, postcode.wrapper, huisnummer.wrapper, toevoeging.wrapper, email.wrapper, trap.wrapper,
    h('div', { class: 'lb-actions' }, button('Steun dit initiatief', { primary: true, type: 'submit' })));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    const errors = [];
    if (!postcode.input.value.trim()) errors.push({ field: 'postcode', message: 'Vul uw postcode in.' });
    if (!huisnummer.input.value.trim()) errors.push({ field: 'huisnummer', message: 'Vul uw huisnummer in.' });
    if (!email.input.value.trim()) errors.push({ field: 'email', message: 'Vul uw e-mailadres in.' });
    if (errors.length) {
      showErrors(form, summary, errors);
      return;
    }
    try {
      const answer = await post(`/api/portal/initiatives/${initiative.id}/supports`, {
        postcode: postcode.input.value, huisnummer: huisnummer.input.value, toevoeging: toevoeging.input.value,
        email: email.input.value, website: trap.input.value,
      });
      form.replaceWith(statusMessage(answer.message));
    } catch (err) {
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
    }
  });
  main.append(form);
}

async function renderConfirm(main, token) {
  startPage(main, 'Bevestigen');
  const box = h('div');
  main.append(box, backLink());
  try {
    const answer = await post('/api/portal/verify', { token });
    replace(box, statusMessage(answer.message));
  } catch (err) {
    replace(box, h('div', { class: 'utrecht-alert utrecht-alert--error', role: 'alert' }, paragraph(err.message)));
  }
}

export async function render(main, { params = [] } = {}) {
  const [what, arg] = params;
  if (await renderCampaignPage(main, what, arg)) return undefined;
  if (what === 'indienen') return renderSubmit(main);
  if (what === 'steunen' && arg) return renderSupport(main, arg);
  // The mail's link carries the token after '#', which the browser never sends to a server (so no
  // request log holds it); /portaal/bevestigen/<token> still works for links sent earlier.
  const token = arg || location.hash.slice(1);
  if (what === 'bevestigen' && token) return renderConfirm(main, token);
  if (what === 'wijk' && arg) return renderList(main, arg);
  return renderList(main, '');
}
