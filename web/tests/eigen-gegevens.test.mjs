// Starting with one's own data (issue 11): from an empty store, a beheerder creates the work area,
// uploads real buurten (Amstelveen, CBS), a real Leefbaarometer table (its wijken, 2022) and real
// addresses as a GeoJSON point layer as the stock, follows the checklist, and sees the coloured map.
// The files are tests/data (sources and licences in tests/data/README.md).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assertNoProblems, checkAxe, launchBrowser, newPage } from './browser.mjs';
import { repoDir, startServer } from './server.mjs';

const beheerder = {
  organisation: 'Woonstichting Proef', email: 'beheerder@proef.example', name: 'Beheerder Proef', password: 'een-lang-wachtwoord',
};
const ctx = { server: null, browser: null };
before(async () => {
  [ctx.server, ctx.browser] = await Promise.all([startServer({ firstUser: beheerder }), launchBrowser()]);
});
after(async () => {
  await ctx.browser?.close();
  await ctx.server?.stop();
});

const testData = (name) => readFileSync(path.join(repoDir, 'tests', 'data', name));

// The permits name some addresses twice: the stock is each address once, as a GIS exports it.
function addressesOnce() {
  const layer = JSON.parse(testData('amstelveen-bag-points.geojson'));
  const seen = new Set();
  layer.features = layer.features.filter((f) => !seen.has(f.properties.bagid_vbo) && seen.add(f.properties.bagid_vbo));
  return Buffer.from(JSON.stringify(layer));
}

async function upload(page, kind, name, buffer = testData(name), status = 201) {
  await page.getByLabel('Soort gegevens').selectOption(kind);
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
  const response = page.waitForResponse((r) => r.url().endsWith('/api/v1/imports') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Inlezen' }).click();
  const answer = await response;
  assert.equal(answer.status(), status, `${name}: ${await answer.text()}`);
  if (status === 201) await page.getByText(`${name} is ingelezen`).waitFor();
}

test('from an empty store to a coloured map through the pages', { timeout: 120_000 }, async () => {
  const { page, problems } = await newPage(ctx.browser);
  await page.goto(`${ctx.server.url}/inloggen?terug=${encodeURIComponent('/gegevens')}`);
  await page.getByLabel('E-mailadres').fill(beheerder.email);
  await page.getByLabel('Wachtwoord').fill(beheerder.password);
  await Promise.all([page.waitForURL(/\/gegevens$/), page.getByRole('button', { name: 'Inloggen' }).click()]);

  // No work area yet: the page says so and offers to create it.
  await page.getByRole('heading', { name: 'Werkgebied aanmaken' }).waitFor();
  await checkAxe(page, 'Gegevens without a work area');
  await page.getByRole('button', { name: 'Werkgebied aanmaken' }).click();
  await page.getByText('Geef het werkgebied een naam.').first().waitFor();
  await page.getByLabel('Naam van het werkgebied').fill('Amstelveen');
  await page.getByRole('button', { name: 'Werkgebied aanmaken' }).click();

  // The checklist: what the programme needs, nothing loaded, the next step.
  await page.getByRole('heading', { name: 'Nodig voor het programma' }).waitFor();
  const main = page.locator('main');
  assert.match(await main.innerText(), /Nog niet ingelezen: Buurten/);
  assert.match(await main.innerText(), /Volgende stap: lees buurten \(grenzen\) in/);
  const example = page.getByRole('link', { name: /Voorbeeldbestand/ });
  await page.getByLabel('Soort gegevens').selectOption('stock');
  assert.match(await example.getAttribute('href'), /kind=stock$/);
  assert.match(await page.getByLabel('Bestand', { exact: true }).getAttribute('accept'), /\.geojson/);
  await checkAxe(page, 'Gegevens with the checklist');

  await upload(page, 'buurten', 'amstelveen-buurten.geojson');
  await upload(page, 'scores', 'lbm-wijk-amstelveen-2022.csv');
  // The permits as they are: refused, saying which addresses are there twice.
  await upload(page, 'stock', 'amstelveen-bag-points.geojson', undefined, 422);
  const refusal = await page.locator('.lb-error-summary').innerText();
  assert.match(refusal, /3 nummers van een eenheid komen vaker voor/);
  assert.match(refusal, /'0362010002017450' \(rijen 132, 183\)/);
  await upload(page, 'stock', 'adressen-amstelveen.geojson', addressesOnce());
  await page.getByText('Alles wat het programma nodig heeft, is ingelezen.').waitFor();

  // The map: the buurten in their colours, from the default settings (the newest edition).
  await page.goto(`${ctx.server.url}/kaart`);
  await page.locator('path.lb-area').first().waitFor();
  const coloured = await page.evaluate(() => ['groen', 'geel', 'oranje'].map(
    (c) => document.querySelectorAll(`#kaart svg path.lb-area.lb-kleur-${c}`).length));
  assert.ok(coloured.reduce((a, b) => a + b, 0) > 10, `coloured buurten: ${coloured}`);
  assert.doesNotMatch(await main.innerText(), /niet gelukt/);
  assertNoProblems(problems);
});
