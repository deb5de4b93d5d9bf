// The area of an initiative: the wijk team draws a circle on the staff form and sees the household
// count (from the demo's BAG addresses) change with the radius, saves it and sees the area on the
// initiative's page; a resident draws a polygon on the portal's form, with undo, and uses the
// keyboard way (a circle around an address). Axe scans of every new state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, newPage, logIn, useDemo } from './browser.mjs';

const BUURT = 'BU01060101'; // Lariks-Noord, a buurt of the demo wijk team
const ctx = useDemo();

/** The number in the live count ("123 huishoudens in dit gebied. ..."), once it is there. */
async function countOf(page, previous) {
  const live = page.locator('.lb-area-count');
  let text = '';
  for (let k = 0; k < 100; k += 1) {
    text = await live.innerText();
    const m = text.match(/^([\d.]+) huishoudens in dit gebied/);
    if (m && m[1] !== previous) return { n: Number(m[1].replace(/\./g, '')), raw: m[1], text };
    await page.waitForTimeout(100);
  }
  throw new Error(`no household count in the live region: "${text}"`);
}

/** Clicks the map at a fraction of its width and height. */
async function clickMap(page, fx, fy) {
  const box = await page.locator('.lb-area-map').first().boundingBox();
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
}

test('the wijk team draws a circle, sees the count follow the radius and the area on the initiative', { timeout: 120_000 }, async () => {
  const { page, problems, context } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'wijkteam', '/initiatieven');
  await page.getByRole('heading', { level: 2, name: 'Initiatief invoeren' }).waitFor();
  await page.getByLabel('Buurt', { exact: true }).selectOption(BUURT);
  const buurt = await countOf(page);
  assert.match(buurt.text, /CBS-tabel postcode en huisnummer/);

  await page.getByRole('radio', { name: /Een cirkel/ }).check();
  await page.locator('.lb-area-count').getByText(/Klik op de kaart het midden/).waitFor();
  await clickMap(page, 0.5, 0.5);
  const small = await countOf(page);
  assert.match(small.text, /adressen van de BAG/);
  await page.getByLabel('Straal in meters (25 tot 2000)').fill('400');
  const large = await countOf(page, small.raw);
  assert.ok(large.n > small.n, `radius 400 m: ${large.n} households, 150 m: ${small.n}`);
  await checkAxe(page, 'initiatieven: cirkel getekend');

  await page.getByLabel('Titel', { exact: true }).fill('Bankjes rond het speelveld');
  await page.getByLabel('Beschrijving', { exact: true }).fill('Bankjes voor de buren rond het speelveld.');
  await page.getByLabel('Soort', { exact: true }).selectOption('ontmoeten');
  await page.getByRole('button', { name: 'Initiatief opslaan' }).click();
  await page.getByRole('link', { name: 'Naar het initiatief', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Bankjes rond het speelveld' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Gebied' }).waitFor();
  await page.getByText('Een cirkel met een straal van 400 meter. Steun telt alleen').waitFor();
  assert.match(await page.locator('main').innerText(), new RegExp(`Huishoudens\\s+${large.raw} `));
  await page.locator('.lb-area-view .leaflet-container path').first().waitFor();
  await checkAxe(page, 'initiatief met een cirkel');
  assertNoProblems(problems);
  await context.close();
});

test('a resident draws a polygon with undo, and a circle around an address without a mouse', { timeout: 120_000 }, async () => {
  // An address of the buurt, as the staff API lists the supports of the demo's first initiative.
  const staff = await newPage(ctx.browser);
  await logIn(staff.page, ctx.server.url, 'wijkteam', '/initiatieven/1');
  const address = await staff.page.evaluate(async () => (await (await fetch('/api/v1/initiatieven/1')).json()).support_list[0].address);
  await staff.context.close();
  const [postcode, number] = address.split(' ');

  const { page, problems, context } = await newPage(ctx.browser);
  await page.goto(`${ctx.server.url}/portaal/indienen`);
  await page.getByRole('heading', { level: 1, name: 'Initiatief indienen' }).waitFor();
  await page.getByLabel('Buurt', { exact: true }).selectOption(BUURT);
  await countOf(page);
  await page.getByRole('radio', { name: /Zelf een gebied tekenen/ }).check();
  for (const [fx, fy] of [[0.3, 0.3], [0.7, 0.3], [0.7, 0.7], [0.5, 0.9]]) await clickMap(page, fx, fy);
  await page.getByText('4 punten aangeklikt.').waitFor();
  const drawn = await countOf(page);
  await page.getByRole('button', { name: 'Laatste punt weghalen' }).click();
  await page.getByText('3 punten aangeklikt.').waitFor();
  await page.waitForTimeout(1000); // the count waits a moment for more clicks
  const triangle = await countOf(page);
  assert.ok(triangle.n <= drawn.n, `triangle ${triangle.n}, four corners ${drawn.n}`);
  await checkAxe(page, 'portaal: gebied getekend');

  // Without a mouse: a circle around an address.
  await page.getByRole('radio', { name: /Een cirkel/ }).check();
  await page.locator('.lb-area-count').getByText(/Klik op de kaart het midden/).waitFor();
  await page.getByLabel('Midden van de cirkel: postcode').fill(postcode);
  await page.getByLabel('Midden van de cirkel: huisnummer').fill(number.replace(/-.*/, ''));
  await page.getByLabel('Straal in meters (25 tot 2000)').fill('100');
  await page.getByRole('button', { name: 'Cirkel rond dit adres' }).click();
  const around = await countOf(page);
  assert.ok(around.n >= 1, around.text);
  await page.locator('.lb-area-map path.leaflet-interactive, .lb-area-map path').first().waitFor();
  await checkAxe(page, 'portaal: cirkel rond een adres');
  assertNoProblems(problems);
  await context.close();
});
