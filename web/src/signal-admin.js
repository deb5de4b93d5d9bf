// The beheerder's part of the page Signalen: the retention period per record type, and a
// resident's request (find, download as JSON or CSV, erase). Everyone sees the periods.
import { h, replace } from './dom.js';
import { get, post, ApiError, api } from './api.js';
import { paragraph, section, errorBlock } from './page.js';
import {
  textField, choiceFieldset, button, showErrors, clearErrors, statusMessage,
} from './forms.js';
import { dataTable } from './table.js';
import { int } from './format.js';
import { dutchDate } from './signal-labels.js';

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
    data = await get('/api/signalen/bewaartermijnen');
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
  const summary = h('div', { class: 'lb-summary', hidden: true });
  const fields = data.retention.map((r) => ({
    r,
    field: textField({
      label: `${r.label} (maanden)`, name: r.record_type, value: String(r.months),
      description: `${EXPLAIN[r.record_type] || ''} Standaard ${r.default_months} maanden.`,
      attrs: { inputmode: 'numeric', maxlength: 3, size: 4 },
    }),
  }));
  const result = h('div', { class: 'lb-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true, 'aria-label': 'Bewaartermijnen' },
    summary, fields.map((f) => f.field.wrapper),
    h('div', { class: 'lb-actions' },
      button('Bewaartermijnen opslaan', { primary: true, type: 'submit' }),
      button('Nu opschonen', {
        onclick: async () => {
          result.replaceChildren();
          try {
            const r = await post('/api/signalen/opschonen', {});
            result.append(statusMessage(`Opgeschoond: ${int(r.contacts)} contactmomenten, ${int(r.notes)} notities `
              + `en ${int(r.addresses)} adressen verwijderd.`));
          } catch (err) {
            result.append(errorBlock(err, 'het opschonen'));
          }
        },
      })),
    result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    result.replaceChildren();
    const body = {};
    const errors = [];
    for (const { r, field } of fields) {
      const v = field.input.value.trim();
      if (!/^\d{1,3}$/.test(v) || Number(v) < 1 || Number(v) > 120) {
        errors.push({ field: r.record_type, message: `${r.label}: kies een bewaartermijn van 1 tot en met 120 maanden.` });
      }
      body[r.record_type] = Number(v);
    }
    if (errors.length) {
      showErrors(form, summary, errors);
      return;
    }
    try {
      await post('/api/signalen/bewaartermijnen', body);
      result.append(statusMessage('De bewaartermijnen zijn opgeslagen. Ze gelden bij de volgende opschoning.'));
    } catch (err) {
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
    }
  });
  box.append(form);
  return wrap;
}

// A download of an answer the server sends as a file (POST, so the address stays out of URLs).
async function download(body, format) {
  const headers = { 'Content-Type': 'application/json', Accept: '*/*' };
  const me = await get('/api/me');
  headers['X-CSRF-Token'] = me.csrf_token;
  const response = await fetch('/api/signalen/verzoek/export', {
    method: 'POST', headers, body: JSON.stringify({ ...body, format }), credentials: 'same-origin',
  });
  if (!response.ok) {
    let data = null;
    try { data = await response.json(); } catch { data = null; }
    throw new ApiError(response.status, data);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: `gegevens-bewoner.${format}`, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export function requestSection(label) {
  const summary = h('div', { class: 'lb-summary', hidden: true });
  const postcode = textField({ label: 'Postcode', name: 'postcode', autocomplete: 'off', attrs: { maxlength: 7, size: 8 } });
  const huisnummer = textField({ label: 'Huisnummer', name: 'huisnummer', autocomplete: 'off', attrs: { inputmode: 'numeric', maxlength: 5, size: 6 } });
  const toevoeging = textField({ label: 'Toevoeging (niet verplicht)', name: 'toevoeging', autocomplete: 'off', attrs: { maxlength: 10, size: 6 } });
  const ref = textField({ label: 'Of: referentie van de bewoner', name: 'resident_ref', autocomplete: 'off', attrs: { maxlength: 60 } });
  const confirm = choiceFieldset({
    legend: 'Wissen', name: 'confirm', type: 'checkbox',
    options: [{ value: 'ja', label: 'Ik heb het verzoek gecontroleerd en wil deze gegevens wissen' }], checked: [],
  });
  const result = h('div', { class: 'lb-result', 'aria-live': 'polite' });
  const body = () => ({
    postcode: postcode.input.value.trim(), huisnummer: huisnummer.input.value.trim(),
    toevoeging: toevoeging.input.value.trim(), resident_ref: ref.input.value.trim(),
  });
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true, 'aria-label': 'Verzoek van een bewoner' },
    summary, postcode.wrapper, huisnummer.wrapper, toevoeging.wrapper, ref.wrapper,
    h('div', { class: 'lb-actions' },
      button('Gegevens zoeken', { primary: true, type: 'submit' }),
      button('Download als JSON', { onclick: () => act('json') }),
      button('Download als CSV', { onclick: () => act('csv') })),
    confirm.wrapper,
    h('div', { class: 'lb-actions' }, button('Gegevens wissen', { onclick: () => act('wissen') })),
    result);

  const check = (b) => {
    if (!b.resident_ref && (!b.postcode || !b.huisnummer)) {
      return [{ field: b.postcode ? 'huisnummer' : 'postcode', message: 'Vul een postcode en huisnummer of een referentie in.' }];
    }
    return [];
  };

  async function act(action) {
    clearErrors(form, summary);
    result.replaceChildren();
    const b = body();
    const errors = check(b);
    if (action === 'wissen' && !confirm.inputs[0].checked) {
      errors.push({ field: 'confirm', message: 'Bevestig dat u deze gegevens wilt wissen.' });
    }
    if (errors.length) {
      showErrors(form, summary, errors);
      return;
    }
    try {
      if (action === 'zoeken') {
        const found = await post('/api/signalen/verzoek', b);
        replace(result, found.contacts.length
          ? dataTable([
            { key: 'date', label: 'Datum', cell: (c) => dutchDate(c.date) },
            { key: 'organisation', label: 'Organisatie' },
            { key: 'wijk', label: 'Wijk', value: (c) => label.wijk(c.wijk) },
            { key: 'signals', label: 'Signalen', value: (c) => c.signals.map(label.of).join(', ') },
            { key: 'note', label: 'Notitie' },
            { key: 'notes', label: 'Notities', numeric: true, value: (c) => c.notes.length },
          ], found.contacts, { caption: `Gevonden: ${int(found.contacts.length)} contactmomenten` })
          : statusMessage('Uw organisatie heeft geen contactmomenten over dit adres of deze referentie.'));
      } else if (action === 'wissen') {
        const r = await api('/api/signalen/verzoek/wissen', { method: 'POST', json: { ...b, confirm: true } });
        confirm.inputs[0].checked = false;
        replace(result, statusMessage(`${int(r.erased)} contactmomenten zijn gewist. De aantallen per wijk en maand blijven.`));
      } else {
        await download(b, action);
        replace(result, statusMessage(`De gegevens zijn gedownload als ${action.toUpperCase()}.`));
      }
    } catch (err) {
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
    }
  }
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    act('zoeken');
  });
  return section('Verzoek van een bewoner',
    paragraph('Vraagt een bewoner welke gegevens er over hem of haar zijn vastgelegd, of vraagt hij of zij die te wissen? '
      + 'Zoek dan op adres of referentie. U vindt en wist alleen wat uw eigen organisatie vastlegde: voor de '
      + 'gegevens van een partner verwijst u de bewoner naar die organisatie. '
      + 'Elke zoekactie, download en wisactie staat met het doel in het logboek.'),
    form);
}
