// Text from files and users is never rendered as HTML (issue 9, point 11). Every JSON answer of
// the API is rewritten in the browser so that names, titles and descriptions start with markup
// (as an imported area file or a resident could write them); the Kaart (tooltip and popup), the
// Gebied page, the initiatives list and the portal must show that markup as text: no img element
// is created and its onerror never runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, logIn, newPage, useDemo } from './browser.mjs';

const ctx = useDemo();

const PAYLOAD = '<img src=x onerror="window.__xss=1">';
const TEXT_KEYS = new Set(['name', 'title', 'buurt_name', 'wijk_name', 'area_name', 'gemeente_name', 'description']);

function poison(value) {
  if (Array.isArray(value)) return value.map(poison);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k,
      TEXT_KEYS.has(k) && typeof v === 'string' && v ? `${PAYLOAD}${v}` : poison(v)]));
  }
  return value;
}

async function poisonedPage(role) {
  const session = await newPage(ctx.browser);
  if (role) await logIn(session.page, ctx.server.url, role);
  await session.context.route('**/api/**', async (route) => {
    try {
      const response = await route.fetch();
      if (route.request().method() !== 'GET' || !(response.headers()['content-type'] || '').includes('json')) {
        await route.fulfill({ response });
        return;
      }
      await route.fulfill({ response, json: poison(await response.json()) });
    } catch (err) {
      // A request still in flight when the test closes its context: nothing to poison any more.
      if (!/disposed|closed/i.test(String(err))) throw err;
    }
  });
  // Closes the context once the routes in flight are let go, so none outlives the test.
  session.close = async () => {
    await session.context.unrouteAll({ behavior: 'ignoreErrors' });
    await session.context.close();
  };
  return session;
}

// The markup is on the page as text, no element came from it and its script never ran.
async function assertLiteral(page, where) {
  await page.getByText(PAYLOAD).filter({ visible: true }).first().waitFor({ timeout: 30_000 });
  const found = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"]').length,
    xss: window.__xss,
  }));
  assert.equal(found.images, 0, `an img element was made from text on ${where}`);
  assert.equal(found.xss, undefined, `script from text ran on ${where}`);
}

test('markup in area names and titles stays text on the Kaart, in its tooltip and its popup', { timeout: 120_000 }, async () => {
  const { page, problems, close } = await poisonedPage('analist');
  await page.goto(`${ctx.server.url}/kaart`);
  await page.locator('path.lb-area').first().waitFor();
  await page.locator('path.lb-area').first().hover({ force: true });
  const tooltip = page.locator('.lb-tooltip');
  await tooltip.first().waitFor();
  assert.ok((await tooltip.first().textContent()).startsWith(PAYLOAD), await tooltip.first().innerHTML());
  assert.equal(await tooltip.locator('img').count(), 0);
  await assertLiteral(page, 'the Kaart tooltip');

  await page.getByRole('checkbox', { name: 'Initiatieven van bewoners' }).check();
  await page.locator('.lb-wk-initiatief').first().waitFor();
  await page.locator('.lb-wk-initiatief').first().dispatchEvent('click');
  const popup = page.locator('.leaflet-popup');
  await popup.waitFor();
  assert.ok((await popup.textContent()).includes(PAYLOAD));
  assert.equal(await popup.locator('img').count(), 0);
  await assertLiteral(page, 'the Kaart popup');
  assertNoProblems(problems);
  await close();
});

test('markup in names stays text on the Gebied page and the initiatives list', { timeout: 120_000 }, async () => {
  const { page, problems, close } = await poisonedPage('analist');
  await page.goto(`${ctx.server.url}/gebied/wijk/WK010601`);
  await assertLiteral(page, 'the Gebied page');
  await page.goto(`${ctx.server.url}/initiatieven`);
  await page.getByRole('table').first().waitFor();
  await assertLiteral(page, 'the initiatives list');
  assertNoProblems(problems);
  await close();
});

test('markup in titles stays text on the portal', { timeout: 120_000 }, async () => {
  const { page, problems, close } = await poisonedPage(null);
  await page.goto(`${ctx.server.url}/portaal`);
  await assertLiteral(page, 'the portal');
  assertNoProblems(problems);
  await close();
});
