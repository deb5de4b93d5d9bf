// The yearly campaigns: a resident asks for a Christmas tree for the street on the portal and
// confirms it with the e-mail link (read from the server's log: the demo has no mail relay), a
// neighbour's second request for the street is refused, a superbuur is nominated and confirmed;
// then the wijk team adds a team member and a meeting place to the wijk profile and chooses the
// superbuur on the Wijkwerk page. Axe scans of every new page state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { assertNoProblems, checkAxe, launchBrowser, logIn, newPage } from './browser.mjs';
import { startLoggingServer, linkFromMail } from './logging-server.mjs';

const BUURT = 'BU01060101'; // Lariks-Noord, in Lariks (a wijk of the demo wijk team)
const LINK = '/portaal/actie-bevestigen#';

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

async function requestTree(page, address, street) {
  await page.getByLabel('Uw postcode').fill(address.postcode);
  await page.getByLabel('Uw huisnummer').fill(address.huisnummer);
  await page.getByLabel('Uw straat').fill(street);
  const days = page.getByRole('group', { name: 'Wanneer haalt u de boom op?' }).getByRole('radio');
  if (await days.count()) await days.first().check();
  await page.getByLabel('Uw e-mailadres').fill('bewoner@example.org');
  await page.getByRole('button', { name: 'Kerstboom aanvragen' }).click();
}

test('a Christmas tree and a superbuur from the portal, then the wijk team on the Wijkwerk page', { timeout: 180_000 }, async () => {
  const addresses = buurtAddresses(server.sample);
  assert.ok(addresses.length > 5, `addresses of ${BUURT}: ${addresses.length}`);
  const year = server.today.slice(0, 4);

  // The resident: the portal's front page links to the campaigns.
  const resident = await newPage(browser);
  const rp = resident.page;
  await rp.goto(`${server.url}/portaal`);
  await rp.getByRole('heading', { level: 2, name: 'Acties in uw buurt' }).waitFor();
  await rp.getByRole('link', { name: 'Een kerstboom aanvragen voor uw straat' }).click();
  await rp.getByRole('heading', { level: 1, name: 'Kerstboom aanvragen' }).waitFor();
  await rp.getByText(/betaalt € 25 mee aan de versiering/).waitFor();
  await checkAxe(rp, 'portaal: kerstboom');
  await rp.getByRole('button', { name: 'Kerstboom aanvragen' }).click();
  await rp.getByRole('alert').getByText('Vul uw postcode in.').waitFor();
  await checkAxe(rp, 'portaal: kerstboom met fouten');

  await requestTree(rp, addresses[0], 'Portaallaan');
  await rp.getByRole('status').getByText(/we hebben u een e-mail gestuurd/).waitFor();
  await checkAxe(rp, 'portaal: kerstboom verstuurd');
  const tree = await linkFromMail(server, 'kerstboom', LINK);
  await rp.goto(`${server.url}${tree.path}`);
  await rp.getByRole('status').getByText(/De kerstboom voor de Portaallaan is aangevraagd/).waitFor();
  await checkAxe(rp, 'portaal: kerstboom bevestigd');

  // A neighbour asks for the same street.
  await rp.goto(`${server.url}/portaal/kerstboom`);
  await requestTree(rp, addresses[1], 'Portaallaan');
  await rp.getByRole('alert').getByText(/al een kerstboom aangevraagd/).waitFor();
  await checkAxe(rp, 'portaal: kerstboom al aangevraagd');

  // A superbuur.
  await rp.goto(`${server.url}/portaal`);
  await rp.getByRole('link', { name: 'Een superbuur nomineren' }).click();
  await rp.getByRole('heading', { level: 1, name: 'Superbuur nomineren' }).waitFor();
  await checkAxe(rp, 'portaal: superbuur');
  await rp.getByLabel('Naam van de superbuur').fill('Gerda (test)');
  await rp.getByLabel('Postcode van de superbuur (mag leeg)').fill(addresses[2].postcode);
  await rp.getByLabel('Huisnummer van de superbuur (mag leeg)').fill(addresses[2].huisnummer);
  await rp.getByLabel('Waarom is dit een superbuur?').fill('Zij doet de boodschappen voor de halve straat.');
  await rp.getByLabel('Uw e-mailadres').fill('buur@example.org');
  await rp.getByRole('button', { name: 'Superbuur nomineren' }).click();
  await rp.getByRole('status').getByText(/we hebben u een e-mail gestuurd/).waitFor();
  const nomination = await linkFromMail(server, 'superbuur', LINK);
  await rp.goto(`${server.url}${nomination.path}`);
  await rp.getByRole('status').getByText(/Uw nominatie van Gerda \(test\) als superbuur is binnen/).waitFor();
  await checkAxe(rp, 'portaal: superbuur bevestigd');
  assertNoProblems(resident.problems);
  await resident.context.close();

  // The wijk team: a team member and a meeting place in the 2025 profile of Lariks.
  const team = await newPage(browser);
  const tp = team.page;
  await logIn(tp, server.url, 'wijkteam', '/wijkwerk/WK010601?jaar=2025');
  await tp.getByRole('heading', { level: 1, name: 'Wijkwerk in Lariks' }).waitFor();
  await tp.getByRole('heading', { level: 2, name: 'Herinneringen', exact: true }).waitFor();
  await tp.getByRole('table', { name: 'Leden van het wijkteam' }).waitFor();
  await tp.locator('summary', { hasText: 'Teamlid toevoegen' }).click();
  const memberForm = tp.getByRole('form', { name: 'Teamlid toevoegen' });
  await memberForm.getByLabel('Naam').fill('Sanne (test)');
  await memberForm.getByLabel('Rol in het team').fill('Opbouwwerker');
  await memberForm.getByLabel('Organisatie').selectOption({ label: 'Welzijn Assen (voorbeeld)' });
  await memberForm.getByRole('button', { name: 'Teamlid toevoegen' }).click();
  await tp.getByRole('status').getByText('Het teamlid is toegevoegd.').waitFor();
  await tp.getByRole('table', { name: 'Leden van het wijkteam' }).getByRole('row', { name: /Sanne \(test\)/ }).waitFor();
  await checkAxe(tp, 'wijkwerk: teamlid toegevoegd');

  await tp.locator('summary', { hasText: 'Ontmoetingsplek toevoegen' }).click();
  const placeForm = tp.getByRole('form', { name: 'Ontmoetingsplek toevoegen' });
  await placeForm.getByLabel('Naam van de plek').fill('Buurtkamer De Linde (test)');
  await placeForm.getByLabel('Soort plek').selectOption('buurthuis');
  await placeForm.getByLabel('Adres').fill('Lindelaan 1');
  await placeForm.getByLabel('Open sinds').fill('2025-09-01');
  await placeForm.getByRole('button', { name: 'Plek toevoegen' }).click();
  await tp.getByRole('status').getByText('De plek is toegevoegd.').waitFor();
  const places = tp.getByRole('table', { name: 'Ontmoetingsplekken in de wijk' });
  await places.getByRole('row', { name: /Buurtkamer De Linde \(test\)/ }).waitFor();
  await checkAxe(tp, 'wijkwerk: ontmoetingsplek toegevoegd');

  // This year's campaigns: the tree from the portal, and the team chooses the superbuur.
  await tp.goto(`${server.url}/wijkwerk/WK010601?jaar=${year}`);
  const trees = tp.getByRole('table', { name: `Kerstbomen per straat in ${year}` });
  await trees.getByRole('row', { name: /Portaallaan.*via het portaal/ }).waitFor();
  const nominations = tp.getByRole('table', { name: `Superbuur-nominaties in ${year}` });
  await nominations.getByRole('row', { name: /Gerda \(test\).*Genomineerd/ }).waitFor();
  await tp.locator('summary', { hasText: 'Superbuur kiezen of uitreiken' }).click();
  const choice = tp.getByRole('form', { name: 'Superbuur kiezen of uitreiken' });
  const gerda = await choice.getByLabel('Nominatie').locator('option', { hasText: 'Gerda (test)' }).getAttribute('value');
  await choice.getByLabel('Nominatie').selectOption(gerda);
  await choice.getByLabel('Keuze van het wijkteam').selectOption('gekozen');
  await choice.getByRole('button', { name: 'Keuze opslaan' }).click();
  await tp.getByRole('status').getByText('De keuze is opgeslagen.').waitFor();
  await nominations.getByRole('row', { name: /Gerda \(test\).*Gekozen/ }).waitFor();
  await checkAxe(tp, 'wijkwerk: superbuur gekozen');

  // The reminders on the Initiatieven page.
  await tp.goto(`${server.url}/initiatieven`);
  await tp.getByRole('heading', { level: 2, name: 'Herinneringen', exact: true }).waitFor();
  await tp.locator('.lb-reminders, .lb-section p:has-text("Geen herinneringen")').first().waitFor();
  await checkAxe(tp, 'initiatieven: herinneringen');
  assertNoProblems(team.problems);
  await team.context.close();

  // The analist keeps the themes: one out of use, and back.
  const analist = await newPage(browser);
  const ap = analist.page;
  await logIn(ap, server.url, 'analist', '/wijkwerk');
  await ap.getByRole('heading', { level: 2, name: 'Thema\u2019s van het partnerschap' }).waitFor();
  const off = ap.getByRole('button', { name: / niet meer gebruiken$/ }).first();
  const theme = (await off.innerText()).replace(/ niet meer gebruiken$/, '');
  await off.click();
  await ap.getByRole('status').getByText(`${theme} wordt niet meer gebruikt.`).waitFor();
  await ap.getByText(`${theme} (niet meer in gebruik)`).waitFor();
  await checkAxe(ap, 'wijkwerk: thema niet meer in gebruik');
  await ap.getByRole('button', { name: `${theme} weer gebruiken` }).click();
  await ap.getByRole('status').getByText(`${theme} wordt weer gebruikt.`).waitFor();
  assertNoProblems(analist.problems);
  await analist.context.close();
});
