// Forms of the Wijkwerk page: activity, wijk profile, Christmas tree, superbuur, mediation case,
// mediation steps, physical work and theme. Each form keeps what was entered when the server
// refuses it, and shows the errors in a summary and at the field.
import { h, uid } from './dom.js';
import { post } from './api.js';
import {
  textField, selectField, choiceFieldset, button, showErrors, clearErrors, statusMessage,
} from './forms.js';

export const ACTIVITY_TYPES = [
  'ontmoeting', 'buurtschouw', 'informatiebijeenkomst', 'opruimactie', 'sport en bewegen',
  'jeugd', 'huisbezoeken', 'spreekuur', 'feest', 'overig',
];
export const DISPUTES = {
  geluid: 'Geluid', parkeren: 'Parkeren', erfgrens: 'Erfgrens of schutting', huisdieren: 'Huisdieren',
  kinderen: 'Kinderen', rommel: 'Rommel of afval', pesten: 'Pesten of treiteren', overig: 'Overig',
};
export const OUTCOMES = {
  '': 'Loopt nog', opgelost: 'Opgelost', deels_opgelost: 'Deels opgelost', niet_opgelost: 'Niet opgelost',
  uitgesloten: 'Niet geschikt (uitgesloten)', gestopt: 'Gestopt',
};
export const EXCLUSIONS = {
  '': '–', geweld: 'Geweld of dreiging', juridische_procedure: 'Juridische procedure loopt',
  psychische_problemen: 'Psychische problemen', verslaving: 'Verslaving',
  partij_weigert: 'Een partij wil niet meedoen', geen_burenconflict: 'Geen burenconflict', anders: 'Anders',
};
export const WORK_KINDS = {
  sloop: 'Sloop', nieuwbouw: 'Nieuwbouw', renovatie: 'Renovatie', openbare_ruimte: 'Openbare ruimte',
};

/** A labelled textarea in the same markup as textField. */
export function textArea({ label, name, value = '', description }) {
  const id = uid(`veld-${name}`);
  const descId = description ? `${id}-uitleg` : null;
  const input = h('textarea', {
    class: 'utrecht-textarea utrecht-textarea--html-textarea', id, name, rows: '4', 'aria-describedby': descId,
  });
  input.value = value;
  const wrapper = h('div', { class: 'utrecht-form-field utrecht-form-field--text', 'data-field': name },
    h('div', { class: 'utrecht-form-field__label' }, h('label', { class: 'utrecht-form-label', htmlFor: id }, label)),
    description ? h('div', { class: 'utrecht-form-field-description', id: descId }, description) : null,
    h('div', { class: 'utrecht-form-field__input' }, input));
  return { wrapper, input };
}

export const dateField = (label, name, value = '') => textField({ label, name, type: 'date', value });

/**
 * A form that posts to path. fields: {name: {wrapper, input|select|inputs}}; body() builds the JSON;
 * check() answers errors found before sending. onDone(answer, form) after success.
 */
export function postingForm({ title, path, fields, body, check = () => [], submitLabel, onDone, done }) {
  const summary = h('div', { class: 'lb-summary', hidden: true });
  const result = h('div', { class: 'lb-result' });
  const form = h('form', { class: 'utrecht-form lb-form', novalidate: true, 'aria-label': title },
    summary, Object.values(fields).map((f) => f.wrapper),
    h('div', { class: 'lb-actions' }, button(submitLabel, { primary: true, type: 'submit' })), result);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearErrors(form, summary);
    result.replaceChildren();
    const errors = check();
    if (errors.length) {
      showErrors(form, summary, errors);
      return;
    }
    try {
      const answer = await post(typeof path === 'function' ? path() : path, body());
      result.append(statusMessage(done));
      if (onDone) await onDone(answer, form);
    } catch (err) {
      showErrors(form, summary, [{ field: err.field || '', message: err.message }]);
    }
  });
  return form;
}

export const value = (f) => (f.input || f.select).value.trim();
export const required = (fields, labels) => Object.entries(labels)
  .filter(([name]) => !value(fields[name]))
  .map(([name, message]) => ({ field: name, message }));

function buurtOptions(wijk) {
  return [{ value: '', label: '– hele wijk –' }, ...wijk.buurten.map((b) => ({ value: b.code, label: b.name }))];
}

export function activityForm({ wijk, themes, onSaved }) {
  const fields = {
    held_on: dateField('Datum', 'held_on'),
    title: textField({ label: 'Titel', name: 'title' }),
    buurt_code: selectField({ label: 'Buurt', name: 'buurt_code', options: buurtOptions(wijk), value: '' }),
    type: selectField({ label: 'Soort activiteit', name: 'type', options: ACTIVITY_TYPES.map((t) => ({ value: t, label: t })), value: 'ontmoeting' }),
    theme_id: selectField({
      label: 'Prioriteit (thema)', name: 'theme_id',
      options: [{ value: '', label: '– geen –' }, ...themes.filter((t) => t.active).map((t) => ({ value: t.id, label: t.name }))],
      value: '',
    }),
    effort: selectField({ label: 'Inzet', name: 'effort', options: ['Basis', 'Plus', 'PlusPlus'].map((e) => ({ value: e, label: e })), value: 'Basis' }),
    organisations: textField({ label: 'Organisaties', name: 'organisations', description: 'Welke organisaties deden mee? Bijvoorbeeld: welzijn, corporatie.' }),
    participants: textField({ label: 'Aantal deelnemers', name: 'participants', attrs: { inputmode: 'numeric' } }),
    cost: textField({ label: 'Kosten in euro', name: 'cost', description: 'Bijvoorbeeld 125,50. Leeg is 0.', attrs: { inputmode: 'decimal' } }),
    result: textArea({ label: 'Resultaat', name: 'result' }),
  };
  return postingForm({
    title: 'Activiteit toevoegen',
    path: '/api/wijkwerk/activities',
    fields,
    submitLabel: 'Activiteit toevoegen',
    done: 'De activiteit is toegevoegd.',
    check: () => required(fields, {
      held_on: 'Vul de datum in.', title: 'Geef de activiteit een titel.',
      organisations: 'Noem de organisaties die meededen.', participants: 'Vul het aantal deelnemers in.',
    }),
    body: () => ({
      held_on: value(fields.held_on),
      wijk_code: wijk.code,
      buurt_code: value(fields.buurt_code),
      title: value(fields.title),
      type: value(fields.type),
      theme_id: value(fields.theme_id) ? Number(value(fields.theme_id)) : null,
      effort: value(fields.effort),
      organisations: value(fields.organisations),
      participants: value(fields.participants),
      cost: value(fields.cost),
      result: value(fields.result),
    }),
    onDone: async (answer, form) => { form.reset(); await onSaved(); },
  });
}

export function profileForm({ wijk, themes, year, profile, onSaved }) {
  const fields = {
    description: textArea({ label: 'Beschrijving van de wijk', name: 'description', value: profile ? profile.description : '' }),
    focus: choiceFieldset({
      legend: 'Inzet', name: 'focus',
      options: [{ value: 'basis', label: 'Basisinzet' }, { value: 'extra', label: 'Extra inzet' }],
      checked: profile ? profile.focus : 'basis',
    }),
    priorities: choiceFieldset({
      legend: 'Prioriteiten', name: 'priorities', type: 'checkbox',
      options: themes.filter((t) => t.active).map((t) => ({ value: String(t.id), label: t.name })),
      checked: profile ? profile.priorities.map((p) => String(p.id)) : [],
    }),
  };
  return postingForm({
    title: `Wijkprofiel ${year} bewerken`,
    path: '/api/wijkwerk/profiles',
    fields,
    submitLabel: 'Wijkprofiel opslaan',
    done: 'Het wijkprofiel is opgeslagen.',
    check: () => (fields.description.input.value.trim() ? [] : [{ field: 'description', message: 'Beschrijf de wijk in een paar zinnen.' }]),
    body: () => ({
      wijk_code: wijk.code,
      year,
      description: fields.description.input.value.trim(),
      focus: (fields.focus.inputs.find((i) => i.checked) || { value: '' }).value,
      priorities: fields.priorities.inputs.filter((i) => i.checked).map((i) => Number(i.value)),
      // Team and meeting places stay as they are.
      team: profile ? profile.team : [],
      meeting_places: profile ? profile.meeting_places : [],
    }),
    onDone: async () => { await onSaved(); },
  });
}

export function treeForm({ wijk, year, onSaved }) {
  const fields = {
    street: textField({ label: 'Straat', name: 'street', autocomplete: 'off' }),
    buurt_code: selectField({ label: 'Buurt', name: 'buurt_code', options: buurtOptions(wijk).slice(1), value: wijk.buurten[0]?.code }),
    pickup_on: dateField('Ophaaldatum', 'pickup_on'),
    contribution: textField({ label: 'Bijdrage voor versiering in euro', name: 'contribution', description: 'Leeg: de vaste bijdrage van de actie.' }),
  };
  return postingForm({
    title: 'Kerstboom aanvragen',
    path: '/api/wijkwerk/campaigns/kerstbomen',
    fields,
    submitLabel: 'Kerstboom aanvragen',
    done: 'De kerstboom is aangevraagd.',
    check: () => required(fields, { street: 'Vul de straat in.' }),
    body: () => ({
      year, street: value(fields.street), buurt_code: value(fields.buurt_code),
      pickup_on: value(fields.pickup_on), contribution: value(fields.contribution) || null,
    }),
    onDone: async (answer, form) => { form.reset(); await onSaved(); },
  });
}

export function superbuurForm({ wijk, year, onSaved }) {
  const fields = {
    nominee: textField({ label: 'Voornaam van de superbuur', name: 'nominee', autocomplete: 'off', description: 'Alleen een voornaam of voorletter: meer is niet nodig.' }),
    buurt_code: selectField({ label: 'Buurt', name: 'buurt_code', options: buurtOptions(wijk).slice(1), value: wijk.buurten[0]?.code }),
    motivation: textArea({ label: 'Waarom is dit een superbuur?', name: 'motivation' }),
  };
  return postingForm({
    title: 'Superbuur nomineren',
    path: '/api/wijkwerk/campaigns/superbuur',
    fields,
    submitLabel: 'Superbuur nomineren',
    done: 'De nominatie is opgeslagen.',
    check: () => required(fields, { nominee: 'Vul de voornaam in.', motivation: 'Vertel waarom.' }),
    body: () => ({ year, nominee: value(fields.nominee), buurt_code: value(fields.buurt_code), motivation: value(fields.motivation) }),
    onDone: async (answer, form) => { form.reset(); await onSaved(); },
  });
}

export function caseForm({ wijk, onSaved }) {
  const fields = {
    reported_on: dateField('Datum van de melding', 'reported_on'),
    buurt_code: selectField({ label: 'Buurt', name: 'buurt_code', options: buurtOptions(wijk).slice(1), value: wijk.buurten[0]?.code }),
    dispute: selectField({ label: 'Soort burenruzie', name: 'dispute', options: Object.entries(DISPUTES).map(([v, l]) => ({ value: v, label: l })), value: 'geluid' }),
  };
  return postingForm({
    title: 'Bemiddelingszaak aanmelden',
    path: '/api/wijkwerk/mediation',
    fields,
    submitLabel: 'Zaak aanmelden',
    done: 'De zaak is aangemeld. De intake moet binnen 5 werkdagen.',
    check: () => required(fields, { reported_on: 'Vul de datum van de melding in.' }),
    body: () => ({ reported_on: value(fields.reported_on), buurt_code: value(fields.buurt_code), dispute: value(fields.dispute) }),
    onDone: async (answer, form) => { form.reset(); await onSaved(); },
  });
}

/** The steps of one case: dates, mediators, outcome and exclusion reason. */
export function stepsForm({ c, onSaved }) {
  const step = (label, name) => dateField(label, name, c[name] || '');
  const fields = {
    intake_on: step('Intake', 'intake_on'),
    mediator_a: textField({ label: 'Eerste bemiddelaar', name: 'mediator_a', value: c.mediator_a }),
    mediator_b: textField({ label: 'Tweede bemiddelaar', name: 'mediator_b', value: c.mediator_b }),
    separate_talks_on: step('Aparte gesprekken', 'separate_talks_on'),
    joint_talk_on: step('Gezamenlijk gesprek', 'joint_talk_on'),
    agreements_on: step('Afspraken', 'agreements_on'),
    aftercare_on: step('Nazorg (2 tot 6 weken na de afspraken)', 'aftercare_on'),
    outcome: selectField({ label: 'Uitkomst', name: 'outcome', options: Object.entries(OUTCOMES).map(([v, l]) => ({ value: v, label: l })), value: c.outcome }),
    exclusion_reason: selectField({ label: 'Reden van uitsluiting', name: 'exclusion_reason', options: Object.entries(EXCLUSIONS).map(([v, l]) => ({ value: v, label: l })), value: c.exclusion_reason }),
  };
  return postingForm({
    title: `Stappen van zaak ${c.case_number}`,
    path: `/api/wijkwerk/mediation/${c.id}`,
    fields,
    submitLabel: 'Stappen opslaan',
    done: 'De stappen zijn opgeslagen.',
    body: () => Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, value(f)])),
    onDone: async () => { await onSaved(); },
  });
}

export function workForm({ wijk, onSaved }) {
  const fields = {
    title: textField({ label: 'Naam van het werk', name: 'title' }),
    kind: selectField({ label: 'Soort werk', name: 'kind', options: Object.entries(WORK_KINDS).map(([v, l]) => ({ value: v, label: l })), value: 'renovatie' }),
    area_code: selectField({ label: 'Gebied', name: 'area_code', options: [{ value: wijk.code, label: `hele wijk ${wijk.name}` }, ...wijk.buurten.map((b) => ({ value: b.code, label: b.name }))], value: wijk.code }),
    starts_on: dateField('Start', 'starts_on'),
    ends_on: dateField('Einde (leeg als nog niet bekend)', 'ends_on'),
    description: textArea({ label: 'Toelichting', name: 'description' }),
  };
  return postingForm({
    title: 'Fysiek werk toevoegen',
    path: '/api/wijkwerk/works',
    fields,
    submitLabel: 'Werk toevoegen',
    done: 'Het werk is toegevoegd.',
    check: () => required(fields, { title: 'Geef het werk een naam.', starts_on: 'Vul de startdatum in.' }),
    body: () => Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, value(f)])),
    onDone: async (answer, form) => { form.reset(); await onSaved(); },
  });
}

export function themeForm({ onSaved }) {
  const fields = { name: textField({ label: 'Nieuw thema', name: 'name' }) };
  return postingForm({
    title: 'Thema toevoegen',
    path: '/api/wijkwerk/themes',
    fields,
    submitLabel: 'Thema toevoegen',
    done: 'Het thema is toegevoegd.',
    check: () => required(fields, { name: 'Geef het thema een naam.' }),
    body: () => ({ name: value(fields.name) }),
    onDone: async (answer, form) => { form.reset(); await onSaved(); },
  });
}
