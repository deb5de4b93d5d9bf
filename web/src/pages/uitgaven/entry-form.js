// The form for a new amount on the ledger: the gemeente, wijk and initiative chosen from lists with
// their names, the amount in euros with cents.
import { h } from '../../shared/dom.js';
import { post } from '../../shared/api.js';
import { textField, selectField, optionsOf, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { today } from '../../shared/dates.js';
import { EFFORTS } from '../../shared/format.js';
import { CATEGORY } from './labels.js';

/** The options of a select from [{code, name}] after a first, empty choice. */
export const namedOptions = (first, list) => [{ value: '', label: first }, ...list.map((n) => ({ value: n.code, label: n.name }))];

/** The wijk select follows the gemeente: only its wijken are offered. */
export function followGemeente(gemeenteSelect, wijkSelect, wijken, first) {
  const fill = () => {
    const chosen = wijkSelect.value;
    const list = wijken.filter((w) => !gemeenteSelect.value || w.gemeente === gemeenteSelect.value);
    wijkSelect.replaceChildren(...namedOptions(first, list).map((o) => h('option', { value: o.value }, o.label)));
    wijkSelect.value = list.some((w) => w.code === chosen) ? chosen : '';
  };
  gemeenteSelect.addEventListener('change', fill);
  fill();
}

export function entryForm({ organisations, choices }, onSaved) {
  const date = textField({ label: 'Datum', name: 'spent_on', type: 'date', value: today() });
  const gemeente = selectField({
    label: 'Gemeente', name: 'gemeente', value: choices.gemeenten.length === 1 ? choices.gemeenten[0].code : '',
    options: namedOptions('Kies een gemeente', choices.gemeenten),
  });
  const wijk = selectField({ label: 'Wijk (mag leeg)', name: 'wijk', value: '', options: [] });
  followGemeente(gemeente.select, wijk.select, choices.wijken, 'Geen wijk');
  const organisation = selectField({
    label: 'Organisatie', name: 'organisation_id', value: organisations[0] ? organisations[0].id : '',
    options: organisations.map((o) => ({ value: o.id, label: o.name })),
  });
  const amount = textField({
    label: 'Bedrag in euro', name: 'amount', description: 'Met komma voor de centen, bijvoorbeeld 45,50.', attrs: { inputmode: 'decimal' },
  });
  const category = selectField({
    label: 'Categorie (BTIV artikel 51, voor geld van de corporatie)', name: 'btiv_category', value: '',
    options: [{ value: '', label: 'Geen (geen geld van de corporatie)' }, ...optionsOf(CATEGORY)],
  });
  const effort = selectField({
    label: 'Inzet', name: 'effort', value: '', options: [{ value: '', label: 'Niet van toepassing' }, ...EFFORTS.map((e) => ({ value: e, label: e }))],
  });
  const initiative = selectField({
    label: 'Initiatief (mag leeg)', name: 'initiative_id', value: '',
    options: namedOptions('Geen initiatief', choices.initiatives),
  });
  const activity = textField({ label: 'Activiteit (mag leeg)', name: 'activity_ref', attrs: { maxlength: '100' } });
  const description = textField({ label: 'Omschrijving', name: 'description', attrs: { maxlength: '1000' } });
  return submitForm({
    label: 'Bedrag toevoegen',
    parts: [date.wrapper, gemeente.wrapper, wijk.wrapper, organisation.wrapper, amount.wrapper, category.wrapper,
      effort.wrapper, initiative.wrapper, activity.wrapper, description.wrapper],
    submitLabel: 'Bedrag opslaan',
    check: () => [
      ...(gemeente.select.value ? [] : [{ field: 'gemeente', message: 'Kies de gemeente.' }]),
      ...(amount.input.value.trim() ? [] : [{ field: 'amount', message: 'Vul het bedrag in.' }]),
    ],
    send: async ({ result }) => {
      await post('/api/v1/uitgaven', {
        spent_on: date.input.value, gemeente: gemeente.select.value, wijk: wijk.select.value,
        organisation_id: Number(organisation.select.value), amount: amount.input.value,
        btiv_category: category.select.value, effort: effort.select.value, initiative_id: initiative.select.value,
        activity_ref: activity.input.value, description: description.input.value,
      });
      result.append(statusMessage('Het bedrag is opgeslagen.'));
      amount.input.value = '';
      initiative.select.value = '';
      description.input.value = '';
      await onSaved();
    },
  }).form;
}
