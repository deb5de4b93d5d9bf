// The list on the Initiatieven page: the analist pages through the demo's initiatives with the
// shared pager, filters by wijk, stand, jaar and a search term (a filter starts again on the first
// page), and a wijk team sees its own total next to the whole work area's. Axe scans of each state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, newPage, logIn, useDemo } from './browser.mjs';

const ctx = useDemo();

/** The pager's sentence ("Initiatieven 1 tot en met 50 van 60.") as numbers, once it says `pattern`. */
async function pagerOf(page, pattern) {
  const text = page.locator('.lb-pager__text');
  await text.getByText(pattern).waitFor();
  const m = (await text.innerText()).match(/^Initiatieven ([\d.]+) tot en met ([\d.]+) van ([\d.]+)\.$/);
  assert.ok(m, await text.innerText());
  const [first, to, total] = m.slice(1).map((n) => Number(n.replace(/\./g, '')));
  return { first, to, total };
}

const listTable = (page) => page.getByRole('table', { name: /^Initiatieven, nieuwste eerst/ });
const rowsOf = async (page) => (await listTable(page).locator('tbody tr').count());

test('the analist pages through the initiatives and filters them', { timeout: 120_000 }, async () => {
  const { page, problems, context } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'analist', '/initiatieven');
  const first = await pagerOf(page, /^Initiatieven 1 tot en met 50 van /);
  assert.ok(first.total > 50, `the demo has ${first.total} initiatives`);
  assert.equal(await rowsOf(page), 50);
  await checkAxe(page, 'initiatieven: eerste bladzijde');

  // The next page and back.
  await page.getByRole('button', { name: 'Volgende bladzijde' }).click();
  const second = await pagerOf(page, /^Initiatieven 51 tot en met /);
  assert.equal(second.to, Math.min(100, first.total));
  assert.equal(await rowsOf(page), second.to - 50);
  await checkAxe(page, 'initiatieven: tweede bladzijde');

  // A filter starts on the first page again: the wijk by its name, then a stand too.
  const filter = page.getByRole('form', { name: 'Initiatieven filteren' });
  await filter.getByLabel('Wijk').selectOption({ label: 'Pittelo' });
  await filter.getByRole('button', { name: 'Filteren' }).click();
  const pittelo = await pagerOf(page, /^Initiatieven 1 tot en met /);
  assert.ok(pittelo.total < first.total, `${pittelo.total} in Pittelo`);
  const wijken = await listTable(page).locator('tbody tr td:nth-child(2)').allInnerTexts();
  assert.equal(wijken.length, Math.min(50, pittelo.total));
  assert.ok(wijken.every((w) => w === 'Pittelo'), wijken.join(', '));
  await filter.getByLabel('Stand').selectOption('open');
  await filter.getByRole('button', { name: 'Filteren' }).click();
  const open = await page.evaluate(async () => (await (await fetch('/api/v1/initiatieven?wijk=WK010604&state=open&limit=1')).json()).total);
  const both = await pagerOf(page, new RegExp(` van ${open}\\.$`));
  assert.equal(both.total, open);
  const states = await listTable(page).locator('tbody tr td:nth-child(4)').allInnerTexts();
  assert.ok(states.every((s) => /^(Verzamelt steun|Wacht op besluit)/.test(s)), states.join(', '));

  // A search term on the title of one initiative, in another case; and one that finds nothing.
  await filter.getByLabel('Wijk').selectOption('');
  await filter.getByLabel('Stand').selectOption('');
  const title = (await page.evaluate(async () => (await (await fetch('/api/v1/initiatieven?limit=1')).json()).initiatives[0].title));
  await filter.getByLabel('Zoekterm').fill(title.replace(/[a-z]/g, (c) => c.toUpperCase()));
  await filter.getByRole('button', { name: 'Filteren' }).click();
  await listTable(page).getByRole('link', { name: title }).first().waitFor();
  const found = await pagerOf(page, /^Initiatieven 1 tot en met /);
  assert.ok(found.total >= 1 && found.total < first.total, `${found.total} for "${title}"`);
  await filter.getByLabel('Zoekterm').fill('geen-initiatief-heet-zo');
  await filter.getByRole('button', { name: 'Filteren' }).click();
  await page.getByText('Er zijn geen initiatieven die bij dit filter passen.').waitFor();
  await pagerOf(page, /^Initiatieven 0 tot en met 0 van 0\.$/);

  // The year: every row of the chosen year.
  await filter.getByLabel('Zoekterm').fill('');
  const inYear = await page.evaluate(async () => (await (await fetch('/api/v1/initiatieven?year=2025&limit=1')).json()).total);
  assert.ok(inYear > 0, `${inYear} in 2025`);
  await filter.getByLabel('Jaar').selectOption('2025');
  const asked = page.waitForRequest((r) => /\/api\/v1\/initiatieven\?.*year=2025/.test(r.url()));
  await filter.getByRole('button', { name: 'Filteren' }).click();
  const url = new URL((await asked).url());
  assert.equal(url.searchParams.get('offset'), '0');
  assert.equal(url.searchParams.get('q'), null);
  const year = await pagerOf(page, new RegExp(`^Initiatieven 1 tot en met [\\d.]+ van ${inYear.toLocaleString('nl-NL')}\\.$`));
  assert.equal(year.to, Math.min(50, inYear));
  await checkAxe(page, 'initiatieven: gefilterd');
  assertNoProblems(problems);
  await context.close();
});

test('a wijk team sees the total of its wijken next to that of the whole work area', { timeout: 120_000 }, async () => {
  const { page, problems, context } = await newPage(ctx.browser);
  await logIn(page, ctx.server.url, 'wijkteam', '/initiatieven');
  const figures = await page.evaluate(async () => (await fetch('/api/v1/initiatieven/cijfers')).json());
  const own = figures.per_wijk.reduce((n, w) => n + w.initiatives, 0);
  const sentence = page.getByText(/^In uw wijken in \d{4}: /);
  await sentence.waitFor();
  const text = (await sentence.innerText()).replace(/\u00a0/g, ' ');
  const fmt = (n) => n.toLocaleString('nl-NL');
  assert.ok(text.startsWith(`In uw wijken in ${figures.year}: ${fmt(own)} initiatieven,`), text);
  assert.ok(text.includes(`In het hele werkgebied: ${fmt(figures.total.initiatives)} initiatieven,`), text);
  assert.equal(await page.getByText(/^Totaal \d{4}: /).count(), 0);
  await checkAxe(page, 'initiatieven: wijkteam');
  assertNoProblems(problems);
  await context.close();
});
