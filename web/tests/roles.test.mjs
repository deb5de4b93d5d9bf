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
  const status = await page.evaluate(async () => (await fetch('/api/programme')).status);
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
  const whatif = page.waitForResponse((r) => r.url().endsWith('/api/programme/whatif'));
  await page.getByLabel('Grens voor geel (z-waarde)').fill('0');
  assert.equal((await whatif).status(), 200);
  const answer = await page.evaluate(async () => {
    const me = await (await fetch('/api/me')).json();
    const r = await fetch('/api/scenarios', {
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
  const status = await page.evaluate(async () => (await fetch('/api/users')).status);
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
