// A resident initiative from the portal to the ledger: a resident submits an idea on the portal
// and confirms it with the e-mail link (read from the server's log, as there is no mail relay in
// the demo), supports the majority (one from the portal, the rest from a paper list entered by
// the wijk team), the wijk team approves it with pledges, the analist books the spending, and the
// wijk's figures show it. Axe scans of the portal pages and the new pages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assertNoProblems, checkAxe, launchBrowser, logIn, newPage } from './browser.mjs';
import { startLoggingServer, linkFromMail } from './logging-server.mjs';

const BUURT = 'BU01060404'; // Bloemenbuurt, Pittelo (a wijk of the demo wijk team)

/** Addresses of the buurt from the sample's pc6hnr table (CBS: PC6;Huisnummer;Buurt2023;...). */
function buurtAddresses(sample) {
  const code = Number(BUURT.slice(2));
  return readFileSync(path.join(sample, 'geo', 'pc6hnr2023.csv'), 'utf8').split('\n').slice(1)
    .map((line) => line.split(';'))
    .filter((f) => f.length > 2 && Number(f[2]) === code)
    .map((f) => ({ postcode: f[0], huisnummer: f[1] }));
}

let server;
let browser;
before(async () => {
  [server, browser] = await Promise.all([startLoggingServer(), launchBrowser()]);
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

test('an initiative from the portal through the majority and the decision to the ledger and the figures', { timeout: 180_000 }, async () => {
  const title = 'Jeu de boules-baan in de Bloemenbuurt';
  const addresses = buurtAddresses(server.sample);
  assert.ok(addresses.length > 50, `addresses of ${BUURT}: ${addresses.length}`);

  // The resident: the portal's list, the form, the link.
  const resident = await newPage(browser);
  const rp = resident.page;
  await rp.goto(`${server.url}/portaal`);
  await rp.getByRole('heading', { level: 1, name: 'Initiatieven in uw wijk' }).waitFor();
  await rp.getByLabel('Wijk').selectOption({ label: 'Pittelo' });
  await rp.getByRole('heading', { level: 3 }).first().waitFor();
  await checkAxe(rp, 'portaal');
  await rp.getByRole('link', { name: 'Een initiatief indienen' }).click();
  await rp.getByRole('heading', { level: 1, name: 'Initiatief indienen' }).waitFor();
  await rp.getByRole('button', { name: 'Initiatief indienen' }).click();
  await rp.getByRole('alert').getByText('Vul een titel in.').waitFor();
  await checkAxe(rp, 'portaal: indienen met fouten');
  await rp.getByLabel('Titel van uw idee').fill(title);
  await rp.getByLabel('Beschrijving').fill('Een jeu de boules-baan op het grasveld, voor jong en oud.');
  await rp.getByLabel('Soort initiatief').selectOption('ontmoeten');
  await rp.getByLabel('Buurt', { exact: true }).selectOption(BUURT);
  await rp.getByLabel('Gevraagd bedrag in euro (mag leeg)').fill('900');
  await rp.getByLabel('Uw e-mailadres').fill('bewoner@example.org');
  await rp.getByRole('button', { name: 'Initiatief indienen' }).click();
  await rp.getByRole('status').getByText(/we hebben u een e-mail gestuurd/).waitFor();
  const link = await linkFromMail(server, 'initiatief', '/portaal/bevestigen#');
  await rp.goto(`${server.url}${link.path}`);
  await rp.getByRole('status').getByText(/staat nu open voor steun/).waitFor();
  await checkAxe(rp, 'portaal: bevestigd');

  // The resident supports it too, and a second support from the same address is refused.
  await rp.goto(`${server.url}/portaal/steunen/${link.id}`);
  await rp.getByRole('heading', { level: 2, name: title }).waitFor();
  await checkAxe(rp, 'portaal: steunen');
  const mine = addresses[0];
  const supportOnce = async () => {
    await rp.getByLabel('Uw postcode').fill(mine.postcode);
    await rp.getByLabel('Uw huisnummer').fill(mine.huisnummer);
    await rp.getByLabel('Uw e-mailadres').fill('bewoner@example.org');
    await rp.getByRole('button', { name: 'Steun dit initiatief' }).click();
  };
  await supportOnce();
  await rp.getByRole('status').getByText(/we hebben u een e-mail gestuurd/).waitFor();
  const supportLink = await linkFromMail(server, 'steun aan initiatief', '/portaal/bevestigen#');
  assert.equal(supportLink.id, link.id);
  // The links' tokens are secrets: in the mails only, never in the server's log.
  for (const l of [link, supportLink]) assert.ok(!server.log.text.includes(l.path.split('#')[1]), 'a token in the log');
  await rp.goto(`${server.url}${supportLink.path}`);
  await rp.getByRole('status').getByText(/Uw steun voor/).waitFor();
  await rp.goto(`${server.url}/portaal/steunen/${link.id}`);
  await rp.getByText(/1 van de \d+ huishoudens steunen dit/).waitFor();
  await supportOnce();
  await rp.getByRole('alert').getByText(/al gesteund/).waitFor();
  assertNoProblems(resident.problems);
  await resident.context.close();

  // The wijk team: one paper support through the form, the rest of the list through the API.
  const team = await newPage(browser);
  const tp = team.page;
  await logIn(tp, server.url, 'wijkteam', `/initiatieven/${link.id}`);
  await tp.getByRole('heading', { level: 1, name: title }).waitFor();
  await checkAxe(tp, 'initiatief');
  await tp.getByLabel('Postcode', { exact: true }).fill(addresses[1].postcode);
  await tp.getByLabel('Huisnummer', { exact: true }).fill(addresses[1].huisnummer);
  await tp.getByRole('button', { name: 'Steun toevoegen' }).click();
  await tp.getByRole('status').getByText(/Toegevoegd: nu 2 van/).waitFor();
  const needed = await tp.evaluate(async (id) => (await (await fetch(`/api/v1/initiatieven/${id}`)).json()).needed, link.id);
  const paper = addresses.slice(2, needed);
  const statuses = await tp.evaluate(async ({ id, list }) => {
    const { csrf_token: csrf } = await (await fetch('/api/v1/sessie')).json();
    const out = [];
    for (const a of list) {
      const r = await fetch(`/api/v1/initiatieven/${id}/steunbetuigingen`, {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf }, body: JSON.stringify(a),
      });
      out.push(r.status);
    }
    return out;
  }, { id: link.id, list: paper });
  assert.ok(statuses.every((s) => s === 201), statuses.join(','));
  await tp.reload();
  await tp.getByText(/de meerderheid is bereikt/).waitFor();
  // The decision with pledges of the corporation (money) and the welfare organisation (hours).
  await tp.getByLabel('Woonstichting Voorbeeld (synthetisch): bedrag in euro').fill('900');
  await tp.getByLabel('Welzijn Assen (voorbeeld): uren').fill('12');
  // The decision comes first on the page and has no choice made: saving without one says so.
  const headings = await tp.locator('main h2').allInnerTexts();
  assert.equal(headings[0], 'Besluit van het wijkteam', headings.join(' | '));
  assert.equal(await tp.getByRole('radio', { name: 'Goedkeuren' }).isChecked(), false);
  await tp.getByRole('button', { name: 'Besluit opslaan' }).click();
  await tp.getByRole('alert').getByText('Kies of u het initiatief goedkeurt of afwijst.').waitFor();
  await tp.getByRole('radio', { name: 'Goedkeuren' }).check();
  await tp.getByRole('button', { name: 'Besluit opslaan' }).click();
  await tp.getByRole('heading', { level: 2, name: 'Toezeggingen' }).waitFor();
  assert.match(await tp.locator('main').innerText(), /Goedgekeurd/);
  await checkAxe(tp, 'initiatief goedgekeurd');
  assertNoProblems(team.problems);
  await team.context.close();

  // The analist books the corporation's money on the Uitgaven page.
  const analist = await newPage(browser);
  const ap = analist.page;
  await logIn(ap, server.url, 'analist', '/uitgaven');
  await ap.getByRole('heading', { level: 1, name: 'Uitgaven' }).waitFor();
  // The form chooses the gemeente, wijk and initiative by name (uitgaven-correcties.test.mjs).
  const entry = ap.getByRole('form', { name: 'Bedrag toevoegen' });
  await entry.getByLabel('Gemeente', { exact: true }).selectOption('GM0106');
  await entry.getByLabel('Wijk (mag leeg)').selectOption('WK010604');
  await entry.getByLabel('Organisatie').selectOption({ label: 'Woonstichting Voorbeeld (synthetisch)' });
  await entry.getByLabel('Bedrag in euro').fill('900');
  await entry.getByLabel(/^Categorie/).selectOption('b');
  await entry.getByLabel('Inzet').selectOption('Plus');
  await entry.getByLabel('Initiatief (mag leeg)').selectOption(String(link.id));
  await entry.getByLabel('Omschrijving').fill('Jeu de boules-baan');
  await entry.getByRole('button', { name: 'Bedrag opslaan' }).click();
  await ap.getByRole('status').getByText('Het bedrag is opgeslagen.').waitFor();
  await ap.getByRole('table', { name: 'Uitgaven, nieuwste eerst' }).getByRole('link', { name: title }).first().waitFor();
  await checkAxe(ap, 'uitgaven');

  // The wijk's figures show it.
  await ap.goto(`${server.url}/initiatieven`);
  const year = server.today.slice(0, 4);
  await ap.getByRole('table', { name: `Initiatieven per wijk in ${year}` }).waitFor();
  const row = ap.getByRole('table', { name: `Initiatieven per wijk in ${year}` }).getByRole('row', { name: /Pittelo/ });
  const cells = await row.innerText();
  assert.match(cells, /€ 900/);
  assert.match(cells.replace(/\s+/g, ' '), /Pittelo 1 /);
  await checkAxe(ap, 'initiatieven');
  assertNoProblems(analist.problems);
  await analist.context.close();
});

test('a lezer sees the figures only', { timeout: 60_000 }, async () => {
  const { page, context, problems } = await newPage(browser);
  await logIn(page, server.url, 'lezer', '/initiatieven');
  await page.getByRole('heading', { level: 2, name: 'Cijfers' }).waitFor();
  await page.getByText(/Met uw rol ziet u de cijfers/).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Initiatief invoeren' }).count(), 0);
  await checkAxe(page, 'initiatieven (lezer)');
  assertNoProblems(problems);
  await context.close();
});
