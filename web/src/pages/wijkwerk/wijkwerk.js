// Wijkwerk: choose a wijk and a year; the deadline reminders, its profile (team and meeting places:
// wijkwerk-team.js), activities (list and form), campaigns (wijkwerk-campaigns.js), neighbour
// mediation with deadline warnings (for those who may see cases), physical works, the timeline and
// the figures of the year. /wijkwerk shows the choice, the reminders, the figures of all wijken
// and the themes (wijkwerk-themes.js).
import { h, replace, append } from '../../shared/dom.js';
import { get, api } from '../../shared/api.js';
import { startPage, paragraph, section, factList, bulletList, disclosure } from '../../shared/page.js';
import { loadForPage, errorBlock } from '../../shared/page-errors.js';
import { selectField, yearField, fileField, button, statusMessage } from '../../shared/fields.js';
import { rowActions, formSlot } from './corrections.js';
import { submitForm } from '../../shared/form.js';
import { sendFile, showProblems } from '../../shared/file-import.js';
import { dataTable } from '../../shared/table.js';
import { euro, int, NONE } from '../../shared/format.js';
import { dateText } from '../../shared/dates.js';
import { WORK_KINDS, FOCUS } from '../../neighbourhood/words.js';
import { remindersBlock } from '../../neighbourhood/reminders.js';
import { renderTimeline } from '../../neighbourhood/timeline.js';
import { activityForm, profileForm, caseForm, stepsForm, workForm, buurtNamer, DISPUTES, OUTCOMES, EXCLUSIONS } from './forms.js';
import { teamBlock, placesBlock, savedMessage } from './team.js';
import { campaignsBlock } from './campaigns.js';
import { themesSection } from './themes.js';

export const what = 'het wijkwerk';

function chooser(overview, wijkCode, year) {
  const wijk = selectField({
    label: 'Wijk', name: 'wijk',
    options: [{ value: '', label: '– alle wijken –' }, ...overview.wijken.map((w) => ({ value: w.code, label: w.name }))],
    value: wijkCode || '',
  });
  const years = [...new Set([...overview.years, Number(overview.today.slice(0, 4))])].sort((a, b) => b - a);
  const jaar = yearField({ name: 'jaar', years, value: year });
  const form = h('form', { class: 'utrecht-form lb-form lb-wijkwerk-chooser', 'aria-label': 'Wijk en jaar kiezen' },
    wijk.wrapper, jaar.wrapper, h('div', { class: 'lb-actions' }, button('Tonen', { primary: true, type: 'submit' })));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const path = wijk.select.value ? `/wijkwerk/${encodeURIComponent(wijk.select.value)}` : '/wijkwerk';
    location.assign(`${path}?jaar=${jaar.select.value}`);
  });
  return form;
}

/** The first column of the figures: the wijk, or the total row. */
const wijkColumn = (wijkName) => ({ key: 'wijk_code', label: 'Wijk', value: (r) => (r.wijk_code === 'totaal' ? 'Totaal' : wijkName(r.wijk_code)) });

function figuresTable(figures, wijkName, caption) {
  return dataTable([
    wijkColumn(wijkName),
    { key: 'activities', label: 'Activiteiten', numeric: true, cell: (r) => int(r.activities) },
    { key: 'Basis', label: 'Basis', numeric: true, value: (r) => r.per_effort.Basis, cell: (r) => int(r.per_effort.Basis) },
    { key: 'Plus', label: 'Plus', numeric: true, value: (r) => r.per_effort.Plus, cell: (r) => int(r.per_effort.Plus) },
    { key: 'PlusPlus', label: 'PlusPlus', numeric: true, value: (r) => r.per_effort.PlusPlus, cell: (r) => int(r.per_effort.PlusPlus) },
    { key: 'participants', label: 'Deelnemers', numeric: true, cell: (r) => int(r.participants) },
    { key: 'cost', label: 'Kosten', numeric: true, cell: (r) => euro(r.cost) },
  ], figures, { caption, rowHeader: 'wijk_code' });
}

function mediationTable(figures, wijkName, caption) {
  return dataTable([
    wijkColumn(wijkName),
    { key: 'reported', label: 'Meldingen', numeric: true },
    { key: 'excluded', label: 'Uitgesloten', numeric: true },
    { key: 'intake_on_time', label: 'Intake op tijd', numeric: true },
    { key: 'intake_late', label: 'Intake te laat', numeric: true },
    { key: 'joint_talks', label: 'Gezamenlijke gesprekken', numeric: true },
    { key: 'solved', label: 'Opgelost', numeric: true },
    { key: 'partly_solved', label: 'Deels opgelost', numeric: true },
    { key: 'not_solved', label: 'Niet opgelost', numeric: true },
    { key: 'running', label: 'Lopend', numeric: true },
    { key: 'overdue', label: 'Termijn verstreken', numeric: true },
  ], figures, { caption, rowHeader: 'wijk_code' });
}

async function renderOverview(main, overview, year, user) {
  const wijkName = (code) => (overview.wijken.find((w) => w.code === code) || { name: code }).name;
  append(main, [chooser(overview, '', year), remindersBlock({ user })]);
  main.append(section('Wijken', bulletList(
    overview.wijken.map((w) => h('a', { class: 'utrecht-link', href: `/wijkwerk/${w.code}?jaar=${year}` }, w.name)))));
  const figuresBlock = h('div');
  main.append(section(`Cijfers ${year}`, figuresBlock));
  try {
    const f = await get(`/api/v1/wijkwerk/cijfers?year=${year}`);
    replace(figuresBlock,
      figuresTable(f.activities, wijkName, `Activiteiten per wijk in ${year}`),
      paragraph(`Acties: ${int(f.campaigns.christmas_trees)} kerstbomen, ${int(f.campaigns.superbuur_nominations)} superbuur-nominaties (${int(f.campaigns.superburen_chosen)} gekozen), ${int(f.campaigns.reporters)} wijkreporters met ${int(f.campaigns.reporter_assignments)} opdrachten.`),
      mediationTable(f.mediation, wijkName, `Buurtbemiddeling per wijk in ${year}`),
      paragraph(
        h('a', { class: 'utrecht-link', href: `/api/v1/registraties/activiteiten/export?year=${year}&format=csv`, download: '' }, `Activiteiten ${year} downloaden (CSV)`),
        ' · ',
        h('a', { class: 'utrecht-link', href: `/api/v1/registraties/activiteiten/export?year=${year}&format=xlsx`, download: '' }, `Activiteiten ${year} downloaden (Excel)`),
        ' · ',
        h('a', { class: 'utrecht-link', href: `/api/v1/registraties/bemiddelingscijfers/export?year=${year}&format=csv`, download: '' }, `Cijfers buurtbemiddeling ${year} downloaden (CSV)`),
        ' · ',
        h('a', { class: 'utrecht-link', href: `/api/v1/registraties/bemiddelingscijfers/export?year=${year}&format=xlsx`, download: '' }, `Cijfers buurtbemiddeling ${year} downloaden (Excel)`)));
  } catch (err) {
    replace(figuresBlock, errorBlock(err, 'de cijfers'));
  }
  const themes = themesSection({ mayKeep: overview.may_keep_themes });
  main.append(themes.element);
  await themes.show();
  if (user.role === 'beheerder' || user.role === 'analist') {
    main.append(section('Activiteiten van eerdere jaren inlezen',
      paragraph('Lees een CSV- of Excel-bestand in met de kolommen datum, wijk of buurt, soort, titel, prioriteit, inzet, organisaties, deelnemers, kosten en resultaat (zoals de download hierboven). Alle regels of geen: bij een fout verandert er niets.'),
      importForm()));
  }
}

function importForm() {
  const file = fileField({
    label: 'CSV- of Excel-bestand', name: 'file', className: 'utrecht-textbox',
    accept: '.csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  return submitForm({
    label: 'Activiteiten inlezen',
    parts: [file.wrapper],
    submitLabel: 'Inlezen',
    check: () => (file.input.files.length ? [] : [{ field: 'file', message: 'Kies een CSV- of Excel-bestand.' }]),
    send: async ({ result }) => {
      const answer = await sendFile('/api/v1/registraties/activiteiten/import', file.input.files[0]);
      result.append(statusMessage(`${answer.added} activiteiten ingelezen.`));
    },
    fieldOf: () => 'file',
    onError: (err, { result }) => showProblems(err, result, file.input.files[0].name),
  }).form;
}

function profileBlock(profile, year, { organisations, editable, onSaved }) {
  if (!profile) {
    return [paragraph(`Voor ${year} is nog geen wijkprofiel vastgelegd.${editable ? ' Leg het eerst vast; daarna kunt u het wijkteam en de ontmoetingsplekken invullen.' : ''}`)];
  }
  return [
    paragraph(profile.description),
    factList([
      ['Inzet', FOCUS[profile.focus] || profile.focus],
      ['Prioriteiten', profile.priorities.map((p) => p.name).join(', ') || NONE],
    ]),
    teamBlock({ profile, organisations, editable, onSaved }),
    placesBlock({ profile, editable, onSaved }),
  ];
}

async function renderWijk(main, overview, wijk, year, user) {
  const base = `wijk=${wijk.code}&year=${year}`;
  const themes = overview.themes;
  const buurtName = buurtNamer(wijk);

  // Profile.
  const profileSection = h('div');
  const showProfile = async (message) => {
    const { profiles } = await get(`/api/v1/wijkwerk/profielen?${base}`);
    const profile = profiles[0];
    replace(profileSection, savedMessage(message),
      profileBlock(profile, year, { organisations: overview.organisations, editable: wijk.editable, onSaved: showProfile }),
      wijk.editable ? disclosure('Wijkprofiel bewerken', profileForm({ wijk, themes, year, profile, onSaved: showProfile })) : null,
      wijk.editable && profile ? rowActions({
        name: `Wijkprofiel ${year}`,
        onRemove: async () => {
          await api(`/api/v1/wijkwerk/profielen/${profile.id}`, { method: 'DELETE' });
          await showProfile(`Het wijkprofiel ${year} is verwijderd, met het wijkteam en de ontmoetingsplekken.`);
        },
      }) : null);
  };

  // Activities. A record saved in another year than the one shown: the page of that year, which
  // lists it at once.
  const showYearOf = (date, what) => {
    const y = Number(String(date || '').slice(0, 4));
    if (y && y !== year) {
      location.assign(`/wijkwerk/${encodeURIComponent(wijk.code)}?jaar=${y}&opgeslagen=${what}`);
      return true;
    }
    return false;
  };
  const activityList = h('div');
  // After a change the add form comes back and the list says what was saved.
  const activitySaved = (changed) => async (sent) => {
    if (sent && showYearOf(sent.held_on, 'activiteit')) return;
    if (changed) activitySlot.reset();
    await showActivities(changed ? `De activiteit ‘${sent.title}’ is gewijzigd.` : '');
    await showWorks();
    await showFigures();
  };
  const activitySlot = formSlot('Activiteit toevoegen', () => activityForm({ wijk, themes, onSaved: activitySaved(false) }), { open: true });
  const editActivity = (a) => activitySlot.edit(`Activiteit ‘${a.title}’ wijzigen`,
    activityForm({ wijk, themes, activity: a, onSaved: activitySaved(true), onCancel: () => activitySlot.reset() }));
  const showActivities = async (message) => {
    const { activities } = await get(`/api/v1/wijkwerk/activiteiten?${base}`);
    const columns = [
      { key: 'held_on', label: 'Datum', cell: (a) => dateText(a.held_on) },
      { key: 'title', label: 'Activiteit' },
      { key: 'type', label: 'Soort' },
      { key: 'buurt_code', label: 'Buurt', value: (a) => buurtName(a.buurt_code) },
      { key: 'theme', label: 'Prioriteit', cell: (a) => a.theme || NONE },
      { key: 'effort', label: 'Inzet' },
      { key: 'participants', label: 'Deelnemers', numeric: true, cell: (a) => int(a.participants) },
      { key: 'cost', label: 'Kosten', numeric: true, cell: (a) => euro(a.cost) },
    ];
    if (wijk.editable) {
      columns.push({
        key: 'actions', label: 'Wijzigen',
        cell: (a) => rowActions({
          name: a.title,
          onEdit: () => editActivity(a),
          onRemove: async () => {
            await api(`/api/v1/wijkwerk/activiteiten/${a.id}`, { method: 'DELETE' });
            await showActivities(`De activiteit ‘${a.title}’ is verwijderd.`);
            await showFigures();
          },
        }),
      });
    }
    replace(activityList, message ? statusMessage(message) : null, dataTable(columns, activities, {
      caption: `Activiteiten in ${wijk.name} in ${year}`, rowHeader: 'title', sortable: true, empty: `Nog geen activiteiten in ${year}.`,
    }));
  };

  // Campaigns.
  const campaigns = campaignsBlock({ wijk, year, base });

  // Mediation.
  const caseBlock = h('div');
  const showCases = async () => {
    const m = await get(`/api/v1/wijkwerk/bemiddelingen?${base}`);
    const warnings = m.cases.filter((c) => c.warnings.length);
    replace(caseBlock,
      warnings.length
        ? h('div', { class: 'utrecht-alert utrecht-alert--warning lb-warnings' },
          h('p', { class: 'utrecht-paragraph' }, `${warnings.length} ${warnings.length === 1 ? 'zaak heeft' : 'zaken hebben'} een verstreken termijn:`),
          bulletList(warnings.flatMap((c) => c.warnings.map((w) => `${c.case_number}: ${w.message}`))))
        : paragraph('Geen verstreken termijnen.'),
      dataTable([
        { key: 'case_number', label: 'Zaak' },
        { key: 'buurt_code', label: 'Buurt', value: (c) => buurtName(c.buurt_code) },
        { key: 'dispute', label: 'Soort', cell: (c) => DISPUTES[c.dispute] || c.dispute },
        { key: 'reported_on', label: 'Melding', cell: (c) => dateText(c.reported_on) },
        { key: 'intake_on', label: 'Intake', cell: (c) => (c.intake_on ? dateText(c.intake_on) : `uiterlijk ${dateText(c.intake_due)}`) },
        { key: 'joint_talk_on', label: 'Gezamenlijk gesprek', cell: (c) => dateText(c.joint_talk_on) },
        { key: 'aftercare_on', label: 'Nazorg', cell: (c) => dateText(c.aftercare_on) },
        { key: 'outcome', label: 'Uitkomst', cell: (c) => (c.outcome === 'uitgesloten' ? `${OUTCOMES.uitgesloten}: ${EXCLUSIONS[c.exclusion_reason] || ''}` : OUTCOMES[c.outcome || '']) },
        { key: 'warnings', label: 'Termijn', value: (c) => (c.warnings.length ? 'verstreken' : 'in orde') },
      ], m.cases, { caption: `Bemiddelingszaken in ${wijk.name} (gemeld in ${year})`, rowHeader: 'case_number', empty: 'Geen zaken.' }),
      wijk.editable ? m.cases.filter((c) => !c.outcome || c.warnings.length)
        .map((c) => disclosure(`Stappen van zaak ${c.case_number} bijwerken`, stepsForm({ c, onSaved: showCases }))) : null);
  };

  // Works and timeline.
  const worksBlock = h('div');
  const timelineBlock = h('div');
  const workSaved = (changed) => async (sent) => {
    if (sent && showYearOf(sent.starts_on, 'werk')) return;
    if (changed) workSlot.reset();
    await showWorks(changed ? `Het werk ‘${sent.title}’ is gewijzigd.` : '');
  };
  const workSlot = formSlot('Werk toevoegen', () => workForm({ wijk, onSaved: workSaved(false) }));
  const showWorks = async (message) => {
    const [{ works }] = await Promise.all([
      get(`/api/v1/wijkwerk/werken?${base}`), renderTimeline(timelineBlock, { wijk: wijk.code, year })]);
    const columns = [
      { key: 'title', label: 'Werk' },
      { key: 'kind', label: 'Soort', cell: (w) => WORK_KINDS[w.kind] || w.kind },
      { key: 'area_code', label: 'Gebied', value: (w) => (w.area_code === wijk.code ? 'hele wijk' : buurtName(w.area_code)) },
      { key: 'starts_on', label: 'Start', cell: (w) => dateText(w.starts_on) },
      { key: 'ends_on', label: 'Einde', cell: (w) => (w.ends_on ? dateText(w.ends_on) : 'nog niet bekend') },
    ];
    if (wijk.editable) {
      columns.push({
        key: 'actions', label: 'Wijzigen',
        cell: (w) => rowActions({
          name: w.title,
          onEdit: () => workSlot.edit(`Werk ‘${w.title}’ wijzigen`,
            workForm({ wijk, work: w, onSaved: workSaved(true), onCancel: () => workSlot.reset() })),
          onRemove: async () => {
            await api(`/api/v1/wijkwerk/werken/${w.id}`, { method: 'DELETE' });
            await showWorks(`Het werk ‘${w.title}’ is verwijderd.`);
          },
        }),
      });
    }
    replace(worksBlock, message ? statusMessage(message) : null,
      dataTable(columns, works, { caption: `Fysieke werken in ${wijk.name} in ${year}`, rowHeader: 'title', empty: 'Geen fysieke werken in dit jaar.' }));
  };

  // Figures of the year for this wijk.
  const figuresBlock = h('div');
  const showFigures = async () => {
    const f = await get(`/api/v1/wijkwerk/cijfers?year=${year}`);
    const name = (code) => (code === wijk.code ? wijk.name : code);
    replace(figuresBlock,
      figuresTable(f.activities.filter((r) => r.wijk_code === wijk.code), name, `Activiteiten in ${wijk.name} in ${year}`),
      mediationTable(f.mediation.filter((r) => r.wijk_code === wijk.code), name, `Buurtbemiddeling in ${wijk.name} in ${year}`),
      paragraph(h('a', { class: 'utrecht-link', href: `/api/v1/registraties/activiteiten/export?${base}&format=csv`, download: '' }, `Activiteiten van ${wijk.name} in ${year} downloaden (CSV)`),
        ' · ',
        h('a', { class: 'utrecht-link', href: `/api/v1/registraties/activiteiten/export?${base}&format=xlsx`, download: '' }, `Activiteiten van ${wijk.name} in ${year} downloaden (Excel)`)));
  };

  // The dom helper skips the parts this user does not get (null).
  append(main, [
    chooser(overview, wijk.code, year),
    paragraph(wijk.editable
      ? `U werkt in ${wijk.name}: u kunt hier activiteiten, het wijkprofiel, acties, bemiddelingszaken en werken vastleggen.`
      : `U kijkt mee in ${wijk.name}.`),
    remindersBlock({ user, wijk: wijk.code }),
    section(`Wijkprofiel ${year}`, profileSection),
    section('Activiteiten', activityList, wijk.editable ? activitySlot.element : null),
    section('Acties', campaigns.element),
    overview.may_see_cases && wijk.editable
      ? section('Buurtbemiddeling', paragraph('Zonder namen van de buren: een zaaknummer, de buurt en de soort ruzie. De intake moet binnen 5 werkdagen na de melding, de nazorg 2 tot 6 weken na de afspraken.'),
        caseBlock, disclosure('Nieuwe zaak aanmelden', caseForm({ wijk, onSaved: showCases })))
      : null,
    section('Fysieke werken', worksBlock, wijk.editable ? workSlot.element : null),
    section(`Tijdlijn ${year}`, paragraph('Werken, activiteiten, initiatieven, signalen (aantallen) en buurtbemiddeling in de wijk, per maand.'), timelineBlock),
    section(`Cijfers ${year}`, figuresBlock)]);

  const saved = { activiteit: 'De activiteit is opgeslagen.', werk: 'Het werk is opgeslagen.' }[new URLSearchParams(location.search).get('opgeslagen')];
  const parts = [showProfile(), showActivities(saved && saved.includes('activiteit') ? saved : ''), campaigns.load(),
    showWorks(saved && saved.includes('werk') ? saved : ''), showFigures()];
  if (overview.may_see_cases && wijk.editable) parts.push(showCases());
  const results = await Promise.allSettled(parts);
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) main.append(errorBlock(failed.reason, 'een deel van het wijkwerk'));
}

export async function render(main, { user, params }) {
  startPage(main, 'Wijkwerk');
  const overview = await loadForPage(main, { user, what }, () => get('/api/v1/wijkwerk'));
  if (!overview) return;
  const asked = Number(new URLSearchParams(location.search).get('jaar'));
  const year = asked >= 2000 && asked <= 2100 ? asked : overview.default_year;
  const code = params && params[0];
  if (!code) {
    await renderOverview(main, overview, year, user);
    return;
  }
  const wijk = overview.wijken.find((w) => w.code === code);
  if (!wijk) {
    main.append(paragraph(`De wijk ${code} bestaat niet in dit werkgebied. `,
      h('a', { class: 'utrecht-link', href: '/wijkwerk' }, 'Kies een wijk.')));
    return;
  }
  startPage(main, `Wijkwerk ${wijk.name}`, `Wijkwerk in ${wijk.name}`);
  await renderWijk(main, overview, wijk, year, user);
}
