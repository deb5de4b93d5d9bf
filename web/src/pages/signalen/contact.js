// One contact moment (/signalen/<id>): its details, the follow-up (referral, date, status) and the
// follow-up notes. Only for the recording organisation and the wijk's team; others get a message
// that they see counts only.
import { h, replace } from '../../shared/dom.js';
import { get, post } from '../../shared/api.js';
import { startPage, paragraph, section, factList } from '../../shared/page.js';
import { errorBlock, loadForPage } from '../../shared/page-errors.js';
import { textField, textArea, selectField, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { dateText } from '../../shared/dates.js';
import { labeller } from './labels.js';

function followUpForm(contact, choices, onSaved) {
  const referral = selectField({
    label: 'Doorverwezen naar', name: 'referral',
    options: [{ value: '', label: 'Niet doorverwezen' }, ...choices.referrals], value: contact.referral,
  });
  const date = textField({ label: 'Datum opvolging', name: 'follow_up_date', type: 'date', value: contact.follow_up_date });
  const status = selectField({ label: 'Stand van de opvolging', name: 'follow_up_status', options: choices.statuses, value: contact.follow_up_status });
  return submitForm({
    label: 'Opvolging',
    parts: [referral.wrapper, date.wrapper, status.wrapper],
    submitLabel: 'Opvolging opslaan',
    send: async () => {
      await post(`/api/v1/signalen/${contact.id}`, {
        referral: referral.select.value,
        follow_up_date: date.input.value.trim(),
        follow_up_status: status.select.value,
      });
      onSaved('De opvolging is opgeslagen.');
    },
  }).form;
}

function noteForm(contact, onSaved) {
  const note = textArea({
    label: 'Nieuwe notitie', name: 'note', maxlength: 2000,
    description: 'Wat is er gedaan of afgesproken? Geen namen, BSN of medische gegevens.',
  });
  return submitForm({
    label: 'Notitie toevoegen',
    parts: [note.wrapper],
    submitLabel: 'Notitie toevoegen',
    check: () => (note.input.value.trim() ? [] : [{ field: 'note', message: 'Schrijf wat er is gedaan of afgesproken.' }]),
    send: async () => {
      await post(`/api/v1/signalen/${contact.id}/notities`, { note: note.input.value.trim() });
      onSaved('De notitie is toegevoegd.');
    },
  }).form;
}

export async function renderContact(main, user, idText, message = '') {
  startPage(main, 'Contactmoment');
  const back = paragraph(h('a', { class: 'utrecht-link', href: '/signalen' }, 'Terug naar de signalen'));
  if (!/^\d{1,15}$/.test(idText)) {
    main.append(errorBlock({ message: 'Dit contactmoment bestaat niet.' }, 'het contactmoment'), back);
    return;
  }
  // Someone who sees counts only is told so, in a warning rather than an error.
  const loaded = await loadForPage(main, {
    user,
    what: 'het contactmoment',
    onForbidden: (err) => main.append(h('div', { class: 'utrecht-alert utrecht-alert--warning', role: 'status' }, paragraph(err.message))),
  }, () => Promise.all([get('/api/v1/signalen/keuzes'), get(`/api/v1/signalen/${idText}`)]));
  if (!loaded) {
    main.append(back);
    return;
  }
  const [choices, contact] = loaded;
  const label = labeller(choices);
  startPage(main, `Contactmoment van ${dateText(contact.date)}`,
    `Contactmoment van ${dateText(contact.date)} in ${label.wijk(contact.wijk)}`);
  const address = contact.postcode
    ? `${contact.postcode.slice(0, 4)} ${contact.postcode.slice(4)}, nummer ${contact.huisnummer}${contact.toevoeging ? ` ${contact.toevoeging}` : ''}`
    : '';
  if (message) main.append(statusMessage(message));
  main.append(back,
    paragraph('U ziet dit contactmoment omdat uw organisatie het vastlegde of omdat u in deze wijk werkt. '
      + 'Dat u het hebt bekeken, staat in het logboek.'),
    section('Gegevens', factList([
      ['Datum', dateText(contact.date)],
      ['Wijk', label.wijk(contact.wijk)],
      ['Buurt', label.buurt(contact.buurt)],
      ['Soort contact', label.of(contact.kind)],
      ['Signalen', contact.signals.map(label.of).join(', ')],
      ['Adres', address],
      ['Referentie', contact.resident_ref],
      ['Notitie', contact.note],
      ['Vastgelegd door', `${contact.organisation} (${contact.recorded_by})`],
    ].map(([term, value]) => [term, value || '–']), { termClass: 'lb-dl__term', valueClass: 'lb-dl__value' })));
  const notesBox = h('div', {});
  const reload = (text) => renderContact(main, user, idText, text);
  replace(notesBox, contact.notes.length
    ? h('ul', { class: 'utrecht-unordered-list lb-notes' },
      contact.notes.map((n) => h('li', {}, h('strong', {}, `${dateText(n.date)} (${n.by}): `), n.note)))
    : paragraph('Er zijn nog geen notities.'));
  main.append(
    section('Opvolging', followUpForm(contact, choices, reload)),
    section('Notities over de opvolging', notesBox, noteForm(contact, reload)));
}
