// Roles: each role sees only its pages; a direct visit shows "Geen toegang"; the API refuses too. Beheer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, logIn, newPage, useDemo } from './browser.mjs';

const ctx = useDemo();

async function navLinks(page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').first().waitFor();
  return page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allInnerTexts();
}

async function expectNoAccess(page, url, path) {
  await page.goto(`${url}${path}`);
  await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
  assert.equal(await page.title(), 'Geen toegang – Leefbaar');
  return page.locator('main').innerText();
}

test('wijkteam: Kaart only in the menu; Programma and Gegevens refused', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'wijkteam');
  await page.getByRole('heading', { level: 1, name: 'Kaart' }).waitFor();
  assert.deepEqual(await navLinks(page), ['Kaart', 'Initiatieven', 'Wijkwerk', 'Signalen']);
  await page.locator('path.lb-area').first().waitFor();
  const text = await expectNoAccess(page, ctx.server.url, '/programma');
  assert.match(text, /ingelogd als wijkteam/);
  assert.match(text, /kaart en de pagina/);
  await checkAxe(page, 'Geen toegang');
  await expectNoAccess(page, ctx.server.url, '/gegevens');
  await expectNoAccess(page, ctx.server.url, '/gemeenten');
  await expectNoAccess(page, ctx.server.url, '/beheer');
  const status = await page.evaluate(async () => (await fetch('/api/v1/programma')).status);
  assert.equal(status, 403);
  assertNoProblems(problems);
  await context.close();
});

test('lezer: no Beheer or Gegevens; what-if allowed; saving a scenario refused by the API', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'lezer');
  assert.deepEqual(await navLinks(page),
    ['Kaart', 'Gemeenten', 'Programma', 'Initiatieven', 'Wijkwerk', 'Signalen', 'Uitgaven']);
  await expectNoAccess(page, ctx.server.url, '/beheer');
  await expectNoAccess(page, ctx.server.url, '/gegevens');
  await page.goto(`${ctx.server.url}/programma`);
  await page.locator('[data-count="units-Plus"]').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Opslaan als scenario' }).count(), 0);
  assert.match(await page.locator('main').innerText(), /geen scenario’s opslaan/);
  const whatif = page.waitForResponse((r) => r.url().endsWith('/api/v1/programma/wat-als'));
  await page.getByLabel('Grens voor geel (z-waarde)').fill('0');
  assert.equal((await whatif).status(), 200);
  const answer = await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/sessie')).json();
    const r = await fetch('/api/v1/scenarios', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
      body: JSON.stringify({ name: 'Niet toegestaan', params: {} }),
    });
    return { status: r.status, body: await r.json() };
  });
  assert.equal(answer.status, 403);
  assert.ok(answer.body.message);
  assertNoProblems(problems);
  await context.close();
});

test('analist: Beheer refused', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'analist');
  assert.deepEqual(await navLinks(page),
    ['Kaart', 'Gemeenten', 'Programma', 'Initiatieven', 'Wijkwerk', 'Signalen', 'Uitgaven', 'Gegevens']);
  const text = await expectNoAccess(page, ctx.server.url, '/beheer');
  assert.match(text, /ingelogd als analist/);
  const status = await page.evaluate(async () => (await fetch('/api/v1/gebruikers')).status);
  assert.equal(status, 403);
  assertNoProblems(problems);
  await context.close();
});

test('beheerder: adds an organisation and a user; errors at the fields', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'beheerder', '/beheer');
  await page.getByRole('heading', { level: 1, name: 'Beheer' }).waitFor();
  assert.equal(await page.title(), 'Beheer – Leefbaar');
  await page.getByRole('heading', { name: 'Gebruiker toevoegen' }).waitFor();
  await checkAxe(page, 'Beheer');

  await page.getByLabel('Naam van de organisatie').fill('Gemeente Testdorp');
  await page.getByLabel('Soort organisatie').selectOption('gemeente');
  await page.getByRole('button', { name: 'Organisatie toevoegen' }).click();
  await page.getByText('Gemeente Testdorp is toegevoegd.').waitFor();
  await page.getByRole('cell', { name: 'Gemeente Testdorp' }).or(page.getByRole('rowheader', { name: 'Gemeente Testdorp' })).first().waitFor();

  // A too short password: the server's error at the password field, the entry kept.
  const form = page.locator('form', { has: page.getByRole('button', { name: 'Gebruiker toevoegen' }) });
  await form.getByLabel('Naam', { exact: true }).fill('Test Wijkteam');
  await form.getByLabel('E-mailadres').fill('test.wijkteam@demo.leefbaar.nl');
  await form.getByLabel('Wachtwoord').fill('kort');
  await form.getByLabel('Rol').selectOption('wijkteam');
  const firstWijk = form.locator('input[name="wijken"]').first();
  await firstWijk.check();
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await form.locator('[data-field="password"] .lb-field-error').waitFor();
  assert.equal(await form.getByLabel('E-mailadres').inputValue(), 'test.wijkteam@demo.leefbaar.nl');
  assert.ok(await firstWijk.isChecked());
  await checkAxe(page, 'Beheer with an error');

  await form.getByLabel('Wachtwoord').fill('een-lang-genoeg-wachtwoord-2024');
  await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
  await page.getByText('Test Wijkteam is toegevoegd als wijkteam.').waitFor();
  await page.getByRole('rowheader', { name: 'Test Wijkteam' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('beheerder: changes a role, switches an account off and on, and shares signal details per wijk', { timeout: 90_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'beheerder', '/beheer');
  await page.getByRole('heading', { name: 'Signalen delen per wijk' }).waitFor();

  const role = page.getByLabel('Rol van Demo analist');
  await role.selectOption('lezer');
  await page.getByText('De rol van Demo analist is nu lezer. Demo analist moet opnieuw inloggen.').waitFor();
  assert.equal(await page.getByLabel('Rol van Demo analist').inputValue(), 'lezer');
  await page.getByLabel('Rol van Demo analist').selectOption('analist');
  await page.getByText('De rol van Demo analist is nu analist.', { exact: false }).waitFor();
  // The own role is not a control: a beheerder cannot lock the own account out.
  assert.equal(await page.getByLabel('Rol van Demo beheerder').count(), 0);

  // The wijken the analist works in: chosen in the row, saved, shown.
  await page.getByLabel('Wijken van Demo analist wijzigen').click();
  await page.getByRole('group', { name: 'Wijken van Demo analist' }).getByLabel('Lariks (WK010601)').check();
  await page.getByRole('button', { name: 'Wijken van Demo analist opslaan' }).click();
  await page.getByText('De wijken van Demo analist zijn opgeslagen.', { exact: false }).waitFor();
  await page.getByRole('cell', { name: /^WK010601/ }).first().waitFor();

  await page.getByRole('button', { name: 'Account van Demo analist uitzetten' }).click();
  await page.getByText('Het account van Demo analist staat uit.', { exact: false }).waitFor();
  const refused = await page.evaluate(async () => (await fetch('/api/v1/sessie', {
    method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'analist@demo.leefbaar.nl', password: 'leefbaar-demo' }),
  })).status);
  assert.ok(refused >= 400 && refused < 500, `a disabled account logs in: ${refused}`);
  await page.getByRole('button', { name: 'Account van Demo analist aanzetten' }).click();
  await page.getByText('Het account van Demo analist staat weer aan.', { exact: false }).waitFor();

  const lariks = page.getByLabel('Details in Lariks delen met Gemeente Assen (voorbeeld)');
  assert.ok(await lariks.isChecked(), 'the demo shares Lariks with the gemeente');
  await lariks.uncheck();
  await page.getByText('Uw organisatie deelt de details in Lariks niet meer met Gemeente Assen (voorbeeld).').waitFor();
  assert.equal(await page.getByLabel('Details in Lariks delen met Gemeente Assen (voorbeeld)').isChecked(), false);
  const grants = await page.evaluate(async () => (await (await fetch('/api/v1/signalen/deelafspraken')).json()).grants.length);
  assert.equal(grants, 11);
  await page.getByLabel('Details in Lariks delen met Gemeente Assen (voorbeeld)').check();
  await page.getByText('Uw organisatie deelt de details in Lariks nu met Gemeente Assen (voorbeeld).').waitFor();
  await page.getByRole('table', { name: 'Wat partners met uw organisatie delen' }).waitFor();
  await checkAxe(page, 'Beheer with the controls');
  assertNoProblems(problems);
  await context.close();
});

test('every user changes the own password on Mijn account; a wrong current password is refused at its field', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'lezer');
  await page.getByRole('link', { name: /Demo lezer/ }).click();
  await page.getByRole('heading', { level: 1, name: 'Mijn account' }).waitFor();
  await checkAxe(page, 'Mijn account');
  await page.getByLabel('Huidig wachtwoord').fill('niet het goede wachtwoord');
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een nieuw lang wachtwoord');
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill('een nieuw lang wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await page.locator('[data-field="current_password"] .lb-field-error').waitFor();
  await checkAxe(page, 'Mijn account with an error');
  await page.getByLabel('Huidig wachtwoord').fill('leefbaar-demo');
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill('een ander wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await page.locator('[data-field="repeat_password"] .lb-field-error').waitFor();
  await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('een nieuw lang wachtwoord');
  await page.getByLabel('Nieuw wachtwoord nog een keer').fill('een nieuw lang wachtwoord');
  await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
  await page.getByText('Uw wachtwoord is gewijzigd.', { exact: false }).waitFor();
  // This browser goes on with its new session (and CSRF token); the old password no longer works.
  await page.goto(`${ctx.server.url}/kaart`);
  await page.getByRole('heading', { level: 1, name: 'Kaart' }).waitFor();
  const logins = await page.evaluate(async () => {
    const tryPassword = async (password) => (await fetch('/api/v1/sessie', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'lezer@demo.leefbaar.nl', password }),
    })).status;
    return { old: await tryPassword('leefbaar-demo'), renewed: await tryPassword('een nieuw lang wachtwoord') };
  });
  assert.equal(logins.old, 401);
  assert.equal(logins.renewed, 200);
  assertNoProblems(problems);
  await context.close();
});
