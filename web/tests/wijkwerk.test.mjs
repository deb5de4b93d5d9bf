// Wijkwerk: the overview and a wijk's page (profile, activities, campaigns, mediation with deadline
// warnings, works, timeline, figures) pass axe; the activity form keeps the entry on errors and
// adds the activity once it is complete; a lezer sees no mediation cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, logIn, newPage, useDemo } from './browser.mjs';

const ctx = useDemo({ role: 'wijkteam' });

test('the overview lists the wijken and the figures of the year', { timeout: 90_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/wijkwerk?jaar=2025`);
  await page.getByRole('heading', { name: 'Cijfers 2025' }).waitFor();
  await page.getByRole('table', { name: 'Activiteiten per wijk in 2025' }).waitFor();
  assert.equal(await page.title(), 'Wijkwerk – Leefbaar');
  assert.ok(await page.getByRole('link', { name: 'Lariks' }).count() > 0);
  await checkAxe(page, 'Wijkwerk');
  assertNoProblems(problems);
});

test('a wijk page shows its work, and the activity form keeps the entry on errors', { timeout: 90_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/wijkwerk/WK010601?jaar=2025`);
  await page.getByRole('heading', { level: 1, name: 'Wijkwerk in Lariks' }).waitFor();
  await page.getByRole('table', { name: /Activiteiten in Lariks in 2025/ }).first().waitFor();
  await page.getByRole('table', { name: 'Leden van het wijkteam' }).waitFor();
  await page.getByRole('table', { name: /Bemiddelingszaken in Lariks/ }).waitFor();
  await page.getByRole('table', { name: /Fysieke werken in Lariks/ }).waitFor();
  assert.ok(await page.locator('.lb-timeline li').count() > 5, 'the timeline lists works and activities');
  assert.ok(await page.locator('.lb-warnings li').count() > 0, 'a deadline warning is shown');
  await checkAxe(page, 'Wijkwerk Lariks');

  const form = page.getByRole('form', { name: 'Activiteit toevoegen' });
  const rowsBefore = await page.getByRole('table', { name: 'Activiteiten in Lariks in 2025' }).locator('tbody tr').count();
  await form.getByLabel('Titel').fill('Burendag in de Lariks');
  await form.getByLabel('Aantal deelnemers').fill('35');
  await form.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  const summary = form.locator('.lb-error-summary');
  await summary.waitFor();
  assert.match(await summary.innerText(), /datum/i);
  assert.match(await summary.innerText(), /organisaties/i);
  assert.equal(await form.getByLabel('Titel').inputValue(), 'Burendag in de Lariks');
  await checkAxe(page, 'Wijkwerk Lariks with form errors');

  // The server's check: a negative cost.
  await form.getByLabel('Datum').fill('2025-09-27');
  await form.getByLabel('Organisaties').fill('welzijn, corporatie');
  await form.getByLabel('Kosten in euro').fill('-5');
  await form.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await form.locator('[data-field="cost"] .lb-field-error').waitFor();
  assert.equal(await form.getByLabel('Titel').inputValue(), 'Burendag in de Lariks');

  await form.getByLabel('Kosten in euro').fill('120,50');
  await form.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await form.getByRole('status').waitFor();
  const table = page.getByRole('table', { name: 'Activiteiten in Lariks in 2025' });
  await table.getByText('Burendag in de Lariks').waitFor();
  assert.equal(await table.locator('tbody tr').count(), rowsBefore + 1);
  assertNoProblems(problems);
});

test('a lezer sees the figures of mediation but no cases', { timeout: 90_000 }, async () => {
  const { context, page, problems } = await newPage(ctx.browser);
  try {
    await logIn(page, ctx.server.url, 'lezer');
    await page.goto(`${ctx.server.url}/wijkwerk/WK010604?jaar=2025`);
    await page.getByRole('table', { name: /Buurtbemiddeling in Pittelo in 2025/ }).waitFor();
    assert.equal(await page.getByRole('heading', { name: 'Buurtbemiddeling' }).count(), 0);
    assert.equal(await page.getByRole('form', { name: 'Activiteit toevoegen' }).count(), 0);
    await checkAxe(page, 'Wijkwerk Pittelo as lezer');
    assertNoProblems(problems);
  } finally {
    await context.close();
  }
});
