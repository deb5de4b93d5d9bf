// Uitgaven: the ledger shows names, not codes; filters and pages come from the server; a row is
// corrected by a reversal entry through the page (the original stays, marked); and a beheerder
// switches an account off on Beheer, after which that user's log-in is refused on the log-in page.
// Both pages' parts fit at 390 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, email, logIn, newPage, PASSWORD, useDemo } from './browser.mjs';

const ctx = useDemo();

// At 390 px the page's own parts stay within the page: wide tables scroll inside their frame.
// (The header's width is the layout's, checked by the walk over every page.)
const fitsAt390 = async (page, name) => {
  const wide = await page.evaluate(() => {
    const main = document.querySelector('main').getBoundingClientRect();
    return [...document.querySelectorAll('main form, main .lb-pager, main .lb-table-scroll')]
      .filter((e) => e.getBoundingClientRect().right > main.right + 1).length;
  });
  assert.equal(wide, 0, `${name}: parts wider than the page`);
};

test('analist: filters and pages the ledger and reverses a row', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'analist', '/uitgaven');
  const table = page.getByRole('table', { name: 'Uitgaven, nieuwste eerst' });
  await table.waitFor();
  const text = await table.locator('tbody').innerText();
  assert.doesNotMatch(text, /\bGM\d{4}\b|\bWK\d{6}\b|Initiatief \d+/, 'bare codes in the ledger');
  assert.match(text, /€ \d[\d.]*,\d\d/, 'amounts with cents');
  assert.match(text, /\b\d{1,2}-\d{1,2}-20\d\d\b/, 'dates as d-m-jjjj');
  const pager = page.locator('.lb-pager__text');
  const total = Number((await pager.innerText()).match(/van ([\d.]+)/)[1].replace('.', ''));
  assert.ok(total > 25, `a page of 25 of ${total}`);
  assert.equal(await table.locator('tbody tr').count(), 25);
  await page.getByRole('button', { name: 'Volgende bladzijde' }).click();
  await pager.getByText(/^Regels 26 tot en met/).waitFor();

  // The filters: year and gemeente by name; the pager counts what matches.
  const filters = page.getByRole('form', { name: 'Uitgaven filteren' });
  await filters.getByLabel('Jaar').selectOption('2025');
  const gemeente = await filters.getByLabel('Gemeente').locator('option').nth(1).innerText();
  await filters.getByLabel('Gemeente').selectOption({ label: gemeente });
  await filters.getByRole('button', { name: 'Filteren' }).click();
  await pager.getByText(/^Regels 1 tot en met/).waitFor();
  const rows = await table.locator('tbody tr').allInnerTexts();
  assert.ok(rows.length > 0);
  for (const r of rows) {
    assert.match(r, /-2025\b/);
    assert.ok(r.includes(gemeente), `a row of another gemeente: ${r}`);
  }
  await checkAxe(page, 'Uitgaven filtered');

  // Corrigeren: the reason is required; then a reversal row stands above the original.
  await table.getByRole('button', { name: /^Corrigeren/ }).first().click();
  const form = page.getByRole('form', { name: 'Regel corrigeren' });
  await form.getByRole('button', { name: 'Tegenboeken' }).click();
  await form.getByText('Schrijf op waarom u deze regel corrigeert.').first().waitFor();
  await form.getByLabel('Reden van de correctie').fill('Dubbel geboekt in de test');
  await form.getByRole('button', { name: 'Tegenboeken' }).click();
  await page.getByRole('status').getByText(/is tegengeboekt\.$/).waitFor();
  await table.getByText(/^Tegenboeking van regel \d+: Dubbel geboekt in de test$/).waitFor();
  await table.getByText(/^Tegengeboekt \(regel \d+\)$/).waitFor();

  // The search finds the reversal by its reason.
  await filters.getByLabel('Zoeken').fill('dubbel geboekt in de test');
  await filters.getByRole('button', { name: 'Filteren' }).click();
  await pager.getByText(/^Regels 1 tot en met 1 van 1;/).waitFor();
  assert.match(await table.locator('tbody').innerText(), /-€ [\d.]+,\d\d/);
  await checkAxe(page, 'Uitgaven after a correction');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByRole('heading', { level: 1, name: 'Uitgaven' }).waitFor();
  await fitsAt390(page, 'Uitgaven');
  assertNoProblems(problems);
  await context.close();
});

test('beheerder: switches an account off, and that user cannot log in', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await newPage(ctx.browser);
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, ctx.server.url, 'beheerder', '/beheer');
  const off = page.getByRole('button', { name: 'Account van Demo analist uitzetten' });
  await off.scrollIntoViewIfNeeded();
  await off.click();
  await page.getByText('Het account van Demo analist staat uit.', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Account van Demo analist aanzetten' }).waitFor();
  await fitsAt390(page, 'Beheer');

  const analist = await newPage(ctx.browser);
  await analist.page.goto(`${ctx.server.url}/inloggen`);
  await analist.page.getByLabel('E-mailadres').fill(email('analist'));
  await analist.page.getByLabel('Wachtwoord').fill(PASSWORD);
  await analist.page.getByRole('button', { name: 'Inloggen' }).click();
  await analist.page.getByText(/Uw account is uitgeschakeld/).first().waitFor();
  assert.match(new URL(analist.page.url()).pathname, /^\/inloggen/);
  await analist.context.close();

  await page.getByRole('button', { name: 'Account van Demo analist aanzetten' }).click();
  await page.getByText('Het account van Demo analist staat weer aan.', { exact: false }).waitFor();
  assertNoProblems(problems);
  await context.close();
});
