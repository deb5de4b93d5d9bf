// Kaart: the demo buurten in their colours, the list alternative, colouring by a dimension, units,
// labels above the markers, the legend that follows the layers, the programme's edition and budget
// year (named and changed on the map); Gebied: charts. The server has no base map here
// (basiskaart.test.mjs tests it).
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
  // Borders with labels, in a pane above the markers.
  await page.locator('.lb-border-label--gemeente').first().waitFor();
  const panes = await page.evaluate(() => {
    const z = (sel) => Number(getComputedStyle(document.querySelector(`#kaart ${sel}`)).zIndex);
    return { labels: z('.leaflet-lb-labels-pane'), markers: z('.leaflet-marker-pane'), inLabels: document.querySelectorAll('#kaart .leaflet-lb-labels-pane .lb-border-label').length };
  });
  assert.ok(panes.inLabels > 0 && panes.labels > panes.markers, JSON.stringify(panes));
  // No base map without a tile address: no tiles asked for, no attribution.
  assert.equal(await page.locator('#kaart .leaflet-tile, #kaart .leaflet-control-attribution').count(), 0);
  // The programme's edition and budget year, named, with why.
  const note = page.locator('.lb-map-edition');
  assert.match(await note.innerText(), /Programma: Leefbaarometer 2018, budget 2019\./);
  assert.match(await note.innerText(), /opgeslagen instellingen van het programma/);
  assert.match(await note.innerText(), /nieuwere editie: 2024/);
  await checkAxe(page, 'Kaart');

  // Colour on a dimension's z-value: the legend changes and the areas get value classes.
  await page.getByLabel('Kleur op').selectOption('z:won');
  assert.match(await page.locator('.lb-legend').innerText(), /Woningvoorraad: z-waarde/);
  assert.ok(await page.locator('#kaart path.lb-area[class*="lb-waarde-"]').count() > 0);

  // Another edition reloads the areas and the note says which one is shown.
  const editionSelect = page.getByLabel('Editie van de Leefbaarometer');
  assert.deepEqual(await editionSelect.locator('option').allTextContents(),
    ['2014', '2016', '2018 (programma)', '2020', '2022', '2024 (nieuwste)']);
  const responsePromise = page.waitForResponse((r) => r.url().includes('/api/v1/kaart/gebieden') && r.url().includes('edition=2014'));
  await editionSelect.selectOption('2014');
  assert.equal((await responsePromise).status(), 200);
  assert.match(await note.innerText(), /U bekijkt editie 2014/);

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
  const chartTables = page.locator('details', { has: page.locator('summary', { hasText: 'als tabel' }) });
  await summaries.nth(0).click();
  assert.match(await chartTables.nth(0).locator('table').innerText(), /Woningvoorraad[\s\S]*-?\d+,\d\d/);
  await summaries.nth(1).click();
  assert.match(await chartTables.nth(1).locator('table').innerText(), /20\d\d[\s\S]*\d+,\d{3}/);
  assert.ok(await page.locator('table', { has: page.locator('caption', { hasText: 'Woningen in' }) }).locator('tbody tr').count() > 0);
  await checkAxe(page, 'Gebied');
  assertNoProblems(problems);
});

test('the legend follows the layers on top: wijkwerk layers that cover the buurten hide the colours of effort', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/kaart`);
  await page.locator('path.lb-area').first().waitFor({ state: 'attached' });
  const effort = page.locator('.lb-legend');
  assert.ok(await effort.isVisible());
  await page.getByRole('checkbox', { name: 'Initiatieven van bewoners' }).check();
  await page.locator('.lb-wk-legend', { hasText: 'Legenda: Initiatieven van bewoners' }).waitFor();
  assert.ok(await effort.isVisible(), 'markers leave the colours of effort in view');
  await page.getByRole('checkbox', { name: 'Signalen (aantallen)' }).check();
  await page.locator('.lb-wk-legend', { hasText: 'Legenda: Signalen' }).waitFor();
  assert.ok(await effort.isHidden(), 'the signals cover the buurten');
  assert.ok(await page.getByText('De kleuren van inzet liggen onder deze laag').isVisible());
  // Their meaning comes first, above any other legend.
  const order = await page.evaluate(() => [...document.querySelectorAll('.lb-map-layout h3')].map((el) => el.textContent));
  assert.match(order[0], /Initiatieven|Signalen/);
  await page.getByRole('checkbox', { name: 'Signalen (aantallen)' }).uncheck();
  await page.getByRole('checkbox', { name: 'Initiatieven van bewoners' }).uncheck();
  await effort.waitFor();
  assert.equal(await page.locator('.lb-wk-legend h3').count(), 0);
  assertNoProblems(problems);
});

test('an analist changes the programme\'s edition and budget year on the map', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/kaart`);
  await page.locator('path.lb-area').first().waitFor({ state: 'attached' });
  await page.getByText('Editie of begrotingsjaar van het programma wijzigen').click();
  await checkAxe(page, 'Kaart: editie wijzigen');
  // A wrong year is refused at the field, in Dutch.
  await page.getByLabel('Begrotingsjaar').fill('26');
  await page.getByRole('button', { name: 'Opslaan voor het programma' }).click();
  await page.getByRole('alert').filter({ hasText: 'Vul een jaartal in' }).waitFor();
  await page.getByLabel('Editie voor het programma').selectOption('2024');
  await page.getByLabel('Begrotingsjaar').fill('2026');
  const reload = page.waitForResponse((r) => r.url().includes('/api/v1/kaart/gebieden') && r.url().includes('edition=2024'));
  await page.getByRole('button', { name: 'Opslaan voor het programma' }).click();
  await page.getByText('Opgeslagen: het programma gebruikt nu de Leefbaarometer 2024 en het budget voor 2026.').waitFor();
  assert.equal((await reload).status(), 200);
  const note = page.locator('.lb-map-edition');
  assert.match(await note.innerText(), /Programma: Leefbaarometer 2024, budget 2026\./);
  assert.match(await note.innerText(), /Dat is de nieuwste editie/);
  assert.equal(await page.getByLabel('Editie van de Leefbaarometer').inputValue(), '2024');
  // The programme itself uses it now.
  const programme = await page.evaluate(async () => (await fetch('/api/v1/kaart')).json());
  assert.equal(programme.edition, 2024);
  assert.equal(programme.budget_year, 2026);
  assertNoProblems(problems);
});
