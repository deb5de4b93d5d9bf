// One contact moment (/signalen/<id>): its details, the follow-up (referral, date, status) and the
// follow-up notes. Only for the recording organisation and the wijk's team; others get a message
// that they see counts only.
import { h, replace } from './dom.js';
import { get, post } from './api.js';
import { startPage, paragraph, section, errorBlock } from './page.js';
import {
  textField, selectField, button, showErrors, clearErrors, statusMessage,
} from './forms.js';
import { textArea } from './signal-form.js';
import { labeller, dutchDate } from './signal-labels.js';

function row(term, value) {
  return [h('dt', { class: 'lb-dl__term' }, term), h('dd', { class: 'lb-dl__value' }, value || '–')];
}

function followUpForm(contact, choices, onSaved) {
  const summary = h('div', { class: 'lb-summary', hidden: true });
  const referral = selectField({
    label: 'Doorverwezen naar', name: 'referral',
    options: [{ value: '', label: 'Niet doorverwezen' }, ...choices.referrals], value: contact.referral,
  });
  const date = textField({ label: 'Datum opvolging', name: 'follow_up_date', type: 'date', value: contact.follow_up_date });
  const status = selectField({ label: 'Stand van de opvolging', name: 'follow_up_status', options: choices.statuses, value: contact.follow_up_status });
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true, 'aria-label': 'Opvolging' },
    summary, referral.wrapper, date.wrapper, status.wrapper,
    h('div', { class: 'lb-actions' }, button('Opvolging opslaan', { primary: true, type: 'submit' })));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    try {
      await post(`/api/signalen/${contact.id}`, {
        referral: referral.select.value,
        follow_up_date: date.input.value.trim(),
        follow_up_status: status.select.value,
      });
      onSaved('De opvolging is opgeslagen.');
    } catch (err) {
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
    }
  });
  return form;
}

function noteForm(contact, onSaved) {
  const summary = h('div', { class: 'lb-summary', hidden: true });
  const note = textArea({
    label: 'Nieuwe notitie', name: 'note', maxlength: 2000,
    description: 'Wat is er gedaan of afgesproken? Geen namen, BSN of medische gegevens.',
  });
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true, 'aria-label': 'Notitie toevoegen' },
    summary, note.wrapper,
    h('div', { class: 'lb-actions' }, button('Notitie toevoegen', { primary: true, type: 'submit' })));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    if (!note.input.value.trim()) {
      showErrors(form, summary, [{ field: 'note', message: 'Schrijf wat er is gedaan of afgesproken.' }]);
      return;
    }
    try {
      await post(`/api/signalen/${contact.id}/notities`, { note: note.input.value.trim() });
      onSaved('De notitie is toegevoegd.');
    } catch (err) {
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
    }
  });
  return form;
}

export async function renderContact(main, user, idText, message = '') {
  startPage(main, 'Contactmoment');
  const back = paragraph(h('a', { class: 'utrecht-link', href: '/signalen' }, 'Terug naar de signalen'));
  if (!/^\d{1,15}$/.test(idText)) {
    main.append(errorBlock({ message: 'Dit contactmoment bestaat niet.' }, 'het contactmoment'), back);
    return;
  }
  let choices;
  let contact;
  try {
    [choices, contact] = await Promise.all([get('/api/signalen/keuzes'), get(`/api/signalen/${idText}`)]);
  } catch (err) {
    if (err.status === 403) {
      main.append(h('div', { class: 'utrecht-alert utrecht-alert--warning', role: 'status' },
        paragraph(err.message)), back);
      return;
    }
    main.append(errorBlock(err, 'het contactmoment'), back);
    return;
  }
  const label = labeller(choices);
  startPage(main, `Contactmoment van ${dutchDate(contact.date)}`,
    `Contactmoment van ${dutchDate(contact.date)} in ${label.wijk(contact.wijk)}`);
  const address = contact.postcode
    ? `${contact.postcode.slice(0, 4)} ${contact.postcode.slice(4)}, nummer ${contact.huisnummer}${contact.toevoeging ? ` ${contact.toevoeging}` : ''}`
    : '';
  if (message) main.append(statusMessage(message));
  main.append(back,
    paragraph('U ziet dit contactmoment omdat uw organisatie het vastlegde of omdat u in deze wijk werkt. '
      + 'Dat u het hebt bekeken, staat in het logboek.'),
    section('Gegevens', h('dl', { class: 'lb-facts' },
      row('Datum', dutchDate(contact.date)),
      row('Wijk', label.wijk(contact.wijk)),
      row('Buurt', label.buurt(contact.buurt)),
      row('Soort contact', label.of(contact.kind)),
      row('Signalen', contact.signals.map(label.of).join(', ')),
      row('Adres', address),
      row('Referentie', contact.resident_ref),
      row('Notitie', contact.note),
      row('Vastgelegd door', `${contact.organisation} (${contact.recorded_by})`))));
  const notesBox = h('div', {});
  const reload = (text) => renderContact(main, user, idText, text);
  replace(notesBox, contact.notes.length
    ? h('ul', { class: 'utrecht-unordered-list lb-notes' },
      contact.notes.map((n) => h('li', {}, h('strong', {}, `${dutchDate(n.date)} (${n.by}): `), n.note)))
    : paragraph('Er zijn nog geen notities.'));
  main.append(
    section('Opvolging', followUpForm(contact, choices, reload)),
    section('Notities over de opvolging', notesBox, noteForm(contact, reload)));
}
