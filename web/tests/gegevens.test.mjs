// Gegevens: a bad import shows an error report naming the row and field, with the kind kept; quality lists.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, useDemo } from './browser.mjs';

const ctx = useDemo({ role: 'analist' });

test('an import with a bad value shows where it is wrong and keeps the chosen kind', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/gegevens`);
  await page.locator('table').first().waitFor();
  assert.equal(await page.title(), 'Gegevens – Leefbaar');
  const importsBefore = await page.locator('table').first().locator('tbody tr').count();
  assert.ok(importsBefore > 0, 'the demo imports are listed');
  await page.getByRole('heading', { name: /Niet gekoppelde woningen/ }).waitFor();
  await checkAxe(page, 'Gegevens');

  const csv = 'bu_code,jaar,lbm,afw,fys,onv,soc,vrz,won\n'
    + 'BU00850001,2022,4.10,0.01,0.00,0.00,0.00,0.00,0.01\n'
    + 'BU00850002,2022,4.10,abc,0.00,0.00,0.00,0.00,0.01\n';
  await page.getByLabel('Soort gegevens').selectOption('scores');
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'scores-fout.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const response = page.waitForResponse((r) => r.url().endsWith('/api/v1/imports') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Inlezen' }).click();
  assert.equal((await response).status(), 422);
  const summary = page.locator('.lb-error-summary');
  await summary.waitFor();
  const text = await summary.innerText();
  assert.match(text, /scores-fout\.csv/);
  assert.match(text, /(rij|regel|row) 3/i);
  assert.match(text, /afw/);
  assert.match(text, /abc/);
  assert.equal(await page.getByLabel('Soort gegevens').inputValue(), 'scores');
  assert.match(await page.locator('[data-field="file"] .lb-field-error').innerText(), /abc/);
  await checkAxe(page, 'Gegevens with an error');
  assert.equal(await page.locator('table').first().locator('tbody tr').count(), importsBefore, 'nothing was imported');
  assertNoProblems(problems);
});
