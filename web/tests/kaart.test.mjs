// Kaart: the demo buurten in their colours, the list alternative, colouring by a dimension, units; Gebied: charts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, useDemo } from './browser.mjs';

const ctx = useDemo({ role: 'analist' });

test('the map shows the buurten in green, yellow and orange, with a legend and a list', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/kaart`);
  await page.locator('path.lb-area').first().waitFor();
  const counts = await page.evaluate(() => Object.fromEntries(['groen', 'geel', 'oranje', 'geen'].map(
    (c) => [c, document.querySelectorAll(`#kaart svg path.lb-area.lb-kleur-${c}`).length])));
  assert.ok(counts.groen > 0, `green buurten: ${counts.groen}`);
  assert.ok(counts.geel > 0, `yellow buurten: ${counts.geel}`);
  assert.ok(counts.oranje > 0, `orange buurten: ${counts.oranje}`);
  // The fill colours are the legend's.
  const fills = await page.evaluate(() => [...new Set([...document.querySelectorAll('#kaart path.lb-kleur-oranje')].map((p) => p.getAttribute('fill')))]);
  assert.deepEqual(fills, ['#e0701f']);
  const legend = await page.locator('.lb-legend').innerText();
  for (const text of ['Groen – Basis', 'Geel – Plus', 'Oranje – PlusPlus', 'geen woningen met een score']) assert.ok(legend.includes(text), text);

  // The list has the same buurten, with colour in words, linking to their pages.
  const rows = page.locator('table tbody tr');
  assert.equal(await rows.count(), counts.groen + counts.geel + counts.oranje + counts.geen);
  assert.ok(await page.getByRole('cell', { name: /Oranje – PlusPlus/ }).count() >= counts.oranje);
  // Borders with labels.
  await page.locator('.lb-border-label--gemeente').first().waitFor();
  await checkAxe(page, 'Kaart');

  // Colour on a dimension's z-value: the legend changes and the areas get value classes.
  await page.getByLabel('Kleur op').selectOption('z:won');
  assert.match(await page.locator('.lb-legend').innerText(), /Woningvoorraad: z-waarde/);
  assert.ok(await page.locator('#kaart path.lb-area[class*="lb-waarde-"]').count() > 0);

  // Another edition reloads the areas.
  const editions = await page.getByLabel('Editie van de Leefbaarometer').locator('option').allTextContents();
  assert.ok(editions.length >= 1);
  const responsePromise = page.waitForResponse((r) => r.url().includes('/api/v1/kaart/gebieden') && r.url().includes(`edition=${editions[0]}`));
  await page.getByLabel('Editie van de Leefbaarometer').selectOption(editions[0]);
  assert.equal((await responsePromise).status(), 200);

  // The units as clustered dots.
  await page.getByLabel('Woningen tonen').check();
  await page.locator('.lb-cluster').first().waitFor({ timeout: 20_000 });
  assertNoProblems(problems);
});

test('clicking a buurt opens its page with charts and their tables', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/kaart`);
  await page.locator('path.lb-area.lb-kleur-oranje').first().waitFor();
  await page.getByLabel('Grenzen van gemeenten en wijken tonen').uncheck();
  // Click an orange buurt on the map: on the path itself, since the centre of its bounding box
  // may lie in a neighbouring buurt (buurten are not convex).
  await page.locator('path.lb-area.lb-kleur-oranje').first().dispatchEvent('click');
  await page.waitForURL(/\/gebied\/buurt\/BU\d{8}$/);
  await page.locator('canvas').first().waitFor();
  assert.match(await page.title(), / – Leefbaar$/);
  assert.match(await page.locator('main').innerText(), /Oranje – PlusPlus/);
  assert.match(await page.locator('main').innerText(), /Waarom/);

  // Two charts drawn (pixels on the canvas), each with a table of numbers.
  const canvases = page.locator('canvas');
  assert.equal(await canvases.count(), 2);
  const drawn = await page.evaluate(() => [...document.querySelectorAll('canvas')].map((c) => {
    const ctx = c.getContext('2d');
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted += 1;
    return { painted, rendered: c.dataset.rendered };
  }));
  for (const d of drawn) {
    assert.ok(d.painted > 1000, `chart has pixels: ${d.painted}`);
    assert.ok(Number(d.rendered) > 0);
  }
  const summaries = page.locator('details > summary', { hasText: 'als tabel' });
  assert.equal(await summaries.count(), 2);
  await summaries.nth(0).click();
  const zTable = page.locator('details').nth(0).locator('table');
  assert.match(await zTable.innerText(), /Woningvoorraad[\s\S]*-?\d+,\d\d/);
  await summaries.nth(1).click();
  assert.match(await page.locator('details').nth(1).locator('table').innerText(), /20\d\d[\s\S]*\d+,\d{3}/);
  assert.ok(await page.locator('table', { has: page.locator('caption', { hasText: 'Woningen in' }) }).locator('tbody tr').count() > 0);
  await checkAxe(page, 'Gebied');
  assertNoProblems(problems);
});
