// The form to record a contact moment with its signals, referral and follow-up (page Signalen).
// Asks for as little personal data as the task needs: an address or reference only for follow-up.
import { h, replace } from '../../shared/dom.js';
import { post } from '../../shared/api.js';
import { today } from '../../shared/dates.js';
import { textField, textArea, selectField, choiceFieldset, fieldGroup, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';

/** The wijken the user may choose: a wijkteam member's own wijken, else all (own ones first). */
export function wijkOptions(choices) {
  const own = choices.wijken.filter((w) => choices.my_wijken.includes(w.code));
  if (choices.role === 'wijkteam' && own.length) return own;
  const rest = choices.wijken.filter((w) => !choices.my_wijken.includes(w.code));
  return [...own, ...rest];
}

/**
 * The recording form. choices: the answer of /api/v1/signalen/keuzes; onSaved(id) after a success.
 * On an error the entry stays and the errors show at the fields and in a summary.
 */
export function contactForm(choices, onSaved) {
  const wijken = wijkOptions(choices);
  const date = textField({ label: 'Datum van het contact', name: 'date', type: 'date', value: today() });
  const wijk = selectField({
    label: 'Wijk', name: 'wijk',
    options: [{ value: '', label: 'Kies een wijk' }, ...wijken.map((w) => ({ value: w.code, label: w.name }))],
    value: wijken.length === 1 ? wijken[0].code : '',
  });
  const buurt = selectField({ label: 'Buurt (niet verplicht)', name: 'buurt', options: [{ value: '', label: 'Geen buurt gekozen' }], value: '' });
  const fillBuurten = () => {
    const w = wijken.find((x) => x.code === wijk.select.value);
    replace(buurt.select, h('option', { value: '' }, 'Geen buurt gekozen'),
      (w ? w.buurten : []).map((b) => h('option', { value: b.code }, b.name)));
  };
  wijk.select.addEventListener('change', fillBuurten);
  fillBuurten();
  const kind = selectField({
    label: 'Soort contact', name: 'kind',
    options: [{ value: '', label: 'Kies het soort contact' }, ...choices.kinds], value: '',
  });
  const signals = choiceFieldset({ legend: 'Signalen (kies er een of meer)', name: 'signals', type: 'checkbox', options: choices.signals, checked: [] });
  const referral = selectField({
    label: 'Doorverwezen naar', name: 'referral',
    options: [{ value: '', label: 'Niet doorverwezen' }, ...choices.referrals], value: '',
  });
  const status = selectField({ label: 'Opvolging', name: 'follow_up_status', options: choices.statuses, value: 'geen' });
  const followDate = textField({ label: 'Datum opvolging (niet verplicht)', name: 'follow_up_date', type: 'date' });
  const postcode = textField({ label: 'Postcode', name: 'postcode', autocomplete: 'off', attrs: { maxlength: 7, size: 8 } });
  const huisnummer = textField({ label: 'Huisnummer', name: 'huisnummer', autocomplete: 'off', attrs: { inputmode: 'numeric', maxlength: 5, size: 6 } });
  const toevoeging = textField({ label: 'Toevoeging', name: 'toevoeging', autocomplete: 'off', attrs: { maxlength: 10, size: 6 } });
  const ref = textField({
    label: 'Referentie van de bewoner', name: 'resident_ref', autocomplete: 'off',
    description: 'Bijvoorbeeld het dossiernummer in uw eigen systeem. Geen naam en geen BSN.',
    attrs: { maxlength: 60 },
  });
  const personal = fieldGroup({ legend: 'Adres of referentie (alleen als er opvolging nodig is)', className: 'lb-fieldset' },
    h('p', { class: 'utrecht-paragraph' },
      'Vul dit alleen in als iemand het contact moet opvolgen. Zonder opvolging blijft het contact anoniem.'),
    postcode.wrapper, huisnummer.wrapper, toevoeging.wrapper, ref.wrapper);
  const note = textArea({
    label: 'Notitie (niet verplicht)', name: 'note', maxlength: 2000,
    description: 'Schrijf alleen op wat nodig is voor de opvolging. Geen namen, BSN of medische gegevens.',
  });

  const body = () => ({
    date: date.input.value.trim(),
    wijk: wijk.select.value,
    buurt: buurt.select.value,
    kind: kind.select.value,
    signals: signals.inputs.filter((i) => i.checked).map((i) => i.value),
    referral: referral.select.value,
    follow_up_status: status.select.value,
    follow_up_date: followDate.input.value.trim(),
    postcode: postcode.input.value.trim(),
    huisnummer: huisnummer.input.value.trim(),
    toevoeging: toevoeging.input.value.trim(),
    resident_ref: ref.input.value.trim(),
    note: note.input.value.trim(),
  });

  // The checks the server also makes, so that all errors show at once.
  const check = (b) => {
    const errors = [];
    if (!b.date) errors.push({ field: 'date', message: 'Vul de datum van het contact in.' });
    if (!b.wijk) errors.push({ field: 'wijk', message: 'Kies de wijk.' });
    if (!b.kind) errors.push({ field: 'kind', message: 'Kies het soort contact.' });
    if (!b.signals.length) errors.push({ field: 'signals', message: 'Kies ten minste één signaal.' });
    const followUp = b.referral || b.follow_up_status === 'open' || b.follow_up_status === 'bezig';
    if (!followUp && (b.postcode || b.huisnummer || b.resident_ref)) {
      errors.push({
        field: b.postcode || b.huisnummer ? 'postcode' : 'resident_ref',
        message: 'Vul alleen een adres of referentie in als er opvolging nodig is (een doorverwijzing of opvolging open).',
      });
    }
    return errors;
  };

  return submitForm({
    label: 'Contactmoment vastleggen',
    parts: [date.wrapper, wijk.wrapper, buurt.wrapper, kind.wrapper, signals.wrapper,
      referral.wrapper, status.wrapper, followDate.wrapper, personal, note.wrapper],
    submitLabel: 'Contactmoment vastleggen',
    live: true,
    check: () => check(body()),
    onInvalid: (summary) => {
      summary.querySelector('h2')?.setAttribute('tabindex', '-1');
      summary.querySelector('h2')?.focus();
    },
    send: async ({ form, result }) => {
      const saved = await post('/api/v1/signalen', body());
      result.append(statusMessage(h('span', {}, 'Het contactmoment is vastgelegd. ',
        h('a', { class: 'utrecht-link', href: `/signalen/${saved.id}` }, 'Bekijk het contactmoment.'))));
      form.reset();
      date.input.value = today();
      fillBuurten();
      onSaved(saved.id);
    },
  }).form;
}
