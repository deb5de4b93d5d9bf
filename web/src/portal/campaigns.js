// The yearly campaigns on the residents' portal (no account): ask for a Christmas tree for your
// street, nominate a superbuur, and the confirmation link from the e-mail. Only while a campaign is
// open; a closed one says when it opens. Routes: /portaal/kerstboom, /portaal/superbuur,
// /portaal/actie-bevestigen#<token>.
import { h, replace } from '../dom.js';
import { api } from '../api.js';
import { startPage, paragraph, section, errorBlock } from '../page.js';
import {
  textField, choiceFieldset, button, showErrors, clearErrors, statusMessage,
} from '../forms.js';
import { euro } from '../format.js';
import { textArea, buurtSelect, honeypotField } from '../initiative-forms.js';

const get = (path) => api(path, { redirect401: false });
const post = (path, json) => api(path, { method: 'POST', json, redirect401: false });

/** "zaterdag 12 december 2026" */
const longDate = (iso) => new Date(`${iso}T12:00:00`).toLocaleDateString('nl-NL', {
  weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
});
const shortDate = (iso) => new Date(`${iso}T12:00:00`).toLocaleDateString('nl-NL', {
  day: 'numeric', month: 'long', year: 'numeric',
});

function backLink() {
  return paragraph(h('a', { class: 'utrecht-link', href: '/portaal' }, 'Terug naar het bewonersportaal'));
}

/** The links on the portal's front page. */
export function campaignLinks() {
  return section('Acties in uw buurt',
    paragraph('Elk jaar zijn er acties voor de buurt. Doe mee als de actie open is.'),
    h('ul', { class: 'utrecht-unordered-list' },
      h('li', {}, h('a', { class: 'utrecht-link', href: '/portaal/kerstboom' }, 'Een kerstboom aanvragen voor uw straat')),
      h('li', {}, h('a', { class: 'utrecht-link', href: '/portaal/superbuur' }, 'Een superbuur nomineren'))));
}

function closedNotice(name, c) {
  return h('div', { class: 'utrecht-alert utrecht-alert--info lb-campaign-closed', role: 'status' },
    paragraph(`De ${name} is nu gesloten.`),
    paragraph(c.opens_next ? `U kunt weer meedoen vanaf ${shortDate(c.opens_next)}.` : 'Kijk later nog eens.'));
}

/** A form that posts its fields; the server's errors show at the fields and in the summary. */
function portalForm({ label, parts, submitLabel, check, send, onFieldError }) {
  const summary = h('div', { hidden: true });
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true, 'aria-label': label },
    summary, parts, h('div', { class: 'lb-actions' }, button(submitLabel, { primary: true, type: 'submit' })));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    const errors = check();
    if (errors.length) {
      showErrors(form, summary, errors);
      return;
    }
    try {
      const answer = await send();
      form.replaceWith(statusMessage(answer.message));
    } catch (err) {
      if (onFieldError) onFieldError(err.field);
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
    }
  });
  return form;
}

const filled = (f) => (f.input || f.select).value.trim() !== '';

async function loadCampaigns(main) {
  try {
    const [campaigns, options] = await Promise.all([get('/api/portal/campaigns'), get('/api/portal/options')]);
    const wijkName = new Map(options.wijken.map((w) => [w.code, w.name || w.code]));
    options.buurten.forEach((b) => { b.wijk_name = wijkName.get(b.wijk); });
    return { campaigns, options };
  } catch (err) {
    main.append(errorBlock(err, 'de actie'));
    return null;
  }
}

async function renderTree(main) {
  startPage(main, 'Kerstboom aanvragen');
  main.append(backLink());
  const loaded = await loadCampaigns(main);
  if (!loaded) return;
  const c = loaded.campaigns.kerstbomen;
  main.append(paragraph('Wilt u een kerstboom in uw straat? Vraag hem hier aan. Per straat kan dat één keer per jaar: '
    + 'spreek het dus even af met uw buren.'),
  c.contribution ? paragraph(`De actie betaalt ${euro(c.contribution)} mee aan de versiering van de boom.`) : null);
  if (!c.open) {
    main.append(closedNotice('kerstbomenactie', c));
    return;
  }
  const postcode = textField({ label: 'Uw postcode', name: 'postcode', autocomplete: 'postal-code' });
  const huisnummer = textField({ label: 'Uw huisnummer', name: 'huisnummer', autocomplete: 'off' });
  const toevoeging = textField({ label: 'Toevoeging (mag leeg)', name: 'toevoeging', autocomplete: 'off' });
  const street = textField({ label: 'Uw straat', name: 'street', autocomplete: 'address-line1', description: 'Alleen de naam van de straat, zoals Kerkstraat.' });
  const buurt = buurtSelect({ label: 'Uw buurt', buurten: loaded.options.buurten, description: 'We vinden de buurt niet bij uw adres. Kies hem hier.' });
  buurt.wrapper.hidden = true;
  const pickup = c.pickup_days.length ? choiceFieldset({
    legend: 'Wanneer haalt u de boom op?', name: 'pickup_on',
    options: c.pickup_days.map((d) => ({ value: d, label: longDate(d) })), checked: null,
  }) : null;
  const email = textField({ label: 'Uw e-mailadres', name: 'email', type: 'email', autocomplete: 'email', description: 'We sturen u een link om de aanvraag te bevestigen.' });
  const trap = honeypotField();
  const form = portalForm({
    label: 'Kerstboom aanvragen',
    parts: [postcode.wrapper, huisnummer.wrapper, toevoeging.wrapper, street.wrapper, buurt.wrapper,
      pickup ? pickup.wrapper : paragraph('De ophaaldag hoort u van het wijkteam.'), email.wrapper, trap.wrapper],
    submitLabel: 'Kerstboom aanvragen',
    check: () => [
      !filled(postcode) && { field: 'postcode', message: 'Vul uw postcode in.' },
      !filled(huisnummer) && { field: 'huisnummer', message: 'Vul uw huisnummer in.' },
      !filled(street) && { field: 'street', message: 'Vul de naam van uw straat in.' },
      !buurt.wrapper.hidden && !filled(buurt) && { field: 'buurt', message: 'Kies uw buurt.' },
      pickup && !pickup.inputs.some((i) => i.checked) && { field: 'pickup_on', message: 'Kies de dag waarop u de boom ophaalt.' },
      !filled(email) && { field: 'email', message: 'Vul uw e-mailadres in.' },
    ].filter(Boolean),
    send: () => post('/api/portal/campaigns/kerstbomen', {
      postcode: postcode.input.value, huisnummer: huisnummer.input.value, toevoeging: toevoeging.input.value,
      street: street.input.value, buurt: buurt.select.value,
      pickup_on: pickup ? (pickup.inputs.find((i) => i.checked) || { value: '' }).value : '',
      email: email.input.value, website: trap.input.value,
    }),
    onFieldError: (field) => { if (field === 'buurt') buurt.wrapper.hidden = false; },
  });
  main.append(section('Uw aanvraag',
    paragraph('We gebruiken uw adres om te zien in welke buurt uw straat ligt, en uw e-mailadres alleen voor de bevestigingslink. '
      + 'Na de bevestiging bewaren we alleen de straat, de buurt en de ophaaldag.'),
    form));
}

async function renderNomination(main) {
  startPage(main, 'Superbuur nomineren');
  main.append(backLink());
  const loaded = await loadCampaigns(main);
  if (!loaded) return;
  const c = loaded.campaigns.superbuur;
  main.append(paragraph('Kent u iemand die veel doet voor de buren? Die altijd klaarstaat, een praatje maakt of helpt? '
    + 'Nomineer deze buur dan als superbuur. Het wijkteam kiest de superburen en verrast hen.'));
  if (!c.open) {
    main.append(closedNotice('superbuuractie', c));
    return;
  }
  const nominee = textField({ label: 'Naam van de superbuur', name: 'nominee', autocomplete: 'off', description: 'Een voornaam is genoeg.' });
  const postcode = textField({ label: 'Postcode van de superbuur (mag leeg)', name: 'postcode', autocomplete: 'off' });
  const huisnummer = textField({ label: 'Huisnummer van de superbuur (mag leeg)', name: 'huisnummer', autocomplete: 'off' });
  const buurt = buurtSelect({ label: 'Buurt van de superbuur', buurten: loaded.options.buurten, description: 'Weet u het adres niet? Kies dan de buurt.' });
  const motivation = textArea({ label: 'Waarom is dit een superbuur?', name: 'motivation' });
  const email = textField({ label: 'Uw e-mailadres', name: 'email', type: 'email', autocomplete: 'email', description: 'We sturen u een link om de nominatie te bevestigen.' });
  const trap = honeypotField();
  const form = portalForm({
    label: 'Superbuur nomineren',
    parts: [nominee.wrapper,
      h('h3', { class: 'utrecht-heading-3' }, 'Waar woont de superbuur?'),
      paragraph('Vul het adres in, of kies de buurt. We bewaren alleen de buurt.'),
      postcode.wrapper, huisnummer.wrapper, buurt.wrapper, motivation.wrapper, email.wrapper, trap.wrapper],
    submitLabel: 'Superbuur nomineren',
    check: () => [
      !filled(nominee) && { field: 'nominee', message: 'Vul de naam van de superbuur in.' },
      !filled(postcode) && !filled(buurt) && { field: 'buurt', message: 'Vul het adres van de superbuur in, of kies de buurt.' },
      filled(postcode) && !filled(huisnummer) && { field: 'huisnummer', message: 'Vul ook het huisnummer in.' },
      !filled(motivation) && { field: 'motivation', message: 'Vertel waarom deze buur een superbuur is.' },
      !filled(email) && { field: 'email', message: 'Vul uw e-mailadres in.' },
    ].filter(Boolean),
    send: () => post('/api/portal/campaigns/superbuur', {
      nominee: nominee.input.value, postcode: postcode.input.value, huisnummer: huisnummer.input.value,
      buurt: buurt.select.value, motivation: motivation.input.value, email: email.input.value, website: trap.input.value,
    }),
  });
  main.append(section('Uw nominatie', form));
}

async function renderConfirm(main, token) {
  startPage(main, 'Bevestigen');
  const box = h('div');
  main.append(box, backLink());
  try {
    const answer = await post('/api/portal/campaigns/verify', { token });
    replace(box, statusMessage(answer.message));
  } catch (err) {
    replace(box, h('div', { class: 'utrecht-alert utrecht-alert--error', role: 'alert' }, paragraph(err.message)));
  }
}

/** Renders a campaign page of the portal; answers false when the path is not one. */
export async function renderCampaignPage(main, what, arg) {
  if (what === 'kerstboom') await renderTree(main);
  else if (what === 'superbuur') await renderNomination(main);
  // The token after '#' (never sent to a server); a path segment for links sent earlier.
  else if (what === 'actie-bevestigen' && (arg || location.hash.length > 1)) await renderConfirm(main, arg || location.hash.slice(1));
  else return false;
  return true;
}
