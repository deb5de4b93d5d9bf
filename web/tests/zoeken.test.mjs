// The search in the top bar: typed text shows results, the keyboard chooses one and the area page
// opens; "Geen resultaten" when nothing fits; at 390 px the field opens behind the "Zoeken" button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, useDemo } from './browser.mjs';

const ctx = useDemo({ role: 'wijkteam' });

test('type a wijk in the top bar, choose it with the keyboard, land on its area page', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`${ctx.server.url}/kaart`);
  const field = page.getByRole('combobox', { name: 'Zoeken' });
  await field.fill('xqzxqz');
  await page.getByRole('listbox').getByText('Geen resultaten').waitFor();
  await field.fill('lariks');
  const option = page.getByRole('option', { name: /Lariks/ }).first();
  await option.waitFor();
  assert.equal(await field.getAttribute('aria-expanded'), 'true');
  await checkAxe(page, 'Zoeken with results');
  await field.press('ArrowDown');
  assert.equal(await page.locator('[role=option][aria-selected="true"]').count(), 1);
  assert.ok((await field.getAttribute('aria-activedescendant'))?.includes('optie-0'));
  await field.press('Escape');
  assert.equal(await field.getAttribute('aria-expanded'), 'false');
  await field.press('ArrowDown');
  await field.press('Enter');
  await page.waitForURL(/\/gebied\/(wijk|buurt)\//);
  await page.getByRole('heading', { level: 1, name: /Lariks/ }).waitFor();
  assertNoProblems(problems);
});

test('at 390 px the search opens behind its button and leads to a postcode\'s buurt', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${ctx.server.url}/kaart`);
  const field = page.getByRole('combobox', { name: 'Zoeken' });
  assert.equal(await field.isVisible(), false);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  assert.equal(await field.isVisible(), true);
  await field.fill('9405');
  const option = page.getByRole('option', { name: /^9405 [A-Z]{2}/ }).first();
  await option.waitFor();
  // The field and its list stay inside the phone's width.
  for (const part of [field, page.getByRole('listbox')]) {
    const box = await part.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `inside 390 px: ${JSON.stringify(box)}`);
  }
  await option.click();
  await page.waitForURL(/\/gebied\/buurt\/BU/);
  assertNoProblems(problems);
});
