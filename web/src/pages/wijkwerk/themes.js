// The partnership's themes (the priorities of the wijken and activities) on the Wijkwerk page:
// the list for everyone; for analist and beheerder adding one, renaming one and taking one out of
// use (or back), without losing what already refers to it.
import { h, replace } from '../../shared/dom.js';
import { get, post } from '../../shared/api.js';
import { paragraph, section, disclosure } from '../../shared/page.js';
import { errorAlert } from '../../shared/page-errors.js';
import { textField, selectField, button, statusMessage } from '../../shared/fields.js';
import { postingForm, value } from './forms.js';

function themeForm({ onSaved }) {
  const fields = { name: textField({ label: 'Nieuw thema', name: 'name' }) };
  return postingForm('Thema toevoegen', '/api/v1/wijkwerk/themas', fields, {
    done: 'Het thema is toegevoegd.', required: { name: 'Geef het thema een naam.' }, onSaved,
  });
}

function renameForm(themes, onSaved) {
  const fields = {
    id: selectField({ label: 'Thema', name: 'id', options: themes.map((t) => ({ value: t.id, label: t.name })), value: themes[0].id }),
    name: textField({ label: 'Nieuwe naam', name: 'name' }),
  };
  return postingForm('Thema hernoemen', () => `/api/v1/wijkwerk/themas/${value(fields.id)}`, fields, {
    submitLabel: 'Naam opslaan', done: 'De naam is opgeslagen.', keep: true, required: { name: 'Vul de nieuwe naam in.' },
    body: () => ({ name: value(fields.name) }), onSaved: () => onSaved('De naam is opgeslagen.'),
  });
}

/** The themes section; mayKeep: the caller may add, rename and (de)activate themes. */
export function themesSection({ mayKeep }) {
  const list = h('div');
  const forms = h('div');
  async function show(message) {
    const { themes } = await get('/api/v1/wijkwerk/themas');
    const toggle = (t) => button(t.active ? `${t.name} niet meer gebruiken` : `${t.name} weer gebruiken`, {
      onclick: async () => {
        try {
          await post(`/api/v1/wijkwerk/themas/${t.id}`, { active: !t.active });
          await show(t.active ? `${t.name} wordt niet meer gebruikt.` : `${t.name} wordt weer gebruikt.`);
        } catch (err) {
          replace(forms, errorAlert(err.message));
        }
      },
    });
    replace(list,
      message ? statusMessage(message) : null,
      themes.length
        ? h('ul', { class: 'utrecht-unordered-list lb-theme-list' }, themes.map((t) => h('li', {},
          t.active ? t.name : `${t.name} (niet meer in gebruik)`, mayKeep ? [' ', toggle(t)] : null)))
        : paragraph('Er zijn nog geen thema\u2019s.'));
    if (mayKeep) {
      replace(forms,
        disclosure('Thema toevoegen', themeForm({ onSaved: () => show('Het thema is toegevoegd.') })),
        themes.length ? disclosure('Thema hernoemen', renameForm(themes, show)) : null);
    }
  }
  const element = section('Thema\u2019s van het partnerschap',
    paragraph('De prioriteiten van de wijken en de activiteiten kiezen uit deze lijst. Een thema dat niet meer in gebruik is, blijft bij wat er al mee is vastgelegd.'),
    list, forms);
  return { element, show };
}
