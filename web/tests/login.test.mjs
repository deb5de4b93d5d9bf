// Logging in (wrong password: error with the entry kept; right: lands on Kaart) and out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PASSWORD, assertNoProblems, checkAxe, email, newPage, useDemo } from './browser.mjs';

const ctx = useDemo();

test('a page without a session goes to Inloggen and back after logging in', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await page.goto(`${ctx.server.url}/gemeenten`);
  await page.waitForURL(/\/inloggen\?terug=%2Fgemeenten/);
  assert.equal(await page.title(), 'Inloggen – Leefbaar');
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  await checkAxe(page, 'Inloggen');

  // Wrong password: an error summary and an error at the field; what was typed is kept.
  await page.getByLabel('E-mailadres').fill(email('analist'));
  await page.getByLabel('Wachtwoord').fill('fout-wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.innerText(), /Er is een probleem[\s\S]*klopt niet/);
  assert.match(await page.locator('.lb-field-error').innerText(), /klopt niet/);
  assert.equal(await page.getByLabel('E-mailadres').inputValue(), email('analist'));
  assert.equal(await page.getByLabel('Wachtwoord', { exact: true }).getAttribute('aria-invalid'), 'true');
  await checkAxe(page, 'Inloggen with an error');

  // Right password: back to the page asked for.
  await page.getByLabel('Wachtwoord', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(`${ctx.server.url}/gemeenten`);
  await page.getByRole('heading', { level: 1, name: 'Gemeenten' }).waitFor();
  assertNoProblems(problems);
  await context.close();
});

test('logging in lands on Kaart and Uitloggen ends the session', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await page.goto(`${ctx.server.url}/inloggen`);
  await page.getByLabel('E-mailadres').fill(email('beheerder'));
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL(`${ctx.server.url}/kaart`);
  await page.getByRole('heading', { level: 1, name: 'Kaart' }).waitFor();
  assert.equal(await page.title(), 'Kaart – Leefbaar');
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  for (const name of ['Kaart', 'Gemeenten', 'Programma', 'Gegevens', 'Beheer']) {
    assert.equal(await nav.getByRole('link', { name, exact: true }).count(), 1, `nav has ${name}`);
  }
  assert.match(await page.locator('#gebruiker').innerText(), /Demo beheerder|beheerder/i);

  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.waitForURL(/\/inloggen/);
  const me = await page.evaluate(async () => (await fetch('/api/v1/sessie')).status);
  assert.equal(me, 401);
  await page.goto(`${ctx.server.url}/kaart`);
  await page.waitForURL(/\/inloggen\?terug=%2Fkaart/);
  assertNoProblems(problems);
  await context.close();
});
