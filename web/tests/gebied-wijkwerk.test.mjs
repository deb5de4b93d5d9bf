// The neighbourhood work on the Kaart page (layers loaded when checked, legends, popups, tables)
// and on the Gebied page of an Assen wijk (the Wijkwerk section with its timeline); axe on both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, logIn, newPage, useDemo } from './browser.mjs';

const ctx = useDemo({ role: 'analist' });

test('the Kaart page shows the initiatives layer when it is checked', { timeout: 90_000 }, async () => {
  const { page, problems } = ctx.session;
  const layerRequests = [];
  page.on('request', (r) => { if (r.url().includes('/api/v1/wijkwerk/kaart?')) layerRequests.push(r.url()); });
  await page.goto(`${ctx.server.url}/kaart`);
  await page.locator('path.lb-area').first().waitFor();
  // Nothing of the neighbourhood work is loaded before it is asked for.
  assert.equal(layerRequests.length, 0);
  assert.equal(await page.locator('.lb-wk-initiatief').count(), 0);

  await page.getByRole('checkbox', { name: 'Initiatieven van bewoners' }).check();
  await page.locator('.lb-wk-initiatief').first().waitFor();
  assert.equal(layerRequests.length, 1);
  assert.match(layerRequests[0], /layer=initiatieven/);
  const markers = await page.locator('.lb-wk-initiatief').count();
  assert.ok(markers > 10, `initiatives on the map: ${markers}`);
  assert.match(await page.locator('.lb-wk-legend').innerText(), /Legenda: Initiatieven van bewoners[\s\S]*Verzamelt steun/);

  // The table below the map lists the same initiatives, each linking to its page.
  const table = page.getByRole('table', { name: /Initiatieven van bewoners op de kaart in 2025/ });
  await table.waitFor();
  assert.equal(await table.locator('tbody tr').count(), markers);
  assert.ok(await table.locator('a[href^="/initiatieven/"]').count() > 0);

  // A marker opens a popup with the link.
  await page.locator('.lb-wk-initiatief').first().dispatchEvent('click');
  await page.locator('.leaflet-popup a', { hasText: 'Naar het initiatief' }).waitFor();

  // The signals: counts per wijk, small counts hidden.
  await page.getByRole('checkbox', { name: 'Signalen (aantallen)' }).check();
  await page.locator('path.lb-wk-signalen:not(.lb-wk-signalen--verborgen)').first().waitFor();
  const signals = page.getByRole('table', { name: /Signalen \(aantallen\) op de kaart/ });
  await signals.waitFor();
  assert.match(await signals.innerText(), /minder dan 5/);
  await checkAxe(page, 'Kaart met wijkwerk');

  // Unchecked: the layer, its legend and its table go.
  await page.getByRole('checkbox', { name: 'Initiatieven van bewoners' }).uncheck();
  assert.equal(await page.locator('.lb-wk-initiatief').count(), 0);
  assert.equal(await page.getByRole('table', { name: /Initiatieven van bewoners op de kaart/ }).count(), 0);
  assertNoProblems(problems);
});

test('the Gebied page of an Assen wijk shows its Wijkwerk with the timeline', { timeout: 90_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/gebied/wijk/WK010601`);
  const section = page.locator('section.lb-area-wijkwerk');
  await section.getByRole('heading', { level: 2, name: 'Wijkwerk' }).waitFor();
  await section.getByRole('heading', { level: 3, name: /Wijkprofiel in 2025/ }).waitFor();
  await section.getByRole('table', { name: 'Initiatieven in 2025' }).waitFor();
  await section.getByRole('table', { name: 'Signalen per soort in 2025' }).waitFor();
  assert.match(await section.innerText(), /Uitgaven en plan/);

  // The timeline, by month, with initiatives and signals named in words.
  await section.locator('.lb-tl__item--initiatief').first().waitFor();
  assert.ok(await section.locator('.lb-tl__item--signalen').count() > 0);
  assert.ok(await section.getByRole('heading', { level: 4, name: /2025$/ }).count() > 1);
  assert.match(await section.locator('.lb-tl').innerText(), /Initiatief[\s\S]*Signalen/);
  await checkAxe(page, 'Gebied Lariks met wijkwerk');

  const years = await section.getByLabel('Jaar').locator('option').allTextContents();
  assert.ok(years.includes('2025'));
  assertNoProblems(problems);
});

test('a wijk team sees no money on the area page; what it may not see is left out', { timeout: 90_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'wijkteam');
  await page.goto(`${ctx.server.url}/gebied/wijk/WK010601`);
  const section = page.locator('section.lb-area-wijkwerk');
  await section.locator('.lb-tl__item').first().waitFor();
  const text = await section.innerText();
  assert.doesNotMatch(text, /Uitgaven en plan/);
  assert.doesNotMatch(text, /Het laden van/);
  assert.match(text, /Buurtbemiddeling/);
  assertNoProblems(problems);
  await context.close();
});
