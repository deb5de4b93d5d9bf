// The residents' portal: no account. Open initiatives per wijk with their support so far (counts
// only), submitting an initiative, supporting one (one per address), and the confirmation link
// from the e-mail. Routes: /portaal, /portaal/indienen, /portaal/steunen/<id>,
// /portaal/bevestigen#<token>; the yearly campaigns in campaigns.js.
import { h, replace } from '../../shared/dom.js';
import { startPage, paragraph, section } from '../../shared/page.js';
import { errorBlock, loadForPage } from '../../shared/page-errors.js';
import { textField, textArea, selectField, wijkField, buurtSelect } from '../../shared/fields.js';
import { int } from '../../shared/format.js';
import { TYPE_LABEL } from '../../neighbourhood/words.js';
import { areaPicker } from '../../neighbourhood/initiative-area.js';
import { initiativeErrors, initiativeBody } from '../../neighbourhood/initiative-form.js';
import { get, post, backLink, addressFields, contactFields, portalForm, renderConfirm } from './portal-parts.js';
import { campaignLinks, renderCampaignPage } from './campaigns.js';

const back = () => backLink('Terug naar de initiatieven');

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
  const options = await loadForPage(main, { what: 'het portaal' }, () => get('/api/v1/portaal/keuzes'));
  if (!options) return;
  const choice = wijkField({ wijken: options.wijken, value: wijk || '' });
  const list = h('div', { 'aria-live': 'polite' });
  main.append(section('Open initiatieven', choice.wrapper, list));
  async function load() {
    const w = choice.select.value;
    replace(list, paragraph('Bezig met laden…'));
    try {
      const { initiatives } = await get(`/api/v1/portaal/initiatieven${w ? `?wijk=${encodeURIComponent(w)}` : ''}`);
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
  main.append(back(),
    paragraph('Vul het formulier in. U krijgt daarna een e-mail met een link: pas als u op die link klikt, '
      + 'staat uw initiatief open voor steun. We gebruiken uw e-mailadres alleen voor die link.'));
  const options = await loadForPage(main, { what: 'het formulier' }, () => get('/api/v1/portaal/keuzes'));
  if (!options) return;
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
  const contact = contactFields();
  const area = areaPicker({ count: (body) => post('/api/v1/portaal/huishoudens', body), buurtSelect: buurt.select });
  const fields = {
    title, description, type, buurt, postcode, huisnummer, area, amount, hours, materials,
  };
  const form = portalForm({
    parts: [title.wrapper, description.wrapper, type.wrapper, buurt.wrapper, postcode.wrapper, huisnummer.wrapper, area.wrapper,
      amount.wrapper, hours.wrapper, materials.wrapper, ...contact.wrappers],
    submitLabel: 'Initiatief indienen',
    check: () => [...initiativeErrors(fields, { place: true }), ...contact.errors()],
    send: () => post('/api/v1/portaal/initiatieven', { ...initiativeBody(fields), ...contact.body() }),
  });
  main.append(form);
}

async function renderSupport(main, id) {
  startPage(main, 'Initiatief steunen');
  main.append(back());
  const loaded = await loadForPage(main, { what: 'het initiatief' }, () => get('/api/v1/portaal/initiatieven'));
  if (!loaded) return;
  const initiative = loaded.initiatives.find((i) => String(i.id) === String(id) && i.state === 'open');
  if (!initiative) {
    main.append(paragraph('Dit initiatief bestaat niet of verzamelt geen steun meer.'));
    return;
  }
  main.append(section(initiative.title,
    paragraph(`${initiative.buurt_name} (${initiative.wijk_name})`),
    paragraph(initiative.description),
    paragraph(supportText(initiative))));
  const address = addressFields();
  const contact = contactFields();
  const form = portalForm({
    parts: [...address.wrappers, ...contact.wrappers],
    submitLabel: 'Steun dit initiatief',
    check: () => [...address.errors(), ...contact.errors()],
    send: () => post(`/api/v1/portaal/initiatieven/${initiative.id}/steunbetuigingen`, { ...address.body(), ...contact.body() }),
  });
  form.prepend(
    h('h2', { class: 'utrecht-heading-2' }, 'Uw steun'),
    paragraph(`${initiative.gebied && initiative.gebied.soort !== 'buurt'
      ? 'Alleen bewoners binnen het gebied van dit initiatief' : `Alleen bewoners van ${initiative.buurt_name}`} kunnen steunen, één keer per adres. `
      + 'We bewaren uw adres alleen om dubbele steun te voorkomen; uw e-mailadres alleen voor de bevestigingslink.'));
  main.append(form);
}

export async function render(main, { params = [] } = {}) {
  const [what, arg] = params;
  if (await renderCampaignPage(main, what, arg)) return undefined;
  if (what === 'indienen') return renderSubmit(main);
  if (what === 'steunen' && arg) return renderSupport(main, arg);
  // The mail's link carries the token after '#', which the browser never sends to a server (so no
  // request log holds it); /portaal/bevestigen/<token> still works for links sent earlier.
  const token = arg || location.hash.slice(1);
  if (what === 'bevestigen' && token) return renderConfirm(main, '/api/v1/portaal/bevestigingen', token, back());
  if (what === 'wijk' && arg) return renderList(main, arg);
  return renderList(main, '');
}
