// The yearly campaigns on the residents' portal (no account): ask for a Christmas tree for your
// street, nominate a superbuur, and the confirmation link from the e-mail. Only while a campaign is
// open; a closed one says when it opens. Routes: /portaal/kerstboom, /portaal/superbuur,
// /portaal/actie-bevestigen#<token>.
import { h, append } from '../../shared/dom.js';
import { startPage, paragraph, section, bulletList } from '../../shared/page.js';
import { loadForPage } from '../../shared/page-errors.js';
import { textField, textArea, buurtSelect, choiceFieldset } from '../../shared/fields.js';
import { euro } from '../../shared/format.js';
import { dateText } from '../../shared/dates.js';
import { get, post, backLink, filled, addressFields, contactFields, portalForm, renderConfirm } from './portal-parts.js';

/** "zaterdag 12-12-2026" */
const longDate = (iso) => dateText(iso, { weekday: true });

const back = () => backLink('Terug naar het bewonersportaal');

/** The links on the portal's front page. */
export function campaignLinks() {
  return section('Acties in uw buurt',
    paragraph('Elk jaar zijn er acties voor de buurt. Doe mee als de actie open is.'),
    bulletList([
      h('a', { class: 'utrecht-link', href: '/portaal/kerstboom' }, 'Een kerstboom aanvragen voor uw straat'),
      h('a', { class: 'utrecht-link', href: '/portaal/superbuur' }, 'Een superbuur nomineren')]));
}

function closedNotice(name, c) {
  return h('div', { class: 'utrecht-alert utrecht-alert--info lb-campaign-closed', role: 'status' },
    paragraph(`De ${name} is nu gesloten.`),
    paragraph(c.opens_next ? `U kunt weer meedoen vanaf ${dateText(c.opens_next)}.` : 'Kijk later nog eens.'));
}

/**
 * The start of a campaign's page: the heading, the link back and intro(campaign); answers
 * {campaign, options} while the campaign is open, else null after saying that it is closed (or
 * that the page could not be loaded). kind: kerstbomen or superbuur; name: the campaign in words.
 */
async function openCampaign(main, { title, kind, name, intro }) {
  startPage(main, title);
  main.append(back());
  const loaded = await loadForPage(main, { what: 'de actie' },
    () => Promise.all([get('/api/v1/portaal/campagnes'), get('/api/v1/portaal/keuzes')]));
  if (!loaded) return null;
  const [campaigns, options] = loaded;
  const wijkName = new Map(options.wijken.map((w) => [w.code, w.name || w.code]));
  options.buurten.forEach((b) => { b.wijk_name = wijkName.get(b.wijk); });
  const campaign = campaigns[kind];
  append(main, intro(campaign));
  if (!campaign.open) {
    main.append(closedNotice(name, campaign));
    return null;
  }
  return { campaign, options };
}

async function renderTree(main) {
  const open = await openCampaign(main, {
    title: 'Kerstboom aanvragen',
    kind: 'kerstbomen',
    name: 'kerstbomenactie',
    intro: (c) => [paragraph('Wilt u een kerstboom in uw straat? Vraag hem hier aan. Per straat kan dat één keer per jaar: '
      + 'spreek het dus even af met uw buren.'),
    c.contribution ? paragraph(`De actie betaalt ${euro(c.contribution)} mee aan de versiering van de boom.`) : null],
  });
  if (!open) return;
  const { campaign: c, options } = open;
  const address = addressFields();
  const street = textField({ label: 'Uw straat', name: 'street', autocomplete: 'address-line1', description: 'Alleen de naam van de straat, zoals Kerkstraat.' });
  const buurt = buurtSelect({ label: 'Uw buurt', buurten: options.buurten, description: 'We vinden de buurt niet bij uw adres. Kies hem hier.' });
  buurt.wrapper.hidden = true;
  const pickup = c.pickup_days.length ? choiceFieldset({
    legend: 'Wanneer haalt u de boom op?', name: 'pickup_on',
    options: c.pickup_days.map((d) => ({ value: d, label: longDate(d) })), checked: null,
  }) : null;
  const contact = contactFields('We sturen u een link om de aanvraag te bevestigen.');
  const form = portalForm({
    label: 'Kerstboom aanvragen',
    parts: [...address.wrappers, street.wrapper, buurt.wrapper,
      pickup ? pickup.wrapper : paragraph('De ophaaldag hoort u van het wijkteam.'), ...contact.wrappers],
    submitLabel: 'Kerstboom aanvragen',
    check: () => [
      ...address.errors(),
      !filled(street) && { field: 'street', message: 'Vul de naam van uw straat in.' },
      !buurt.wrapper.hidden && !filled(buurt) && { field: 'buurt', message: 'Kies uw buurt.' },
      pickup && !pickup.inputs.some((i) => i.checked) && { field: 'pickup_on', message: 'Kies de dag waarop u de boom ophaalt.' },
      ...contact.errors(),
    ].filter(Boolean),
    send: () => post('/api/v1/portaal/campagnes/kerstbomen', {
      ...address.body(), street: street.input.value, buurt: buurt.select.value,
      pickup_on: pickup ? (pickup.inputs.find((i) => i.checked) || { value: '' }).value : '',
      ...contact.body(),
    }),
    onFieldError: (field) => { if (field === 'buurt') buurt.wrapper.hidden = false; },
  });
  main.append(section('Uw aanvraag',
    paragraph('We gebruiken uw adres om te zien in welke buurt uw straat ligt, en uw e-mailadres alleen voor de bevestigingslink. '
      + 'Na de bevestiging bewaren we alleen de straat, de buurt en de ophaaldag.'),
    form));
}

async function renderNomination(main) {
  const open = await openCampaign(main, {
    title: 'Superbuur nomineren',
    kind: 'superbuur',
    name: 'superbuuractie',
    intro: () => [paragraph('Kent u iemand die veel doet voor de buren? Die altijd klaarstaat, een praatje maakt of helpt? '
      + 'Nomineer deze buur dan als superbuur. Het wijkteam kiest de superburen en verrast hen.')],
  });
  if (!open) return;
  const { options } = open;
  const nominee = textField({ label: 'Naam van de superbuur', name: 'nominee', autocomplete: 'off', description: 'Een voornaam is genoeg.' });
  const postcode = textField({ label: 'Postcode van de superbuur (mag leeg)', name: 'postcode', autocomplete: 'off' });
  const huisnummer = textField({ label: 'Huisnummer van de superbuur (mag leeg)', name: 'huisnummer', autocomplete: 'off' });
  const buurt = buurtSelect({ label: 'Buurt van de superbuur', buurten: options.buurten, description: 'Weet u het adres niet? Kies dan de buurt.' });
  const motivation = textArea({ label: 'Waarom is dit een superbuur?', name: 'motivation' });
  const contact = contactFields('We sturen u een link om de nominatie te bevestigen.');
  const form = portalForm({
    label: 'Superbuur nomineren',
    parts: [nominee.wrapper,
      h('h3', { class: 'utrecht-heading-3' }, 'Waar woont de superbuur?'),
      paragraph('Vul het adres in, of kies de buurt. We bewaren alleen de buurt.'),
      postcode.wrapper, huisnummer.wrapper, buurt.wrapper, motivation.wrapper, ...contact.wrappers],
    submitLabel: 'Superbuur nomineren',
    check: () => [
      !filled(nominee) && { field: 'nominee', message: 'Vul de naam van de superbuur in.' },
      !filled(postcode) && !filled(buurt) && { field: 'buurt', message: 'Vul het adres van de superbuur in, of kies de buurt.' },
      filled(postcode) && !filled(huisnummer) && { field: 'huisnummer', message: 'Vul ook het huisnummer in.' },
      !filled(motivation) && { field: 'motivation', message: 'Vertel waarom deze buur een superbuur is.' },
      ...contact.errors(),
    ].filter(Boolean),
    send: () => post('/api/v1/portaal/campagnes/superbuur', {
      nominee: nominee.input.value, postcode: postcode.input.value, huisnummer: huisnummer.input.value,
      buurt: buurt.select.value, motivation: motivation.input.value, ...contact.body(),
    }),
  });
  main.append(section('Uw nominatie', form));
}

/** Renders a campaign page of the portal; answers false when the path is not one. */
export async function renderCampaignPage(main, what, arg) {
  if (what === 'kerstboom') await renderTree(main);
  else if (what === 'superbuur') await renderNomination(main);
  // The token after '#' (never sent to a server); a path segment for links sent earlier.
  else if (what === 'actie-bevestigen' && (arg || location.hash.length > 1)) {
    await renderConfirm(main, '/api/v1/portaal/campagnes/bevestigingen', arg || location.hash.slice(1), back());
  } else return false;
  return true;
}
