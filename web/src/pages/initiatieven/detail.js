// One resident initiative (/initiatieven/<id>, for staff): its facts and area, the pledges, the
// supports with the entry of a paper list, the decision with pledges, realisation and evaluation.
import { h } from '../../shared/dom.js';
import { get, post } from '../../shared/api.js';
import { startPage, paragraph, section, factList } from '../../shared/page.js';
import { loadForPage } from '../../shared/page-errors.js';
import { textField, textArea, choiceFieldset, fieldGroup, statusMessage } from '../../shared/fields.js';
import { submitForm } from '../../shared/form.js';
import { dataTable } from '../../shared/table.js';
import { euro, int, dateTime, NONE } from '../../shared/format.js';
import { dateText } from '../../shared/dates.js';
import { TYPE_LABEL, STATE_LABEL, stateText } from '../../neighbourhood/words.js';
import { areaMap, areaText } from '../../neighbourhood/initiative-area.js';

export const what = 'de bewonersinitiatieven';

export const isStaff = (user) => ['beheerder', 'analist', 'wijkteam'].includes(user.role);
export const day = (iso) => dateText(iso);

/** A form of this page: its parts, the button, and send({result}) when it is submitted. */
const formOf = (parts, submitLabel, send) => submitForm({ parts, submitLabel, send }).form;

export async function renderDetail(main, user, id) {
  startPage(main, 'Initiatief');
  if (!isStaff(user)) {
    main.append(paragraph('Met uw rol ziet u de cijfers op de pagina Initiatieven.'));
    return;
  }
  const loaded = await loadForPage(main, { user, what, onNotFound: (err) => main.append(paragraph(err.message)) },
    () => Promise.all([get(`/api/v1/initiatieven/${encodeURIComponent(id)}`), get('/api/v1/initiatieven/keuzes')]));
  if (!loaded) return;
  const [i, options] = loaded;
  startPage(main, i.title);
  const reload = () => renderDetail(main, user, id);
  main.append(paragraph(h('a', { class: 'utrecht-link', href: '/initiatieven' }, 'Terug naar de initiatieven')));
  if (i.state === 'open') {
    const due = i.decision_due ? `Het besluit moet uiterlijk ${day(i.decision_due)} genomen zijn${i.overdue ? ': dat is te laat' : ''}.` : '';
    const decision = choiceFieldset({
      legend: 'Besluit', name: 'decision', options: [{ value: 'goedgekeurd', label: 'Goedkeuren' }, { value: 'afgewezen', label: 'Afwijzen' }],
    });
    const reason = textArea({ label: 'Reden bij afwijzen', name: 'reason', rows: 3 });
    const pledgeFields = options.organisations.map((o) => ({
      o,
      amount: textField({ label: `${o.name}: bedrag in euro`, name: `amount-${o.id}`, attrs: { inputmode: 'decimal' } }),
      hours: textField({ label: `${o.name}: uren`, name: `hours-${o.id}`, attrs: { inputmode: 'numeric' } }),
      means: textField({ label: `${o.name}: middelen`, name: `means-${o.id}` }),
    }));
    const pledgeBox = fieldGroup({ legend: 'Toezeggingen per organisatie', field: 'pledges' },
      pledgeFields.map((p) => [p.amount.wrapper, p.hours.wrapper, p.means.wrapper]));
    main.append(section('Besluit van het wijkteam',
      due ? paragraph(due) : null,
      i.supported ? null : paragraph(`Goedkeuren kan pas bij een meerderheid (${int(i.needed)} steunbetuigingen). Afwijzen kan altijd.`),
      submitForm({
        parts: [decision.wrapper, reason.wrapper, pledgeBox],
        submitLabel: 'Besluit opslaan',
        // No choice is made for the team: it must pick one itself.
        check: () => (decision.inputs.some((x) => x.checked) ? [] : [{ field: 'decision', message: 'Kies of u het initiatief goedkeurt of afwijst.' }]),
        send: async () => {
          const { value } = decision.inputs.find((x) => x.checked);
          await post(`/api/v1/initiatieven/${i.id}/besluit`, {
            decision: value,
            reason: reason.input.value,
            pledges: pledgeFields.map((p) => ({
              organisation_id: p.o.id, amount: p.amount.input.value, hours: p.hours.input.value, means: p.means.input.value,
            })),
          });
          await reload();
        },
      }).form));
  }
  const facts = [
    ['Stand', stateText(i)],
    ['Soort', TYPE_LABEL[i.type] || i.type],
    ['Buurt', `${i.buurt_name} (${i.wijk_name})`],
    ['Beschrijving', i.description],
    ['Gevraagd', [i.asked_amount ? euro(i.asked_amount) : null, i.asked_hours ? `${int(i.asked_hours)} uur` : null, i.asked_materials || null].filter(Boolean).join(', ') || NONE],
    ['Gevraagd aan', i.asked_organisation || NONE],
    ['Ingediend', `${day(i.created_at)} via ${i.source === 'portaal' ? 'het bewonersportaal' : (i.source === 'papier' ? 'papier' : 'een medewerker')}${i.entered_by ? ` (ingevoerd door ${i.entered_by})` : ''}`],
    ['Huishoudens', `${int(i.households)} (${areaText(i.gebied, i.buurt_name)} ${i.households_text || ''})`],
    ['Steun', `${int(i.supports)} steunbetuigingen; ${int(i.needed)} nodig voor een meerderheid${i.supported ? ' – de meerderheid is bereikt' : ''}`],
    ['Besluit uiterlijk', i.decision_due ? `${day(i.decision_due)}${i.overdue ? ' (te laat)' : ''}` : NONE],
  ];
  if (i.decided_at) facts.push(['Besluit', `${STATE_LABEL[i.state === 'afgewezen' ? 'afgewezen' : 'goedgekeurd']} op ${day(i.decided_at)} door ${i.decided_by}`]);
  if (i.refusal_reason) facts.push(['Reden', i.refusal_reason]);
  if (i.realised_at) facts.push(['Gerealiseerd', day(i.realised_at)]);
  if (i.evaluation) facts.push(['Evaluatie', i.evaluation]);
  main.append(section('Gegevens', factList(facts)));
  main.append(section('Gebied', areaMap(i.gebied_geojson, `${areaText(i.gebied, i.buurt_name)} Steun telt alleen van adressen in dit gebied.`)));
  if (i.pledges.length) {
    main.append(section('Toezeggingen', dataTable([
      { key: 'organisation', label: 'Organisatie' },
      { key: 'amount', label: 'Geld', numeric: true, cell: (p) => euro(p.amount) },
      { key: 'hours', label: 'Uren', numeric: true, cell: (p) => int(p.hours) },
      { key: 'means', label: 'Middelen', cell: (p) => p.means || NONE },
    ], i.pledges, { caption: 'Wat elke organisatie bijdraagt', rowHeader: 'organisation' })));
  }
  // Supports: the paper list, and who entered what.
  const supportParts = [];
  if (i.state === 'open') {
    const postcode = textField({ label: 'Postcode', name: 'postcode' });
    const huisnummer = textField({ label: 'Huisnummer', name: 'huisnummer' });
    const toevoeging = textField({ label: 'Toevoeging (mag leeg)', name: 'toevoeging' });
    supportParts.push(h('h3', { class: 'utrecht-heading-3' }, 'Steun van een papieren lijst invoeren'),
      formOf([postcode.wrapper, huisnummer.wrapper, toevoeging.wrapper], 'Steun toevoegen', async ({ result }) => {
        const answer = await post(`/api/v1/initiatieven/${i.id}/steunbetuigingen`, {
          postcode: postcode.input.value, huisnummer: huisnummer.input.value, toevoeging: toevoeging.input.value,
        });
        result.append(statusMessage(`Toegevoegd: nu ${answer.supports} van ${answer.needed} nodig.${answer.supported ? ' De meerderheid is bereikt.' : ''}`));
        postcode.input.value = '';
        huisnummer.input.value = '';
        toevoeging.input.value = '';
      }));
  }
  supportParts.push(dataTable([
    { key: 'address', label: 'Adres' },
    { key: 'source', label: 'Via', value: (s) => (s.source === 'papier' ? 'papieren lijst' : 'portaal') },
    { key: 'entered_by', label: 'Ingevoerd door', value: (s) => s.entered_by || NONE },
    { key: 'created_at', label: 'Datum', cell: (s) => dateTime(s.created_at) },
  ], i.support_list, { caption: `${i.support_list.length} steunbetuigingen (één per adres)`, rowHeader: 'address' }));
  // The addresses are many (130 and more) and rarely needed: folded, with their count.
  const list = supportParts.pop();
  supportParts.push(h('details', { class: 'lb-details' },
    h('summary', {}, `De ${int(i.support_list.length)} adressen die steunen`), list));
  main.append(section('Steun', supportParts));

  if (i.state === 'goedgekeurd' || i.state === 'gerealiseerd') {
    const next = i.state === 'goedgekeurd' ? 'gerealiseerd' : 'geevalueerd';
    const evaluation = textArea({ label: next === 'geevalueerd' ? 'Evaluatie' : 'Toelichting (mag leeg)', name: 'evaluation', rows: 3 });
    main.append(section(next === 'gerealiseerd' ? 'Realisatie' : 'Evaluatie',
      formOf([evaluation.wrapper], next === 'gerealiseerd' ? 'Markeer als gerealiseerd' : 'Evaluatie opslaan', async () => {
        await post(`/api/v1/initiatieven/${i.id}/status`, { state: next, evaluation: evaluation.input.value });
        await reload();
      })));
  }
}

