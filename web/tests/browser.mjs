// Chromium (system build) through playwright-core, logging in as a demo user, and axe scans.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const PASSWORD = 'leefbaar-demo';
export const email = (role) => `${role}@demo.leefbaar.nl`;

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A new page in its own context (own cookies) that fails the test on a CSP violation or a script error.
 * Answers {context, page, problems} where problems collects console errors.
 */
export async function newPage(browser) {
  const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/.test(msg.text())) problems.push(`console: ${msg.text()}`);
  });
  return { context, page, problems };
}

/** Logs in through the form as a demo user and waits for the page after it. */
export async function logIn(page, baseUrl, role, terug) {
  const target = terug ? `${baseUrl}/inloggen?terug=${encodeURIComponent(terug)}` : `${baseUrl}/inloggen`;
  await page.goto(target);
  await page.getByLabel('E-mailadres').fill(email(role));
  await page.getByLabel('Wachtwoord').fill(PASSWORD);
  await Promise.all([
    page.waitForURL((url) => !url.pathname.startsWith('/inloggen')),
    page.getByRole('button', { name: 'Inloggen' }).click(),
  ]);
}

/** Runs axe (WCAG 2.1 A and AA) on the page and fails on any serious or critical violation. */
export async function checkAxe(page, name) {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  }));
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const text = bad.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.slice(0, 5)
      .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n')}`).join('\n');
    console.log(`axe violations on ${name}:\n${text}`);
  }
  assert.equal(bad.length, 0, `axe found serious or critical violations on ${name}: ${bad.map((v) => v.id).join(', ')}`);
}

export function assertNoProblems(problems) {
  assert.deepEqual(problems, [], `errors in the page:\n${problems.join('\n')}`);
}

/**
 * The set-up every test file shares: a demo server and a browser for the whole file, and with a
 * role a page logged in as that demo user. Answers an object whose server, browser and session
 * (the newPage answer) are filled in before the first test.
 */
export function useDemo({ role } = {}) {
  const ctx = { server: null, browser: null, session: null };
  before(async () => {
    [ctx.server, ctx.browser] = await Promise.all([startServer(), launchBrowser()]);
    if (role) {
      ctx.session = await newPage(ctx.browser);
      await logIn(ctx.session.page, ctx.server.url, role);
    }
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.stop();
  });
  return ctx;
}
