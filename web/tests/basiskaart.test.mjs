// The base map under the maps (issue 11 point 4), hermetic: the server is started with a tile
// address on a host that only this test answers (page.route), so no request leaves the machine.
// The Content-Security-Policy must allow exactly that host, the maps ask it for tiles, the Kaart
// opens on the stock's extent, and without tiles (offline) the map works on its plain background.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './server.mjs';
import { assertNoProblems, checkAxe, launchBrowser, logIn, newPage } from './browser.mjs';

const HOST = 'https://tegels.leefbaar.test';
const TILE = /\/brt\/(\d+)\/(\d+)\/(\d+)\.png$/;
// A 1 x 1 PNG, stretched over every tile.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==', 'base64');

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([startServer({ baseMapUrl: `${HOST}/brt/{z}/{x}/{y}.png` }), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A page whose tile requests go to answer(route) instead of the network; answers {page, problems, tiles}. */
async function pageWithTiles(answer) {
  const session = await newPage(browser);
  const tiles = [];
  await session.page.route(`${HOST}/**`, (route) => {
    tiles.push(route.request().url());
    return answer(route);
  });
  return { ...session, tiles };
}

const servePng = (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PNG });

// The latitude of the top edge of tile row y at zoom z (Web Mercator).
const tileLat = (y, z) => (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

test('the Kaart lies on the configured base map, which the policy allows, and opens on the stock', { timeout: 60_000 }, async () => {
  const { context, page, problems, tiles } = await pageWithTiles(servePng);
  await logIn(page, server.url, 'analist');
  // The map opens on the extent the server gives: a small box in Assen here, so it must zoom in.
  const assen = [[52.99, 6.55], [53.0, 6.57]];
  await page.route('**/api/v1/kaart', async (route) => {
    const response = await route.fetch();
    route.fulfill({ response, json: { ...(await response.json()), extent: assen } });
  });
  const response = await page.goto(`${server.url}/kaart`);
  assert.match(response.headers()['content-security-policy'], new RegExp(`img-src 'self' data: ${HOST.replace(/\./g, '\\.')};`));
  await page.locator('#kaart .leaflet-tile-loaded').first().waitFor();
  await page.locator('path.lb-area').first().waitFor({ state: 'attached' });
  assert.ok(await page.locator('#kaart.lb-map--tiles').count() === 1, 'the map knows its tiles loaded');
  assert.match(await page.locator('#kaart .leaflet-control-attribution').innerText(), /Kaartgegevens © Kadaster/);

  // Every tile came from the configured address, at the zoom that shows the box.
  assert.ok(tiles.length > 0);
  const parsed = tiles.map((u) => u.match(TILE)).filter(Boolean).map((m) => m.slice(1).map(Number));
  assert.equal(parsed.length, tiles.length, `tile addresses: ${tiles.slice(0, 3).join(', ')}`);
  const zoom = Math.max(...parsed.map(([z]) => z));
  assert.ok(zoom >= 13, `zoomed in on the stock: ${zoom}`);
  const atZoom = parsed.filter(([z]) => z === zoom);
  const north = tileLat(Math.min(...atZoom.map(([, , y]) => y)), zoom);
  const south = tileLat(Math.max(...atZoom.map(([, , y]) => y)) + 1, zoom);
  assert.ok(north >= assen[1][0] && south <= assen[0][0], `the box is in view: ${south}..${north}`);

  await checkAxe(page, 'Kaart op de basiskaart');
  assertNoProblems(problems);
  await context.close();
});

test('without tiles the map keeps its plain background, says so and stops asking', { timeout: 60_000 }, async () => {
  const { context, page, problems, tiles } = await pageWithTiles((route) => route.abort('internetdisconnected'));
  await logIn(page, server.url, 'lezer');
  await page.goto(`${server.url}/kaart`);
  await page.locator('path.lb-area.lb-kleur-oranje').first().waitFor();
  await page.locator('#kaart .leaflet-control-attribution', { hasText: 'Achtergrondkaart niet bereikbaar' }).waitFor();
  // A lezer reads which edition the programme uses but does not change it.
  assert.match(await page.locator('.lb-map-edition').innerText(), /Programma: Leefbaarometer \d{4}, budget \d{4}\./);
  assert.equal(await page.getByText('Editie of begrotingsjaar van het programma wijzigen').count(), 0);
  assert.equal(await page.locator('#kaart .leaflet-tile').count(), 0);
  assert.equal(await page.locator('#kaart.lb-map--tiles').count(), 0);
  const asked = tiles.length;
  assert.ok(asked > 0);
  await page.getByRole('button', { name: 'Inzoomen' }).click();
  await page.waitForTimeout(700);
  assert.equal(tiles.length, asked, 'no more tiles asked for after the host proved out of reach');
  // The rest of the map works: colouring, the list.
  await page.getByLabel('Kleur op').selectOption('z:won');
  assert.ok(await page.locator('#kaart path.lb-area[class*="lb-waarde-"]').count() > 0);
  assert.ok(await page.locator('table tbody tr').count() > 0);
  assertNoProblems(problems);
  await context.close();
});

test('the portal\'s drawing map has the base map too, and drawing still works', { timeout: 60_000 }, async () => {
  const { context, page, problems, tiles } = await pageWithTiles(servePng);
  const response = await page.goto(`${server.url}/portaal/indienen`);
  assert.match(response.headers()['content-security-policy'], /img-src 'self' data: https:\/\/tegels\.leefbaar\.test;/);
  const map = page.locator('.lb-area-map');
  await map.locator('.leaflet-tile-loaded').first().waitFor();
  assert.ok(tiles.every((u) => TILE.test(u)));
  assert.match(await map.locator('.leaflet-control-attribution').innerText(), /Kaartgegevens © Kadaster/);
  await page.getByLabel(/Zelf een gebied tekenen/).check();
  const box = await map.boundingBox();
  for (const [dx, dy] of [[0.4, 0.4], [0.6, 0.4], [0.5, 0.6]]) await page.mouse.click(box.x + box.width * dx, box.y + box.height * dy);
  await page.getByText('3 punten aangeklikt').waitFor();
  await checkAxe(page, 'portaal op de basiskaart');
  assertNoProblems(problems);
  await context.close();
});
