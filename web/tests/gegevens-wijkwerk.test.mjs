// Gegevens, the neighbourhood work: an activities workbook of an earlier year with a bad row shows
// every problem with its row and column and adds nothing; the good workbook is read in with a
// report; the export downloads the chosen kind, year and wijk as Excel; axe scans every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { assertNoProblems, checkAxe, useDemo } from './browser.mjs';
import { repoDir } from './server.mjs';

const ctx = useDemo({ role: 'analist' });
const fixture = (name) => path.join(repoDir, 'tests', 'fixtures', 'records', name);

async function activitiesOf2023(page) {
  const answer = await page.request.get(`${ctx.server.url}/api/v1/wijkwerk/activiteiten?year=2023`);
  assert.equal(answer.status(), 200);
  return (await answer.json()).activities;
}

async function upload(page, file) {
  await page.getByLabel('Bestand met eerdere jaren').setInputFiles(fixture(file));
  const response = page.waitForResponse((r) => r.url().endsWith('/api/v1/registraties/activiteiten/import') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Gegevens toevoegen' }).click();
  return (await response).status();
}

test('an earlier year from Excel: first the problems with row and column, then the report', { timeout: 90_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/gegevens`);
  await page.getByRole('heading', { name: 'Eerdere jaren inlezen' }).waitFor();
  await checkAxe(page, 'Gegevens with the wijkwerk sections');
  const before = (await activitiesOf2023(page)).length;

  await page.getByLabel('Soort wijkwerk uit eerdere jaren').selectOption('activiteiten');
  assert.equal(await page.getByRole('link', { name: 'Excel', exact: true }).getAttribute('href'),
    '/api/v1/registraties/activiteiten/import/voorbeeld?format=xlsx');

  assert.equal(await upload(page, 'activiteiten-2023-fout.xlsx'), 422);
  const table = page.getByRole('table', { name: /2 problemen in activiteiten-2023-fout\.xlsx; er is niets ingelezen/ });
  await table.waitFor();
  const rows = await table.locator('tbody tr').allInnerTexts();
  assert.equal(rows.length, 2);
  assert.match(rows[0], /^3\s+inzet\s+Heel veel\s+Kies de inzet/);
  assert.match(rows[1], /^4\s+deelnemers\s+veel\s+Geef het aantal deelnemers/);
  const summary = await page.locator('.lb-error-summary').innerText();
  assert.match(summary, /niets veranderd/);
  assert.match(summary, /Rij 3, kolom 'inzet': gevonden 'Heel veel'/);
  assert.equal((await activitiesOf2023(page)).length, before, 'nothing was added');
  await checkAxe(page, 'Gegevens with the problems of an import');

  assert.equal(await upload(page, 'activiteiten-2023.xlsx'), 201);
  await page.getByRole('status').filter({ hasText: 'activiteiten-2023.xlsx is ingelezen' }).waitFor();
  assert.match(await page.getByRole('status').filter({ hasText: 'ingelezen' }).innerText(), /2 rijen gelezen, 2 toegevoegd/);
  assert.equal(await table.count(), 0, 'the problems are gone');
  assert.equal(await page.locator('.lb-error-summary').count(), 0);
  const added = await activitiesOf2023(page);
  assert.equal(added.length, before + 2);
  const feest = added.find((a) => a.title === 'Buurtfeest Lariks (2023)');
  assert.equal(feest.held_on, '2023-05-12');
  assert.equal(feest.cost, 850.5);
  assert.equal(feest.participants, 120);
  await checkAxe(page, 'Gegevens after an import');
  assertNoProblems(problems);
});

test('the export downloads the chosen kind, year and wijk as Excel', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/gegevens`);
  await page.getByRole('heading', { name: 'Wijkwerk exporteren' }).waitFor();
  await page.getByLabel('Soort wijkwerk', { exact: true }).selectOption('bemiddelingszaken');
  await page.getByLabel('Jaar', { exact: true }).selectOption('2025');
  await page.getByLabel('Wijk', { exact: true }).selectOption('WK010601');
  await page.getByLabel('Excel (.xlsx)').check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Downloaden' }).click();
  assert.equal((await download).suggestedFilename(), 'bemiddelingszaken-WK010601-2025.xlsx');
  await page.getByRole('status').filter({ hasText: 'is gedownload' }).waitFor();
  await checkAxe(page, 'Gegevens after an export');
  assertNoProblems(problems);
});
