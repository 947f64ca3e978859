// Shared helpers for the browser journeys (see journeys.spec.mjs).
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_DIR = resolve(WEB_ROOT, 'test-results');
export const STEP_TIMEOUT_MS = 15_000;
export const DEMO_PASSWORD = 'demo-password-2026';

export class Failure extends Error {}

export function check(condition, message) {
  if (!condition) throw new Failure(message);
}

/** Opens `path` in a new page of `context`, collecting uncaught page errors. */
export async function openPage(context, baseUrl, path) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(new URL(path, baseUrl).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { page, pageErrors };
}

export function openLanding(context, baseUrl) {
  return openPage(context, baseUrl, '/');
}

/** Signs in on /aanmelden?terug=<returnTo> and waits until the app has gone there. */
export async function signIn(context, baseUrl, email, returnTo) {
  const opened = await openPage(context, baseUrl, `/aanmelden?terug=${encodeURIComponent(returnTo)}`);
  const { page } = opened;
  await page.getByLabel('E-mailadres', { exact: true }).fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  const arrived = (url) => url.pathname === returnTo.split('?')[0];
  await waitOrExplain(page, { waitFor: (options) => page.waitForURL(arrived, options) }, `login as ${email}`);
  return opened;
}

/** A second person in the same journey: their own context (own cookie), closed afterwards. */
export async function asSomeoneElse(browser, run) {
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

/**
 * Waits for `locator` (anything with `waitFor(options)`); fails with the page's alert text
 * (e.g. an API error) when the page shows one instead of what was expected.
 */
export async function waitOrExplain(page, locator, what) {
  const alert = page.getByRole('alert').first();
  const found = locator.waitFor().then(
    () => 'ok',
    (error) => `timeout: ${String(error?.message ?? error).split('\n')[0]}`,
  );
  // An alert that never comes defers to the locator's own outcome.
  const alerted = alert.waitFor().then(
    () => 'alert',
    () => found,
  );
  const outcome = await Promise.race([found, alerted]);
  if (outcome === 'alert') {
    await locator.waitFor({ timeout: 2_000 }).catch(async () => {
      throw new Failure(`${what}: the page shows an alert instead: "${(await alert.textContent())?.trim()}"`);
    });
  } else if (outcome !== 'ok') {
    throw new Failure(`${what}: ${outcome}`);
  }
}
