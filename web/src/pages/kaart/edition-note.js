// Kaart: which edition of the Leefbaarometer and which budget year the programme uses, and why
// (its saved settings), next to the map's own edition switch; a beheerder or analist changes the
// programme's edition and budget year here too (issue 11 point 10).
import { h, replace } from '../../shared/dom.js';
import { post } from '../../shared/api.js';
import { selectField, textField, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';

const EDITORS = ['beheerder', 'analist'];

/** The editions as choices, the programme's and the newest named. */
export function editionOptions(info) {
  return info.editions.map((e) => {
    const notes = [e === info.edition ? 'programma' : null, e === info.newest_edition ? 'nieuwste' : null].filter(Boolean);
    return { value: e, label: notes.length ? `${e} (${notes.join(', ')})` : String(e) };
  });
}

/** Puts the editions into a select again (after the programme's edition changed). */
export function refillEditions(select, info, value) {
  replace(select, editionOptions(info).map((o) => h('option', { value: String(o.value), selected: o.value === value }, o.label)));
}

function noteText(info, viewed) {
  const parts = [];
  if (viewed !== info.edition) {
    parts.push(`U bekijkt editie ${viewed}: de kleuren zijn berekend met de scores van ${viewed} en verder dezelfde instellingen. `);
  }
  parts.push(info.budget_year_set
    ? 'Editie en begrotingsjaar staan zo in de opgeslagen instellingen van het programma. '
    : 'De editie staat zo in de opgeslagen instellingen van het programma; een eigen begrotingsjaar is niet ingesteld, dus het budget geldt voor het jaar van de editie. ');
  if (info.newest_edition && info.newest_edition > info.edition) parts.push(`Er is een nieuwere editie: ${info.newest_edition}. `);
  else parts.push('Dat is de nieuwste editie. ');
  if (info.editions.length > 1) parts.push('Met de keuze “Editie van de Leefbaarometer” bekijkt u een andere editie op de kaart; het programma verandert daardoor niet.');
  return parts.join('');
}

function settingsForm(info, onSaved, { edition, year }) {
  const { form } = submitForm({
    label: 'Instellingen van het programma',
    parts: [h('p', { class: 'utrecht-paragraph lb-hint' }, 'Dit verandert de kleuren, het niveau van inzet en het budget '
      + 'van het programma voor iedereen in uw organisatie. De wijziging wordt vastgelegd.'), edition.wrapper, year.wrapper],
    submitLabel: 'Opslaan voor het programma',
    busy: true,
    check: () => (/^\d{4}$/.test(year.input.value.trim()) ? [] : [{ field: 'budget_year', message: 'Vul een jaartal in, zoals 2026.' }]),
    send: async ({ result }) => {
      const params = { edition: Number(edition.select.value) };
      // Without an own budget year the budget follows the edition, unless one is chosen here.
      const chosenYear = Number(year.input.value);
      if (info.budget_year_set || chosenYear !== info.budget_year) params.budget_year = chosenYear;
      const saved = await post('/api/v1/programma/instellingen', { params });
      replace(result, statusMessage(`Opgeslagen: het programma gebruikt nu de Leefbaarometer ${saved.params.edition} `
        + `en het budget voor ${saved.params.budget_year}.`));
      await onSaved();
    },
  });
  return h('details', { class: 'lb-map-edition__change' },
    h('summary', {}, 'Editie of begrotingsjaar van het programma wijzigen'), form);
}

/**
 * The note above the map. info: the /api/v1/kaart answer (the page updates it in place after a
 * change); onSaved: called after the programme's settings changed (the page loads its map again).
 * Answers {element, show(viewed edition)}.
 */
export function editionNote({ info, user, onSaved }) {
  const note = h('p', { class: 'utrecht-paragraph lb-map-edition' });
  const element = h('div', { class: 'lb-map-edition-block' }, note);
  const edition = selectField({ label: 'Editie voor het programma', name: 'edition', options: editionOptions(info), value: info.edition });
  const year = textField({
    label: 'Begrotingsjaar', name: 'budget_year', type: 'number', value: String(info.budget_year),
    attrs: { min: '1990', max: '2100', step: '1', inputmode: 'numeric' },
  });
  if (EDITORS.includes(user.role) && info.editions.length) element.append(settingsForm(info, onSaved, { edition, year }));
  return {
    element,
    /** Says what the map shows; after a change of info (the programme's settings) too. */
    show(viewed) {
      refillEditions(edition.select, info, info.edition);
      year.input.value = String(info.budget_year);
      replace(note, h('strong', {}, `Programma: Leefbaarometer ${info.edition}, budget ${info.budget_year}.`), ' ', noteText(info, viewed));
    },
  };
}
