// Uploads show their progress (issue 11 point 11): with the upload throttled through the DevTools
// protocol, Gegevens shows a <progress> with the percentage sent, then "wordt verwerkt" while the
// server works, the submit button off meanwhile, and then the answer as before, without the bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertNoProblems, checkAxe, useDemo } from './browser.mjs';

const ctx = useDemo({ role: 'beheerder' });

// Some 300 kB of score rows with one bad value in the last row: the server refuses it (422) and
// nothing of the demo changes.
const ROWS = 6000;
function scoresCsv() {
  const lines = ['bu_code,jaar,lbm,afw,fys,onv,soc,vrz,won'];
  for (let i = 1; i < ROWS; i += 1) lines.push(`BU${String(85_0000 + i).padStart(8, '0')},2022,4.10,0.01,0.00,0.00,0.00,0.00,0.01`);
  lines.push(`BU${String(85_0000 + ROWS).padStart(8, '0')},2022,4.10,abc,0.00,0.00,0.00,0.00,0.01`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

/** Records in the page every label, live text and bar state of the upload form's progress. */
async function recordProgress(page) {
  await page.evaluate(() => {
    const form = document.querySelector('form.lb-upload');
    const seen = { states: [], spoken: [] };
    window.uploadSeen = seen;
    new MutationObserver(() => {
      const label = form.querySelector('.lb-upload-progress__label');
      const bar = form.querySelector('.lb-upload-progress__bar');
      const spoken = form.querySelector('.lb-upload-progress [aria-live="polite"]');
      if (label && label.textContent !== (seen.states.at(-1) || {}).text) {
        seen.states.push({
          text: label.textContent, value: bar.getAttribute('value'), labelled: bar.labels[0] === label,
          submitOff: form.querySelector('button[type="submit"]').disabled,
        });
      }
      if (spoken && spoken.textContent && spoken.textContent !== seen.spoken.at(-1)) seen.spoken.push(spoken.textContent);
    }).observe(form, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

/** Chooses the file and sends it with the upload throttled to bytesPerSecond; answers the response promise and the CDP session. */
async function startThrottledUpload(page, bytesPerSecond) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: bytesPerSecond,
  });
  await page.getByLabel('Soort gegevens').selectOption('scores');
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'scores-groot.csv', mimeType: 'text/csv', buffer: scoresCsv() });
  await recordProgress(page);
  const response = page.waitForResponse((r) => r.url().endsWith('/api/v1/imports') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Inlezen' }).click();
  return { response, cdp };
}

async function stopThrottling(cdp) {
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

/** The refusal as before the progress bar: the summary names the file, the row and the value. */
async function assertRefusalShown(page, response) {
  assert.equal((await response).status(), 422);
  const summary = page.locator('.lb-error-summary');
  await summary.waitFor();
  const text = await summary.innerText();
  assert.match(text, /scores-groot\.csv/);
  assert.match(text, new RegExp(`(rij|regel) ${ROWS + 1}\\b`, 'i'));
  assert.match(text, /abc/);
  assert.equal(await page.locator('.lb-upload-progress').count(), 0, 'the progress bar is gone once the answer is there');
  assert.equal(await page.getByRole('button', { name: 'Inlezen' }).isDisabled(), false, 'the button is on again');
}

/** What the page went through: percentages on a labelled bar, then the indeterminate "verwerkt", the button off all along. */
async function assertProgressSeen(page) {
  const { states, spoken } = await page.evaluate(() => window.uploadSeen);
  const sending = states.filter((s) => /^Bestand wordt verzonden: \d+%$/.test(s.text));
  assert.ok(sending.length >= 2, `several percentages were shown: ${JSON.stringify(states)}`);
  for (const s of sending) assert.equal(s.value, s.text.match(/(\d+)%/)[1], 'the bar holds the percentage of its label');
  const working = states.findIndex((s) => s.text === 'Bestand wordt verwerkt…');
  assert.ok(working > states.indexOf(sending.at(-1)), `"verwerkt" comes after the percentages: ${JSON.stringify(states)}`);
  assert.equal(states[working].value, null, 'while the server works the bar has no value');
  assert.ok(states.every((s) => s.labelled && s.submitOff), `the bar is labelled and the button off: ${JSON.stringify(states)}`);
  // The live text follows in steps of 25%, not every percent: at most 0, 25, 50, 75 and "verwerkt".
  assert.ok(spoken.length <= 5, `spoken at most five times: ${JSON.stringify(spoken)}`);
  assert.equal(spoken.at(-1), 'Bestand wordt verwerkt…');
}

async function openGegevens(page, width) {
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${ctx.server.url}/gegevens`);
  await page.getByRole('heading', { name: 'Bestand inlezen' }).waitFor();
  await page.locator('table').first().waitFor();
}

test('an upload shows its percentage, then that it is processed, then the refusal as before', { timeout: 120_000 }, async () => {
  const { page, problems } = ctx.session;
  await openGegevens(page, 1440);
  const importsBefore = await page.locator('table').first().locator('tbody tr').count();
  // 10 kB/s: about thirty seconds for the file, time enough to look at the bar halfway.
  const { response, cdp } = await startThrottledUpload(page, 10_000);
  const bar = page.getByRole('progressbar', { name: /Bestand wordt verzonden: [1-9]\d*%/ });
  await bar.waitFor();
  assert.equal(await page.getByRole('button', { name: 'Inlezen' }).isDisabled(), true, 'the button is off while sending');
  await checkAxe(page, 'Gegevens while uploading');
  await stopThrottling(cdp);
  await assertRefusalShown(page, response);
  await assertProgressSeen(page);
  await checkAxe(page, 'Gegevens after the refused upload');
  assert.equal(await page.locator('table').first().locator('tbody tr').count(), importsBefore, 'nothing was imported');
  assertNoProblems(problems);
});

test('the progress bar fits a phone', { timeout: 120_000 }, async () => {
  const { page, problems } = ctx.session;
  await openGegevens(page, 390);
  const { response, cdp } = await startThrottledUpload(page, 10_000);
  const bar = page.getByRole('progressbar', { name: /Bestand wordt verzonden: [1-9]\d*%/ });
  await bar.waitFor();
  const box = await bar.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `the bar stays inside the screen: ${JSON.stringify(box)}`);
  assert.ok(box.width > 200, 'the bar uses the width there is');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  assert.equal(overflow, false, 'the page does not scroll sideways');
  await stopThrottling(cdp);
  await assertRefusalShown(page, response);
  await assertProgressSeen(page);
  assertNoProblems(problems);
});

test('an upload after the session has ended goes to the log-in page, to come back to Gegevens', { timeout: 60_000 }, async () => {
  const { page, problems } = ctx.session;
  await openGegevens(page, 1440);
  await page.context().clearCookies();
  await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'scores.csv', mimeType: 'text/csv', buffer: scoresCsv() });
  await Promise.all([
    page.waitForURL((url) => url.pathname === '/inloggen' && url.searchParams.get('terug') === '/gegevens'),
    page.getByRole('button', { name: 'Inlezen' }).click(),
  ]);
  assertNoProblems(problems);
});
