// The Gebied page of a wijk: its buurten with colour and level (map and table), the explanation
// that colours are decided per buurt, the unit list collapsed and paged, and the print view (the
// print stylesheet hides the menu and the buttons); axe on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, useDemo } from './browser.mjs';

const ctx = useDemo({ role: 'wijkteam' });

test('a wijk page shows its buurten, collapses its units and prints cleanly', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/gebied/wijk/WK010600`);
  const table = page.getByRole('table', { name: /Buurten in Centrum/ });
  await table.waitFor();
  assert.ok(await table.locator('tbody tr').count() > 1);
  assert.match(await table.innerText(), /Binnenstad[\s\S]*Geel – Plus/);
  await page.locator('.lb-area-buurten__map path.lb-area').first().waitFor();
  assert.match(await page.locator('main').innerText(), /De kleur en de inzet worden per buurt bepaald, niet per wijk/);
  assert.doesNotMatch(await page.locator('main').innerText(), /dit gebied heeft geen kleur/);

  // The units: collapsed, 50 a page, the next page from the server.
  const units = page.locator('details.lb-area-units').first();
  assert.equal(await units.getAttribute('open'), null);
  await units.locator('summary').click();
  const unitTable = page.getByRole('table', { name: /Woningen in Centrum/ });
  assert.equal(await unitTable.locator('tbody tr').count(), 50);
  await units.getByRole('button', { name: /Volgende 50 woningen/ }).click();
  await page.locator('.lb-pager__status', { hasText: 'Bladzijde 2 van' }).first().waitFor();

  await checkAxe(page, 'Gebied wijk');

  // The print view: no menu, no buttons, a header with the area's name.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.lb-nav').isVisible(), false);
  assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), false);
  assert.match(await page.locator('.lb-print-header').innerText(), /Wijk Centrum \(WK010600\) – afgedrukt op \d+-\d+-\d{4}/);
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.getByRole('button', { name: 'Afdrukken' }).isVisible(), true);
  assertNoProblems(problems);
});
