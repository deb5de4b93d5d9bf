// The beheerder's part of the page Signalen: the retention period per record type, and a
// resident's request (find, download as JSON or CSV, erase). Everyone sees the periods.
import { h, replace } from '../../shared/dom.js';
import { get, post, api } from '../../shared/api.js';
import { paragraph, section } from '../../shared/page.js';
import { errorBlock } from '../../shared/page-errors.js';
import { textField, choiceFieldset, button, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { dataTable } from '../../shared/table.js';
import { download } from '../../shared/download.js';
import { int } from '../../shared/format.js';
import { dateText } from '../../shared/dates.js';

const EXPLAIN = {
  contactmoment: 'Vanaf de datum van het contact, of vanaf het afronden van de opvolging als dat later is.',
  opvolgnotitie: 'Vanaf de datum van de notitie.',
  adres_na_afronding: 'Vanaf het afronden van de opvolging. Het contact blijft, zonder adres.',
};

export async function retentionSection(choices) {
  const box = h('div', {});
  const wrap = section('Bewaartermijnen', box);
  let data;
  try {
    data = await get('/api/v1/signalen/bewaartermijnen');
  } catch (err) {
    box.append(errorBlock(err, 'de bewaartermijnen'));
    return wrap;
  }
  box.append(paragraph('Gegevens die ouder zijn dan hun bewaartermijn worden elk uur automatisch verwijderd. '
    + 'Alleen de aantallen signalen per wijk en maand blijven, zonder gegevens over personen.'));
  if (!choices.is_beheerder) {
    box.append(dataTable([
      { key: 'label', label: 'Soort gegevens' },
      { key: 'months', label: 'Bewaartermijn', numeric: true, cell: (r) => `${int(r.months)} maanden` },
      { key: 'explain', label: 'Telt vanaf', value: (r) => EXPLAIN[r.record_type] || '' },
    ], data.retention, { caption: 'Bewaartermijn per soort gegevens', rowHeader: 'label' }));
    return wrap;
  }
  const fields = data.retention.map((r) => ({
    r,
    field: textField({
      label: `${r.label} (maanden)`, name: r.record_type, value: String(r.months),
      description: `${EXPLAIN[r.record_type] || ''} Standaard ${r.default_months} maanden.`,
      attrs: { inputmode: 'numeric', maxlength: 3, size: 4 },
    }),
  }));
  const months = (field) => field.input.value.trim();
  const { form, result } = submitForm({
    label: 'Bewaartermijnen',
    parts: fields.map((f) => f.field.wrapper),
    submitLabel: 'Bewaartermijnen opslaan',
    actions: [button('Nu opschonen', { onclick: () => cleanUp() })],
    live: true,
    check: () => fields
      .filter(({ field }) => !/^\d{1,3}$/.test(months(field)) || Number(months(field)) < 1 || Number(months(field)) > 120)
      .map(({ r }) => ({ field: r.record_type, message: `${r.label}: kies een bewaartermijn van 1 tot en met 120 maanden.` })),
    send: async () => {
      await post('/api/v1/signalen/bewaartermijnen', Object.fromEntries(fields.map(({ r, field }) => [r.record_type, Number(months(field))])));
      result.append(statusMessage('De bewaartermijnen zijn opgeslagen. Ze gelden bij de volgende opschoning.'));
    },
  });
  async function cleanUp() {
    result.replaceChildren();
    try {
      const r = await post('/api/v1/signalen/opschoningen', {});
      result.append(statusMessage(`Opgeschoond: ${int(r.contacts)} contactmomenten, ${int(r.notes)} notities `
        + `en ${int(r.addresses)} adressen verwijderd.`));
    } catch (err) {
      result.append(errorBlock(err, 'het opschonen'));
    }
  }
  box.append(form);
  return wrap;
}

export function requestSection(label) {
  const postcode = textField({ label: 'Postcode', name: 'postcode', autocomplete: 'off', attrs: { maxlength: 7, size: 8 } });
  const huisnummer = textField({ label: 'Huisnummer', name: 'huisnummer', autocomplete: 'off', attrs: { inputmode: 'numeric', maxlength: 5, size: 6 } });
  const toevoeging = textField({ label: 'Toevoeging (niet verplicht)', name: 'toevoeging', autocomplete: 'off', attrs: { maxlength: 10, size: 6 } });
  const ref = textField({ label: 'Of: referentie van de bewoner', name: 'resident_ref', autocomplete: 'off', attrs: { maxlength: 60 } });
  const confirm = choiceFieldset({
    legend: 'Wissen', name: 'confirm', type: 'checkbox',
    options: [{ value: 'ja', label: 'Ik heb het verzoek gecontroleerd en wil deze gegevens wissen' }], checked: [],
  });
  const body = () => ({
    postcode: postcode.input.value.trim(), huisnummer: huisnummer.input.value.trim(),
    toevoeging: toevoeging.input.value.trim(), resident_ref: ref.input.value.trim(),
  });
  const check = (action) => () => {
    const b = body();
    const errors = [];
    if (!b.resident_ref && (!b.postcode || !b.huisnummer)) {
      errors.push({ field: b.postcode ? 'huisnummer' : 'postcode', message: 'Vul een postcode en huisnummer of een referentie in.' });
    }
    if (action === 'wissen' && !confirm.inputs[0].checked) {
      errors.push({ field: 'confirm', message: 'Bevestig dat u deze gegevens wilt wissen.' });
    }
    return errors;
  };

  async function find({ result }) {
    const found = await post('/api/v1/signalen/inzageverzoeken', body());
    replace(result, found.contacts.length
      ? dataTable([
        { key: 'date', label: 'Datum', cell: (c) => dateText(c.date) },
        { key: 'organisation', label: 'Organisatie' },
        { key: 'wijk', label: 'Wijk', value: (c) => label.wijk(c.wijk) },
        { key: 'signals', label: 'Signalen', value: (c) => c.signals.map(label.of).join(', ') },
        { key: 'note', label: 'Notitie' },
        { key: 'notes', label: 'Notities', numeric: true, value: (c) => c.notes.length },
      ], found.contacts, { caption: `Gevonden: ${int(found.contacts.length)} contactmomenten` })
      : statusMessage('Uw organisatie heeft geen contactmomenten over dit adres of deze referentie.'));
  }
  async function erase({ result }) {
    const r = await api('/api/v1/signalen/verwijderverzoeken', { method: 'POST', json: { ...body(), confirm: true } });
    confirm.inputs[0].checked = false;
    replace(result, statusMessage(`${int(r.erased)} contactmomenten zijn gewist. De aantallen per wijk en maand blijven.`));
  }
  const downloadAs = (format) => async ({ result }) => {
    await download('/api/v1/signalen/inzageverzoeken/export', { method: 'POST', json: { ...body(), format }, name: `gegevens-bewoner.${format}` });
    replace(result, statusMessage(`De gegevens zijn gedownload als ${format.toUpperCase()}.`));
  };

  const request = submitForm({
    label: 'Verzoek van een bewoner',
    parts: [postcode.wrapper, huisnummer.wrapper, toevoeging.wrapper, ref.wrapper],
    submitLabel: 'Gegevens zoeken',
    actions: [
      button('Download als JSON', { onclick: () => request.run(check('json'), downloadAs('json')) }),
      button('Download als CSV', { onclick: () => request.run(check('csv'), downloadAs('csv')) })],
    after: [confirm.wrapper,
      h('div', { class: 'lb-actions' }, button('Gegevens wissen', { onclick: () => request.run(check('wissen'), erase) }))],
    live: true,
    check: check('zoeken'),
    send: find,
  });
  return section('Verzoek van een bewoner',
    paragraph('Vraagt een bewoner welke gegevens er over hem of haar zijn vastgelegd, of vraagt hij of zij die te wissen? '
      + 'Zoek dan op adres of referentie. U vindt en wist alleen wat uw eigen organisatie vastlegde: voor de '
      + 'gegevens van een partner verwijst u de bewoner naar die organisatie. '
      + 'Elke zoekactie, download en wisactie staat met het doel in het logboek.'),
    request.form);
}
