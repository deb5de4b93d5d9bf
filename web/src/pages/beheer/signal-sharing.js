// Beheer: with which partners the own organisation shares the details of its signals, per wijk
// (the partnership's agreement; the server allows a beheerder to change the own organisation's only).
import { h, replace } from '../../shared/dom.js';
import { get, post } from '../../shared/api.js';
import { paragraph } from '../../shared/page.js';
import { statusMessage } from '../../shared/fields.js';
import { dataTable } from '../../shared/table.js';
import { dateText } from '../../shared/dates.js';

const key = (g) => `${g.wijk_code}|${g.owner_organisation_id}|${g.partner_organisation_id}`;

function ownTable(data, onChange) {
  const own = data.organisation_id;
  const partners = data.organisations.filter((o) => o.id !== own);
  const shared = new Set(data.grants.map(key));
  const wijkName = (w) => `${w.name} (${w.code})`;
  const columns = [
    { key: 'name', label: 'Wijk', cell: wijkName },
    ...partners.map((p) => ({
      key: `p${p.id}`,
      label: `Delen met ${p.name}`,
      cell: (w) => {
        const box = h('input', {
          type: 'checkbox',
          class: 'utrecht-checkbox utrecht-checkbox--html-checkbox',
          checked: shared.has(`${w.code}|${own}|${p.id}`),
          'aria-label': `Details in ${w.name} delen met ${p.name}`,
        });
        box.addEventListener('change', () => onChange(box, w, p));
        return box;
      },
    })),
  ];
  return dataTable(columns, data.wijken, { caption: 'Wat uw organisatie deelt', rowHeader: 'name' });
}

function receivedTable(data) {
  const own = data.organisation_id;
  const name = (id) => (data.organisations.find((o) => o.id === id) || { name: String(id) }).name;
  const wijk = (code) => (data.wijken.find((w) => w.code === code) || { name: code }).name;
  const rows = data.grants.filter((g) => g.partner_organisation_id === own);
  return dataTable([
    { key: 'owner', label: 'Organisatie', value: (g) => name(g.owner_organisation_id) },
    { key: 'wijk', label: 'Wijk', value: (g) => wijk(g.wijk_code) },
    { key: 'granted_at', label: 'Sinds', cell: (g) => dateText(g.granted_at) },
  ], rows, { caption: 'Wat partners met uw organisatie delen', sortable: true, empty: 'Geen partner deelt nu details van signalen met uw organisatie.' });
}

/** The section's content; loads the agreement and keeps it up to date after each change. */
export async function signalSharing() {
  const box = h('div', { class: 'lb-sharing' });
  const status = h('div', { class: 'lb-result', 'aria-live': 'polite' });
  let data = await get('/api/v1/signalen/deelafspraken');

  async function change(input, wijk, partner) {
    const wanted = input.checked;
    input.disabled = true;
    status.replaceChildren();
    try {
      data = await post('/api/v1/signalen/deelafspraken', { wijk_code: wijk.code, organisation_id: partner.id, shared: wanted });
      status.append(statusMessage(wanted
        ? `Uw organisatie deelt de details in ${wijk.name} nu met ${partner.name}.`
        : `Uw organisatie deelt de details in ${wijk.name} niet meer met ${partner.name}.`));
      render();
    } catch (err) {
      input.checked = !wanted;
      input.disabled = false;
      status.append(statusMessage(err.message, 'info'));
    }
  }
  function render() {
    replace(box,
      paragraph('De details van een contactmoment (adres, notities, opvolging) ziet alleen de organisatie die het '
        + 'vastlegde. Hier kiest u per wijk met welke partner uw organisatie die details deelt. Een medewerker van '
        + 'die partner ziet ze alleen als de wijk bij zijn wijken staat. Iedereen ziet de aantallen.'),
      data.wijken.length ? ownTable(data, change) : paragraph('Er zijn nog geen wijken ingelezen.'),
      h('h3', { class: 'utrecht-heading-3' }, 'Wat partners met u delen'),
      receivedTable(data));
  }
  render();
  return h('div', {}, box, status);
}
