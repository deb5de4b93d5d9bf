// Corrections on the Wijkwerk page (issue 11): the "Wijzigen" and "Verwijderen" buttons of a row in
// the lists of activities, works, team members and meeting places. Removing asks first, in the row
// itself (the answer "Nee" puts the buttons back); a refusal of the server (an activity the spending
// ledger names, say) is shown in the row.
import { h, replace } from '../../shared/dom.js';
import { button } from '../../shared/fields.js';
import { errorAlert } from '../../shared/page-errors.js';

/**
 * The buttons of one row. name: what the row is called (for the buttons' labels and the question);
 * onEdit(): fill the form with the row; onRemove(): remove it (may throw an ApiError).
 */
export function rowActions({ name, onEdit, onRemove }) {
  const cell = h('div', { class: 'lb-confirm lb-row-actions' });
  const ask = () => {
    const yes = button('Ja, verwijderen', {
      primary: true,
      onclick: async () => {
        try {
          await onRemove();
        } catch (err) {
          replace(cell, errorAlert(err.message), button('Terug', { onclick: start }));
        }
      },
    });
    replace(cell, h('span', { class: 'lb-confirm__question' }, `\u2018${name}\u2019 verwijderen?`), ' ', yes, ' ',
      button('Nee', { onclick: start }));
    yes.focus();
  };
  const start = () => replace(cell,
    onEdit ? button('Wijzigen', { onclick: onEdit, attrs: { 'aria-label': `${name} wijzigen` } }) : null, ' ',
    button('Verwijderen', { onclick: ask, attrs: { 'aria-label': `${name} verwijderen` } }));
  start();
  return cell;
}

/**
 * A place for a form that is either the form to add a record or the one to change a row:
 * edit(title, form) shows the change form open (with focus on its first field), reset() the add form
 * again.
 */
export function formSlot(addTitle, addForm, { open = false } = {}) {
  const details = h('details', { class: 'lb-details', open });
  const showAdd = () => replace(details, h('summary', {}, addTitle), addForm());
  showAdd();
  return {
    element: details,
    edit(title, form) {
      replace(details, h('summary', {}, title), form);
      details.open = true;
      details.scrollIntoView({ block: 'start' });
      const first = form.querySelector('input, select, textarea');
      if (first) first.focus();
    },
    reset: showAdd,
  };
}
