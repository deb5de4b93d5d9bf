// Forms of the Wijkwerk page: activity (new or changed), wijk profile, mediation case, mediation
// steps and physical work (new or changed), and postingForm, the shape every form on this page has (team.js, campaigns.js and
// themes.js build theirs with it too). Each form keeps what was entered when the server refuses
// it, and shows the errors in a summary and at the field.
import { post } from '../../shared/api.js';
import { textField, textArea, dateField, selectField, choiceFieldset, optionsOf, statusMessage, button } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { NONE } from '../../shared/format.js';
import { WORK_KINDS } from '../../neighbourhood/words.js';

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

/** A field's value as entered, trimmed. */
export const value = (f) => (f.input || f.select).value.trim();

/** Every field's value by its name (the body of a form whose fields are the request's members). */
export const valuesOf = (fields) => Object.fromEntries(Object.entries(fields).map(([name, f]) => [name, value(f)]));

/**
 * A form titled title (its aria-label, and its button's text unless submitLabel) that posts body()
 * to path (or path()). fields: {name: {wrapper, input|select|inputs}}; required: {name: message}
 * for the fields that must be filled in; body: default every field's value by name; actions: more
 * buttons after the submit button. After a success: the done message, the form emptied (unless
 * keep), then onSaved().
 */
export function postingForm(title, path, fields, {
  body = () => valuesOf(fields), required = {}, submitLabel = title, done, keep = false, onSaved, actions = [],
}) {
  return submitForm({
    label: title,
    parts: Object.values(fields).map((f) => f.wrapper),
    submitLabel,
    actions,
    check: () => Object.entries(required)
      .filter(([name]) => !value(fields[name]))
      .map(([name, message]) => ({ field: name, message })),
    send: async ({ form, result }) => {
      await post(typeof path === 'function' ? path() : path, body());
      result.append(statusMessage(done));
      if (!keep) form.reset();
      if (onSaved) await onSaved();
    },
  }).form;
}

/** The buurten of a wijk as choices; whole: with "the whole wijk" first. */
export function buurtOptions(wijk, whole = true) {
  const buurten = wijk.buurten.map((b) => ({ value: b.code, label: b.name }));
  return whole ? [{ value: '', label: '– hele wijk –' }, ...buurten] : buurten;
}

/** A buurt's name by its code (a dash for none). */
export const buurtNamer = (wijk) => (code) => (wijk.buurten.find((b) => b.code === code) || { name: code || NONE }).name;

/** The choice of one buurt of a wijk, the first one chosen. */
export const buurtField = (wijk) => selectField({
  label: 'Buurt', name: 'buurt_code', options: buurtOptions(wijk, false), value: wijk.buurten[0]?.code,
});

/** A "Cancel" button for a form that changes a record. */
const cancelButton = (onCancel) => (onCancel ? [button('Annuleren', { onclick: onCancel })] : []);

/**
 * The form of a new activity, or with `activity` the form that changes it. onSaved(body) gets what
 * was saved (its held_on says the year to show); onCancel: a button that gives up the change.
 */
export function activityForm({ wijk, themes, onSaved, activity = null, onCancel }) {
  const a = activity || {};
  const fields = {
    held_on: dateField('Datum', 'held_on', a.held_on || ''),
    title: textField({ label: 'Titel', name: 'title', value: a.title || '' }),
    buurt_code: selectField({ label: 'Buurt', name: 'buurt_code', options: buurtOptions(wijk), value: a.buurt_code || '' }),
    type: selectField({ label: 'Soort activiteit', name: 'type', options: ACTIVITY_TYPES.map((t) => ({ value: t, label: t })), value: a.type || 'ontmoeting' }),
    theme_id: selectField({
      label: 'Prioriteit (thema)', name: 'theme_id',
      options: [{ value: '', label: '– geen –' }, ...themes.filter((t) => t.active || t.id === a.theme_id).map((t) => ({ value: t.id, label: t.name }))],
      value: a.theme_id || '',
    }),
    effort: selectField({ label: 'Inzet', name: 'effort', options: ['Basis', 'Plus', 'PlusPlus'].map((e) => ({ value: e, label: e })), value: a.effort || 'Basis' }),
    organisations: textField({ label: 'Organisaties', name: 'organisations', value: a.organisations || '', description: 'Welke organisaties deden mee? Bijvoorbeeld: welzijn, corporatie.' }),
    participants: textField({ label: 'Aantal deelnemers', name: 'participants', value: activity ? String(a.participants) : '', attrs: { inputmode: 'numeric' } }),
    cost: textField({ label: 'Kosten in euro', name: 'cost', value: activity ? euroInput(a.cost) : '', description: 'Bijvoorbeeld 125,50. Leeg is 0.', attrs: { inputmode: 'decimal' } }),
    result: textArea({ label: 'Resultaat', name: 'result', value: a.result || '' }),
  };
  let sent = null;
  const title = activity ? `Activiteit ‘${a.title}’ wijzigen` : 'Activiteit toevoegen';
  return postingForm(title, activity ? `/api/v1/wijkwerk/activiteiten/${a.id}` : '/api/v1/wijkwerk/activiteiten', fields, {
    submitLabel: activity ? 'Wijzigingen opslaan' : title,
    done: activity ? 'De activiteit is gewijzigd.' : 'De activiteit is toegevoegd.',
    onSaved: () => onSaved(sent),
    actions: cancelButton(onCancel),
    required: {
      held_on: 'Vul de datum in.', title: 'Geef de activiteit een titel.',
      organisations: 'Noem de organisaties die meededen.', participants: 'Vul het aantal deelnemers in.',
    },
    body: () => {
      sent = { ...valuesOf(fields), wijk_code: wijk.code, theme_id: value(fields.theme_id) ? Number(value(fields.theme_id)) : null };
      return sent;
    },
  });
}

/** An amount in euros as the cost field takes it: "45,50", "12" (empty for none). */
function euroInput(amount) {
  if (amount === null || amount === undefined) return '';
  return Number.isInteger(amount) ? String(amount) : amount.toFixed(2).replace('.', ',');
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
  return postingForm(`Wijkprofiel ${year} bewerken`, '/api/v1/wijkwerk/profielen', fields, {
    submitLabel: 'Wijkprofiel opslaan', done: 'Het wijkprofiel is opgeslagen.', keep: true, onSaved,
    required: { description: 'Beschrijf de wijk in een paar zinnen.' },
    body: () => ({
      wijk_code: wijk.code,
      year,
      description: value(fields.description),
      focus: (fields.focus.inputs.find((i) => i.checked) || { value: '' }).value,
      priorities: fields.priorities.inputs.filter((i) => i.checked).map((i) => Number(i.value)),
      // Team and meeting places stay as they are.
      team: profile ? profile.team : [],
      meeting_places: profile ? profile.meeting_places : [],
    }),
  });
}

export function caseForm({ wijk, onSaved }) {
  const fields = {
    reported_on: dateField('Datum van de melding', 'reported_on'),
    buurt_code: buurtField(wijk),
    dispute: selectField({ label: 'Soort burenruzie', name: 'dispute', options: optionsOf(DISPUTES), value: 'geluid' }),
  };
  return postingForm('Bemiddelingszaak aanmelden', '/api/v1/wijkwerk/bemiddelingen', fields, {
    submitLabel: 'Zaak aanmelden', done: 'De zaak is aangemeld. De intake moet binnen 5 werkdagen.', onSaved,
    required: { reported_on: 'Vul de datum van de melding in.' },
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
    outcome: selectField({ label: 'Uitkomst', name: 'outcome', options: optionsOf(OUTCOMES), value: c.outcome }),
    exclusion_reason: selectField({ label: 'Reden van uitsluiting', name: 'exclusion_reason', options: optionsOf(EXCLUSIONS), value: c.exclusion_reason }),
  };
  return postingForm(`Stappen van zaak ${c.case_number}`, `/api/v1/wijkwerk/bemiddelingen/${c.id}`, fields, {
    submitLabel: 'Stappen opslaan', done: 'De stappen zijn opgeslagen.', keep: true, onSaved,
  });
}

/** The form of a new physical work, or with `work` the form that changes it (as activityForm). */
export function workForm({ wijk, onSaved, work = null, onCancel }) {
  const w = work || {};
  const fields = {
    title: textField({ label: 'Naam van het werk', name: 'title', value: w.title || '' }),
    kind: selectField({ label: 'Soort werk', name: 'kind', options: optionsOf(WORK_KINDS), value: w.kind || 'renovatie' }),
    area_code: selectField({ label: 'Gebied', name: 'area_code', options: [{ value: wijk.code, label: `hele wijk ${wijk.name}` }, ...buurtOptions(wijk, false)], value: w.area_code || wijk.code }),
    starts_on: dateField('Start', 'starts_on', w.starts_on || ''),
    ends_on: dateField('Einde (leeg als nog niet bekend)', 'ends_on', w.ends_on || ''),
    description: textArea({ label: 'Toelichting', name: 'description', value: w.description || '' }),
  };
  let sent = null;
  return postingForm(work ? `Werk ‘${w.title}’ wijzigen` : 'Fysiek werk toevoegen',
    work ? `/api/v1/wijkwerk/werken/${w.id}` : '/api/v1/wijkwerk/werken', fields, {
      submitLabel: work ? 'Wijzigingen opslaan' : 'Werk toevoegen',
      done: work ? 'Het werk is gewijzigd.' : 'Het werk is toegevoegd.',
      onSaved: () => onSaved(sent),
      actions: cancelButton(onCancel),
      required: { title: 'Geef het werk een naam.', starts_on: 'Vul de startdatum in.' },
      body: () => {
        sent = valuesOf(fields);
        return sent;
      },
    });
}
