// Signalen: the wijkteam records a contact moment with signals (errors at the fields, entry kept)
// and sees it with its follow-up; a lezer sees only counts. Axe scans of each state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  assertNoProblems, checkAxe, logIn, newPage, useDemo,
} from './browser.mjs';
import { PAGES } from '../src/shared/roles.js';

const ctx = useDemo({ role: 'wijkteam' });

test('the wijkteam records a contact moment with signals and sees it', { timeout: 90_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/signalen`);
  await page.getByRole('heading', { name: 'Contactmoment vastleggen' }).waitFor();
  // The list opens on this year (the demo's day), which may have none yet: the pager says so.
  await page.getByRole('heading', { name: 'Contactmomenten die u mag inzien' }).waitFor();
  await page.locator('.lb-pager__text').waitFor();
  assert.equal(await page.title(), 'Signalen – Leefbaar');
  await checkAxe(page, 'Signalen (wijkteam)');

  // Without signals: an error at the field and in the summary; the entry stays.
  const form = page.getByRole('form', { name: 'Contactmoment vastleggen' });
  await form.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Lariks' });
  await page.getByLabel('Soort contact').selectOption('huisbezoek');
  await page.getByLabel('Doorverwezen naar').selectOption('sociaal_team');
  await page.getByLabel('Postcode').fill('9403 AB');
  await page.getByLabel('Huisnummer').fill('7');
  await page.getByLabel('Notitie (niet verplicht)').fill('[Test] Zoekt contact met buren.');
  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  const summary = page.locator('.lb-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /ten minste één signaal/);
  assert.match(await page.locator('[data-field="signals"] .lb-field-error').innerText(), /signaal/);
  assert.equal(await form.getByLabel('Wijk', { exact: true }).inputValue(), 'WK010601');
  assert.equal(await page.getByLabel('Postcode').inputValue(), '9403 AB');
  await checkAxe(page, 'Signalen with a form error');

  await page.getByLabel('Eenzaamheid').check();
  await page.getByLabel('Geldzorgen').check();
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/signalen') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Contactmoment vastleggen' }).click();
  assert.equal((await saved).status(), 201);
  await page.getByText('Het contactmoment is vastgelegd.').waitFor();
  assert.equal(await summary.isVisible(), false);
  // Recorded today, so at once at the top of the list, which opens on this year.
  const list = page.getByRole('table', { name: /Contactmomenten, nieuwste eerst/ });
  await list.locator('tbody tr').first().getByText('Eenzaamheid, Geldzorgen').waitFor();
  assert.match(await page.locator('.lb-pager__text').innerText(), /^Contactmomenten 1 tot en met \d+ van \d+\.$/);

  // The filter narrows the list: only Lariks with loneliness, with the new one on top.
  const filter = page.getByRole('form', { name: 'Signalen filteren' });
  await filter.getByLabel('Wijk', { exact: true }).selectOption({ label: 'Lariks' });
  await filter.getByLabel('Signaal').selectOption({ label: 'Eenzaamheid' });
  const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/signalen?') && r.url().includes('signaal=eenzaamheid'));
  await filter.getByRole('button', { name: 'Filteren' }).click();
  const body = await (await filtered).json();
  assert.ok(body.total >= 1);
  assert.ok(body.contacts.every((c) => c.wijk === 'WK010601' && c.signals.includes('eenzaamheid')));
  await page.getByRole('table', { name: `Contactmomenten, nieuwste eerst (${body.total})` }).waitFor();
  await checkAxe(page, 'Signalen filtered');

  // It is in the list, and its page shows the details and the follow-up.
  await page.getByRole('link', { name: 'Bekijk het contactmoment.' }).click();
  await page.getByRole('heading', { name: /Contactmoment van .* in Lariks/ }).waitFor();
  const details = await page.locator('dl').innerText();
  assert.match(details, /Eenzaamheid, Geldzorgen/);
  assert.match(details, /9403 AB, nummer 7/);
  assert.match(details, /Zoekt contact met buren/);
  assert.doesNotMatch(await page.locator('main').innerText(), /\bnull\b|undefined/);
  await checkAxe(page, 'Contactmoment');

  await page.getByLabel('Stand van de opvolging').selectOption('bezig');
  await page.getByRole('button', { name: 'Opvolging opslaan' }).click();
  await page.getByText('De opvolging is opgeslagen.').waitFor();
  assert.equal(await page.getByLabel('Stand van de opvolging').inputValue(), 'bezig');
  await page.getByLabel('Nieuwe notitie').fill('[Test] Afspraak gemaakt met het sociaal team.');
  await page.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await page.getByText('Afspraak gemaakt met het sociaal team.').waitFor();

  await page.getByRole('link', { name: 'Terug naar de signalen' }).click();
  await page.getByRole('table', { name: /Contactmomenten, nieuwste eerst \(/ }).waitFor();
  assert.ok(await page.getByRole('table', { name: /Signalen per wijk/ }).isVisible());
  assertNoProblems(problems);
});

// The page is for a lezer only when roles.js lists the role for /signalen (counts only); the API
// answers a lezer with counts and no contact moments either way.
const lezerHasPage = PAGES.find((p) => p.path === '/signalen').roles.includes('lezer');

test('a lezer sees only counts', { timeout: 90_000 }, async () => {
  const { context, page, problems } = await newPage(ctx.browser);
  try {
    await logIn(page, ctx.server.url, 'lezer');
    const answers = await page.evaluate(async () => {
      const list = await fetch('/api/v1/signalen').then((r) => r.json());
      const counts = await fetch('/api/v1/signalen/tellingen').then((r) => r.json());
      const record = await fetch('/api/v1/signalen/1');
      const small = counts.by_wijk.flatMap((w) => w.by_kind).filter((k) => k.count.n !== null && k.count.n < 5);
      return { contacts: list.contacts.length, rows: counts.by_wijk.length, keys: Object.keys(counts.by_wijk[0] || {}), small: small.length, record: record.status };
    });
    assert.equal(answers.contacts, 0, 'no contact moments for a lezer');
    assert.ok(answers.rows > 0, 'the counts are there');
    assert.deepEqual(answers.keys.sort(), ['by_kind', 'total', 'wijk']);
    assert.equal(answers.small, 0, 'no count below 5 is shown');
    assert.equal(answers.record, 403);

    await page.goto(`${ctx.server.url}/signalen`);
    if (!lezerHasPage) {
      await page.getByRole('heading', { name: 'Geen toegang' }).waitFor();
      return;
    }
    await page.getByRole('table', { name: /Signalen per wijk/ }).waitFor();
    assert.match(await page.locator('main').innerText(), /alleen aantallen/);
    assert.equal(await page.getByRole('heading', { name: 'Contactmoment vastleggen' }).count(), 0);
    assert.equal(await page.getByRole('table', { name: /Contactmomenten/ }).count(), 0);
    assert.equal(await page.locator('a[href^="/signalen/"]').count(), 0);
    await checkAxe(page, 'Signalen (lezer)');

    // A record's page tells the lezer why there are no details.
    await page.goto(`${ctx.server.url}/signalen/1`);
    await page.getByText(/ziet u de aantallen|Uw rol geeft geen toegang/).waitFor();
    await checkAxe(page, 'Contactmoment (lezer)');
    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});

test('the beheerder sets the retention periods and answers a resident\'s request', { timeout: 90_000 }, async () => {
  const { context, page, problems } = await newPage(ctx.browser);
  try {
    await logIn(page, ctx.server.url, 'beheerder');
    await page.goto(`${ctx.server.url}/signalen`);
    await page.getByRole('heading', { name: 'Verzoek van een bewoner' }).waitFor();
    const months = page.getByLabel('Contactmoment met signalen (maanden)');
    assert.equal(await months.inputValue(), '24');
    await months.fill('0');
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await page.locator('[data-field="contactmoment"] .lb-field-error').waitFor();
    await checkAxe(page, 'Signalen (beheerder, retention error)');
    await months.fill('30');
    await page.getByRole('button', { name: 'Bewaartermijnen opslaan' }).click();
    await page.getByText('De bewaartermijnen zijn opgeslagen.').waitFor();

    // The contact moment the wijkteam (the welfare organisation) recorded at 9403 AB 7 (first
    // test) is not the corporation's to give or erase; one the corporation records there is.
    const request = page.getByRole('form', { name: 'Verzoek van een bewoner' });
    await request.getByLabel('Postcode').fill('9403AB');
    await request.getByLabel('Huisnummer').fill('7');
    await page.getByRole('button', { name: 'Gegevens zoeken' }).click();
    await page.getByText('Uw organisatie heeft geen contactmomenten over dit adres').waitFor();
    const recorded = await page.evaluate(async (day) => {
      const me = await (await fetch('/api/v1/sessie')).json();
      const r = await fetch('/api/v1/signalen', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
        body: JSON.stringify({
          date: day, wijk: 'WK010601', kind: 'huisbezoek', signals: ['eenzaamheid'],
          referral: 'welzijn', postcode: '9403AB', huisnummer: '7',
        }),
      });
      return r.status;
    }, ctx.server.today);
    assert.equal(recorded, 201);
    await page.getByRole('button', { name: 'Gegevens zoeken' }).click();
    await page.getByRole('table', { name: /Gevonden: 1 contactmomenten/ }).waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download als CSV' }).click(),
    ]);
    assert.equal(csv.suggestedFilename(), 'gegevens-bewoner.csv');
    const text = await (await csv.createReadStream()).toArray();
    assert.match(Buffer.concat(text).toString('utf8'), /9403AB/);
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    await page.locator('[data-field="confirm"] .lb-field-error').waitFor();
    await checkAxe(page, 'Signalen (beheerder, request)');
    await page.getByLabel(/wil deze gegevens wissen/).check();
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    await page.getByText('1 contactmomenten zijn gewist.').waitFor();
    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});
