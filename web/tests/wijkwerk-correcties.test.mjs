// Corrections on the Wijkwerk page (issue 11 points 7 and 10): the page opens on the current year
// (the demo's day is 2 March 2026), an activity entered today appears at once in the list below the
// form, and the wijk team changes it through "Wijzigen" (the form filled with it, the cost with its
// cents) and removes it through "Verwijderen" after a confirmation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, useDemo } from './browser.mjs';

const ctx = useDemo({ role: 'wijkteam' });

test('an activity is added, changed and removed on the page of the current year', { timeout: 90_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/wijkwerk/WK010601`);
  await page.getByRole('heading', { name: 'Wijkprofiel 2026' }).waitFor();
  const table = page.getByRole('table', { name: 'Activiteiten in Lariks in 2026' });
  await table.waitFor();

  const form = page.getByRole('form', { name: 'Activiteit toevoegen' });
  await form.getByLabel('Datum').fill('2026-03-02');
  await form.getByLabel('Titel').fill('Koffie op het plein');
  await form.getByLabel('Organisaties').fill('welzijn');
  await form.getByLabel('Aantal deelnemers').fill('12');
  await form.getByLabel('Kosten in euro').fill('45,50');
  await form.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  const row = table.locator('tbody tr', { hasText: 'Koffie op het plein' });
  await row.waitFor();
  assert.match(await row.innerText(), /2-3-2026/);

  await row.getByRole('button', { name: 'Koffie op het plein wijzigen' }).click();
  const edit = page.getByRole('form', { name: 'Activiteit ‘Koffie op het plein’ wijzigen' });
  await edit.waitFor();
  assert.equal(await edit.getByLabel('Kosten in euro').inputValue(), '45,50');
  assert.equal(await edit.getByLabel('Aantal deelnemers').inputValue(), '12');
  await edit.getByLabel('Titel').fill('Koffie en thee op het plein');
  await edit.getByLabel('Aantal deelnemers').fill('15');
  await edit.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
  await page.getByText('De activiteit ‘Koffie en thee op het plein’ is gewijzigd.').waitFor();
  const changed = table.locator('tbody tr', { hasText: 'Koffie en thee op het plein' });
  assert.match(await changed.innerText(), /15/);
  assert.equal(await table.locator('tbody tr', { hasText: /^Koffie op het plein/ }).count(), 0);
  // The add form is back.
  await page.getByRole('form', { name: 'Activiteit toevoegen' }).waitFor();

  await changed.getByRole('button', { name: 'Koffie en thee op het plein verwijderen' }).click();
  await changed.getByText('‘Koffie en thee op het plein’ verwijderen?').waitFor();
  await checkAxe(page, 'Wijkwerk Lariks, removal asked');
  await changed.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByText('De activiteit ‘Koffie en thee op het plein’ is verwijderd.').waitFor();
  assert.equal(await table.locator('tbody tr', { hasText: 'Koffie en thee op het plein' }).count(), 0);
  assertNoProblems(problems);
});

test('an activity saved for another year is shown in that year', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/wijkwerk/WK010601`);
  const form = page.getByRole('form', { name: 'Activiteit toevoegen' });
  await form.waitFor();
  await form.getByLabel('Datum').fill('2025-12-20');
  await form.getByLabel('Titel').fill('Kerstborrel');
  await form.getByLabel('Organisaties').fill('welzijn');
  await form.getByLabel('Aantal deelnemers').fill('30');
  await form.getByRole('button', { name: 'Activiteit toevoegen' }).click();
  await page.waitForURL(/jaar=2025/);
  await page.getByText('De activiteit is opgeslagen.').waitFor();
  await page.getByRole('table', { name: 'Activiteiten in Lariks in 2025' }).getByText('Kerstborrel').waitFor();
  assertNoProblems(problems);
});
