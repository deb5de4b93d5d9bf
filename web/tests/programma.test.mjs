// Programma: the what-if changes counts and euros; field errors; scenarios (saved, compared with the
// settings that differ and the buurten that change colour on a table and a map, removed); Gemeenten:
// sorting and downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, useDemo } from './browser.mjs';

const ctx = useDemo({ role: 'analist' });

const budgetCell = (page, row) => page.locator('.lb-budget tbody tr').nth(row).locator('td').nth(4);

test('changing the yellow threshold changes the counts and the euros per gemeente', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/programma`);
  await page.locator('[data-count="units-Plus"]').waitFor();
  assert.equal(await page.title(), 'Programma – Leefbaar');
  const before = {
    plus: await page.locator('[data-count="units-Plus"]').innerText(),
    geel: await page.locator('[data-count="areas-geel"]').innerText(),
    budget: await page.locator('.lb-budget tbody').innerText(),
  };
  assert.match(before.budget, /€ \d/);
  await checkAxe(page, 'Programma');

  const whatif = page.waitForResponse((r) => r.url().endsWith('/api/v1/programma/wat-als') && r.status() === 200);
  await page.getByLabel('Grens voor geel (z-waarde)').fill('0,2');
  await whatif;
  await page.waitForFunction((old) => document.querySelector('[data-count="units-Plus"]').textContent !== old, before.plus);
  const after = {
    geel: await page.locator('[data-count="areas-geel"]').innerText(),
    budget: await page.locator('.lb-budget tbody').innerText(),
    live: await page.locator('.lb-live').innerText(),
  };
  assert.notEqual(after.geel, before.geel);
  assert.notEqual(after.budget, before.budget, 'the planned euros per gemeente changed');
  assert.match(after.live, /Woningen: [\d.]+ Basis/);
  // The first gemeente's planned euros are still in Dutch euro format.
  assert.match(await budgetCell(page, 0).innerText(), /^€ [\d.]+$/);
  // The small map is recoloured.
  assert.ok(await page.locator('#programma-kaart path.lb-kleur-geel').count() > 0);

  // A bad value: the server's error at the field, the entry kept.
  await page.getByLabel('Grens voor oranje (z-waarde)').fill('0,5');
  const alert = page.locator('.lb-error-summary');
  await alert.waitFor();
  assert.equal(await page.getByLabel('Grens voor oranje (z-waarde)').inputValue(), '0,5');
  assert.ok(await page.locator('[data-field] .lb-field-error').count() >= 1);
  await checkAxe(page, 'Programma with an error');
  await page.getByRole('button', { name: 'Terug naar de opgeslagen instellingen' }).click();
  await alert.waitFor({ state: 'detached' });
  assertNoProblems(problems);
});

test('saving two scenarios and comparing them', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/programma`);
  await page.locator('[data-count="units-Plus"]').waitFor();
  // An empty name is refused at the field.
  await page.getByRole('button', { name: 'Opslaan als scenario' }).click();
  await page.locator('[data-field="name"] .lb-field-error').waitFor();
  await page.getByLabel('Naam van het scenario').fill('Zoals vastgesteld');
  await page.getByRole('button', { name: 'Opslaan als scenario' }).click();
  await page.getByText('Het scenario ‘Zoals vastgesteld’ is opgeslagen.').waitFor();
  const whatif = page.waitForResponse((r) => r.url().endsWith('/api/v1/programma/wat-als'));
  await page.getByLabel('Grens voor geel (z-waarde)').fill('-0,2');
  await whatif;
  await page.getByLabel('Naam van het scenario').fill('Ruimere grens');
  await page.getByRole('button', { name: 'Opslaan als scenario' }).click();
  await page.getByText('Het scenario ‘Ruimere grens’ is opgeslagen.').waitFor();
  await page.getByRole('button', { name: 'Vergelijken' }).click();
  const result = page.locator('.lb-compare__result');
  await result.locator('table').first().waitFor();
  const text = await result.innerText();
  assert.match(text, /Zoals vastgesteld vergeleken met Ruimere grens/);
  assert.match(text, /€ [\d.]+/);
  // The setting that differs, labelled as the form labels it, with both values.
  const setting = result.locator('table', { hasText: 'Instellingen die verschillen' }).locator('tbody tr');
  assert.equal(await setting.count(), 1);
  assert.match(await setting.innerText(), /Grens voor geel \(z-waarde\)\s+-0,5\s+-0,2/);
  // The buurten that change colour: counted per change, listed, and drawn on the map.
  assert.match(text, /\d+ buurten? van groen naar geel/);
  const changed = result.locator('table', { hasText: 'Buurten die van kleur veranderen' }).locator('tbody tr');
  assert.ok(await changed.count() > 0);
  assert.match(await changed.first().innerText(), /Groen – Basis\s+Geel – Plus/);
  await result.locator('.lb-compare__map path.lb-verschil-meer').first().waitFor();
  assert.match(await result.locator('.lb-legend').innerText(), /Hoger niveau van inzet in B \(\d+\)/);
  await checkAxe(page, 'Programma with a comparison');

  // Removing a scenario asks first; "Nee" keeps it.
  await page.getByRole('button', { name: 'Ruimere grens verwijderen' }).click();
  await page.getByRole('button', { name: 'Nee' }).click();
  await page.getByRole('button', { name: 'Ruimere grens verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  await page.getByText('Het scenario ‘Ruimere grens’ is verwijderd.').waitFor();
  const list = page.locator('table', { hasText: 'Opgeslagen scenario’s' });
  assert.doesNotMatch(await list.innerText(), /Ruimere grens/);
  assert.match(await list.innerText(), /Zoals vastgesteld/);
  assertNoProblems(problems);
});

test('Gemeenten: the table sorts by a column, has totals and downloads', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await page.goto(`${ctx.server.url}/gemeenten`);
  await page.locator('table tbody tr').first().waitFor();
  assert.equal(await page.title(), 'Gemeenten – Leefbaar');
  assert.match(await page.locator('tfoot').innerText(), /Totaal[\s\S]*€ [\d.]+/);
  const header = page.locator('th', { has: page.getByRole('button', { name: 'Eenheden', exact: true }) });
  await page.getByRole('button', { name: 'Eenheden', exact: true }).click();
  assert.equal(await header.getAttribute('aria-sort'), 'ascending');
  const units = async () => (await page.locator('tbody tr td:nth-child(2)').allInnerTexts()).map((t) => Number(t.replace(/\./g, '')));
  const asc = await units();
  assert.deepEqual(asc, [...asc].sort((a, b) => a - b));
  await page.getByRole('button', { name: 'Eenheden', exact: true }).click();
  assert.equal(await header.getAttribute('aria-sort'), 'descending');
  const desc = await units();
  assert.deepEqual(desc, [...desc].sort((a, b) => b - a));
  for (const [name, path] of [['Download als Excel (XLSX)', '/api/v1/programma/gemeenten.xlsx'], ['Download als CSV', '/api/v1/programma/gemeenten.csv']]) {
    assert.equal(await page.getByRole('link', { name }).getAttribute('href'), path);
    const status = await page.evaluate(async (p) => (await fetch(p)).status, path);
    assert.equal(status, 200, path);
  }
  await checkAxe(page, 'Gemeenten');
  assertNoProblems(problems);
});
