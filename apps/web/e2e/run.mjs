// Browser journeys over the real platform (API + built web app), in headless Chromium.
//
//   E2E_BASE_URL=http://localhost:3000 node e2e/run.mjs   # against a running platform
//   node e2e/run.mjs                                      # starts ../api/dist/testing/e2e-server.js
//
// Prints one line per journey and closes with `e2e: N passed, M failed`;
// exits non-zero when a journey fails or the platform cannot be started.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const WEB_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_SCRIPT = resolve(WEB_ROOT, '../api/dist/testing/e2e-server.js');
const RESULTS_DIR = resolve(WEB_ROOT, 'test-results');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SERVER_READY_TIMEOUT_MS = 180_000;
const SERVER_STOP_TIMEOUT_MS = 15_000;
const STEP_TIMEOUT_MS = 15_000;

class Failure extends Error {}

function check(condition, message) {
  if (!condition) throw new Failure(message);
}

// ---------------------------------------------------------------------------
// The platform under test

/** Starts the API's e2e server and resolves with its URL once it prints E2E_SERVER_READY. */
function startServer() {
  if (!existsSync(SERVER_SCRIPT)) {
    throw new Failure(
      `${SERVER_SCRIPT} does not exist: build the API first (pnpm build), or set E2E_BASE_URL to a running platform.`,
    );
  }
  const child = spawn(process.execPath, [SERVER_SCRIPT], { cwd: WEB_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  const remember = (chunk) => {
    log.push(...String(chunk).split('\n').filter(Boolean).map((line) => line.slice(0, 400)));
    log.splice(0, Math.max(0, log.length - 60));
  };
  child.stderr.on('data', remember);

  const ready = new Promise((resolveUrl, reject) => {
    let buffered = '';
    const timer = setTimeout(() => {
      reject(new Failure(`e2e server not ready within ${SERVER_READY_TIMEOUT_MS / 1000} s.\n${log.join('\n')}`));
    }, SERVER_READY_TIMEOUT_MS);
    child.stdout.on('data', (chunk) => {
      remember(chunk);
      buffered += chunk;
      const match = /^E2E_SERVER_READY (\S+)\s*$/m.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Failure(`e2e server exited before it was ready (code ${code}, signal ${signal}).\n${log.join('\n')}`));
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
  return { child, ready };
}

/** SIGTERM, then SIGKILL if it has not stopped in time. */
async function stopServer(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), SERVER_STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------
// Journeys: each gets a fresh browser context (no stored language, no cookies)

/** Opens `path` in a new page of `context`, collecting uncaught page errors. */
async function openPage(context, baseUrl, path) {
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(new URL(path, baseUrl).href);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { page, pageErrors };
}

function openLanding(context, baseUrl) {
  return openPage(context, baseUrl, '/');
}

const DEMO_PASSWORD = 'demo-password-2026';

/** Signs in on /aanmelden?terug=<returnTo> and waits until the app has gone there. */
async function signIn(context, baseUrl, email, returnTo) {
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
async function asSomeoneElse(browser, run) {
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
async function waitOrExplain(page, locator, what) {
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


/**
 * The member opens Demo A's project page and starts a thread there through the form;
 * resolves with the thread's path (/discussies/<id>).
 */
async function startThreadOnDemoA(page, title) {
  await page.goto(new URL('/projecten', page.url()).href);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Samenwerkingsverband Demo A' }) });
  await waitOrExplain(page, card.first(), 'the Demo A project on /projecten');
  await card.first().getByRole('heading', { level: 2 }).getByRole('link').click();
  const discussions = page.getByRole('region', { name: 'Discussies' });
  await waitOrExplain(page, discussions, 'the Discussies section of the project page');
  await discussions.getByRole('link', { name: 'Nieuwe discussie starten' }).click();
  await page.getByRole('heading', { level: 1, name: 'Nieuwe discussie' }).waitFor();
  await page.getByLabel('Titel', { exact: true }).fill(title);
  await page.getByLabel('Je eerste bijdrage', { exact: true }).fill('Hoe organiseren jullie het onthaal van nieuwkomers samen?');
  await page.getByRole('button', { name: 'Discussie starten' }).click();
  await waitOrExplain(page, page.getByRole('heading', { level: 1, name: title }), 'startThread');
  return new URL(page.url()).pathname;
}

/** Writes a post in the thread's composer and waits until it is on the page (sent, not optimistic). */
async function post(page, text) {
  await page.getByLabel('Je bijdrage', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
  await waitOrExplain(page, page.getByRole('status').filter({ hasText: 'Je bijdrage is geplaatst.' }), `addPost "${text}"`);
}

/** The posts (articles) on the page whose text contains `text`. */
const postsWith = (page, text) => page.getByRole('article').filter({ hasText: text });

/** Two members on one new thread: `run(first, second, secondContext)`. */
async function twoMembersOnOneThread(context, baseUrl, browser, run) {
  const unique = Date.now().toString(36);
  const { page: first, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/projecten');
  const threadPath = await startThreadOnDemoA(first, `Onthaal samen organiseren ${unique}`);
  await asSomeoneElse(browser, async (otherContext) => {
    const { page: second, pageErrors: otherErrors } = await signIn(otherContext, baseUrl, 'member2@demo.test', threadPath);
    await waitOrExplain(second, second.getByRole('heading', { level: 1, name: `Onthaal samen organiseren ${unique}` }), 'the thread for member2');
    await postsWith(second, 'Hoe organiseren jullie').waitFor();
    // The live subscription is open once the socket is; give it a moment to subscribe.
    await second.waitForTimeout(1_000);
    await run(first, second, otherContext, unique);
    check(otherErrors.length === 0, `errors in member2's page: ${otherErrors.join('; ')}`);
  });
  check(pageErrors.length === 0, `errors in the member's page: ${pageErrors.join('; ')}`);
}

const journeys = [
  {
    name: 'landing page shows the network, its members nested and the coordinating bodies',
    async run(context, baseUrl) {
      const { page, pageErrors } = await openLanding(context, baseUrl);
      check((await page.locator('h1').count()) === 1, 'expected exactly one h1');
      check((await page.locator('html').getAttribute('lang')) === 'nl', 'expected <html lang="nl"> by default');

      const members = page.getByRole('region', { name: 'Leden van het netwerk' });
      await members.waitFor();

      const regions = members
        .getByRole('listitem')
        .filter({ has: page.getByRole('heading', { level: 4, name: /Noord-Limburg/ }) });
      const regionCount = await regions.count();
      check(regionCount > 0, 'no top-level organisation named "…Noord-Limburg…"');
      let found = false;
      for (let index = 0; index < regionCount && !found; index++) {
        const nested = regions.nth(index).getByRole('list').getByRole('listitem');
        const texts = await nested.allTextContents();
        found = texts.length === 9 && texts.every((text) => text.includes('OCMW'));
      }
      check(found, 'Noord-Limburg does not list 9 nested OCMW members');

      const badges = await members.getByText('Gesubsidieerd pilootproject', { exact: true }).count();
      check(badges >= 7, `expected at least 7 subsidised badges, found ${badges}`);
      check(
        (await members.getByText('Vereniging van Vlaamse Steden en Gemeenten').count()) > 0,
        'the VVSG is not listed among the members',
      );
      check(
        await page.getByRole('region', { name: 'Komende ontmoetingsmomenten' }).isVisible(),
        'no "Komende ontmoetingsmomenten" section',
      );

      mkdirSync(RESULTS_DIR, { recursive: true });
      await page.screenshot({ path: resolve(RESULTS_DIR, 'landing.png'), fullPage: true });
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: 'switching to English changes the texts and <html lang>, and is remembered',
    async run(context, baseUrl) {
      const { page, pageErrors } = await openLanding(context, baseUrl);
      const dutchTitle = await page.getByRole('heading', { level: 1 }).textContent();
      await page.getByRole('region', { name: 'Leden van het netwerk' }).waitFor();

      const english = page.getByRole('button', { name: 'English' });
      check((await english.getAttribute('aria-pressed')) === 'false', 'English is pressed before switching');
      await english.click();
      await page.waitForFunction(() => document.documentElement.lang === 'en');

      check((await english.getAttribute('aria-pressed')) === 'true', 'English is not marked as pressed');
      const englishTitle = await page.getByRole('heading', { level: 1 }).textContent();
      check(englishTitle !== dutchTitle, 'the h1 did not change');
      await page.getByRole('region', { name: 'Members of the network' }).waitFor();
      await page.getByRole('link', { name: 'Skip to content' }).waitFor({ state: 'attached' });

      await page.reload();
      await page.getByRole('region', { name: 'Members of the network' }).waitFor();
      check((await page.locator('html').getAttribute('lang')) === 'en', 'the language was not remembered');
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: 'keyboard: the skip link is the first Tab stop and moves focus to main',
    async run(context, baseUrl) {
      const { page } = await openLanding(context, baseUrl);
      // Wait for the data, so that main holds links (the meetings' calendar link at least).
      await page.getByRole('region', { name: 'Komende ontmoetingsmomenten' }).waitFor();
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => {
        const element = document.activeElement;
        const box = element?.getBoundingClientRect();
        return {
          tag: element?.tagName,
          href: element?.getAttribute('href'),
          text: element?.textContent?.trim(),
          onScreen: !!box && box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight,
        };
      });
      check(first.tag === 'A' && first.href === '#main', `first Tab stop is ${JSON.stringify(first)}`);
      check(first.text === 'Naar de inhoud', `skip link text is "${first.text}"`);
      check(first.onScreen, 'the focused skip link is not visible');

      await page.keyboard.press('Enter');
      const focused = await page.evaluate(() => document.activeElement?.id);
      check(focused === 'main', `focus after the skip link is on #${focused}, not #main`);

      await page.keyboard.press('Tab');
      const inMain = await page.evaluate(() => document.getElementById('main')?.contains(document.activeElement));
      check(inMain, 'the next Tab stop after skipping is not inside main');
    },
  },
  {
    name: 'a newcomer registers for Welzijnsregio Noord-Limburg, a facilitator approves, the newcomer enters the members area',
    async run(context, baseUrl, browser) {
      const unique = Date.now().toString(36);
      const email = `nieuwkomer-${unique}@example.test`;
      const name = `Nieuwkomer ${unique}`;
      const region = 'Welzijnsregio Noord-Limburg';

      const { page, pageErrors } = await openPage(context, baseUrl, '/registreren');
      await page.getByLabel('E-mailadres', { exact: true }).fill(email);
      await page.getByLabel('Wachtwoord', { exact: true }).fill('een lang wachtwoord voor e2e');
      await page.getByLabel('Naam', { exact: true }).fill(name);
      await page.getByLabel('Organisatie (niet verplicht)').selectOption({ label: region });
      await page.getByLabel('Bericht voor de facilitator (niet verplicht)').fill('Ik coördineer de opvang in onze gemeente.');
      await page.getByRole('button', { name: 'Account aanmaken' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Ledenruimte' }), 'register');
      check(new URL(page.url()).pathname === '/ledenruimte', `after registering the page is ${page.url()}`);
      const pending = page.getByRole('status').filter({ hasText: 'wacht op goedkeuring' });
      await waitOrExplain(page, pending, 'pending request on /ledenruimte');
      check((await pending.getByText(region).count()) === 1, `the pending request does not name ${region}`);

      await asSomeoneElse(browser, async (staffContext) => {
        const { page: staff, pageErrors: staffErrors } = await signIn(staffContext, baseUrl, 'facilitator@demo.test', '/beheer');
        await staff.getByRole('heading', { level: 2, name: 'Lidmaatschapsaanvragen' }).waitFor();
        const request = staff.getByRole('listitem', { name: `${name} voor ${region}` });
        await waitOrExplain(staff, request, 'the request on /beheer');
        await request.getByRole('button', { name: `Aanvraag van ${name} voor ${region} goedkeuren` }).click();
        await waitOrExplain(
          staff,
          staff.getByRole('status').filter({ hasText: `${name} is nu lid van ${region}.` }),
          'approveMembership',
        );
        check((await request.count()) === 0, 'the approved request is still listed');
        check(staffErrors.length === 0, `errors in the facilitator's page: ${staffErrors.join('; ')}`);
      });

      await page.reload();
      const organisations = page.getByRole('region', { name: 'Jouw organisaties' });
      await waitOrExplain(page, organisations, 'members area after approval');
      check(
        (await organisations.getByRole('link', { name: region, exact: true }).count()) === 1,
        `${region} is not listed among the newcomer's organisations`,
      );
      check((await page.getByText('wacht op goedkeuring').count()) === 0, 'the page still says the request is pending');
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: "a member submits Demo A's interim report; a facilitator sees it submitted and approves it",
    async run(context, baseUrl, browser) {
      const kind = 'Tussentijds inhoudelijk voortgangsrapport';
      const { page, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/projecten');
      const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Samenwerkingsverband Demo A' }) });
      await waitOrExplain(page, card.first(), 'the Demo A project on /projecten');
      const projectLink = card.first().getByRole('heading', { level: 2 }).getByRole('link');
      const projectTitle = (await projectLink.textContent())?.trim() ?? '';
      await projectLink.click();
      await page.getByRole('heading', { level: 1, name: projectTitle }).waitFor();

      const report = page.getByRole('listitem', { name: kind });
      await waitOrExplain(page, report, `the ${kind} on the project page`);
      const form = report.getByRole('form', { name: `${kind} indienen` });
      await waitOrExplain(page, form, 'the submit form (viewerCanSubmit)');
      await form.getByLabel('Samenvatting').fill('De samenwerking loopt: elf gemeenten delen nu één onthaalloket.');
      await form.getByLabel('Link naar het rapport (niet verplicht)').fill('https://example.org/demo-a/voortgang.pdf');
      await form.getByRole('button', { name: 'Rapport indienen' }).click();
      await waitOrExplain(page, report.getByText('Ingediend', { exact: true }), 'submitProjectReport');
      check((await report.getByRole('form').count()) === 0, 'the submit form is still shown after submitting');
      check(pageErrors.length === 0, `errors in the member's page: ${pageErrors.join('; ')}`);

      await asSomeoneElse(browser, async (staffContext) => {
        const { page: staff, pageErrors: staffErrors } = await signIn(
          staffContext,
          baseUrl,
          'facilitator@demo.test',
          '/beheer/rapporten',
        );
        await staff.getByRole('heading', { level: 2, name: 'Opvolging rapporten' }).waitFor();
        await staff.getByLabel('Status', { exact: true }).selectOption({ label: 'Ingediend' });
        const item = staff.getByRole('listitem', { name: `${projectTitle}: ${kind}` });
        await waitOrExplain(staff, item, 'the submitted report on /beheer/rapporten');
        check((await item.getByText('Ingediend', { exact: true }).count()) === 1, 'the report is not marked Ingediend');
        await item.getByRole('button', { name: `${kind} van ${projectTitle} goedkeuren` }).click();
        await waitOrExplain(
          staff,
          staff.getByRole('status').filter({ hasText: `${kind} van ${projectTitle} is goedgekeurd.` }),
          'reviewProjectReport',
        );
        await staff.getByLabel('Status', { exact: true }).selectOption({ label: 'Goedgekeurd' });
        await staff.getByRole('listitem', { name: `${projectTitle}: ${kind}` }).getByText('Goedgekeurd', { exact: true }).waitFor();
        check(staffErrors.length === 0, `errors in the facilitator's page: ${staffErrors.join('; ')}`);
      });
    },
  },
  {
    name: 'two members on one thread: one posts, the other sees it arrive live behind the new-posts bar, announced politely',
    async run(context, baseUrl, browser) {
      await twoMembersOnOneThread(context, baseUrl, browser, async (first, second, _otherContext, unique) => {
        const text = `Bij ons werkt één gezamenlijk loket ${unique}`;
        await post(first, text);
        check((await postsWith(first, text).count()) === 1, 'the author does not see their own post exactly once');

        const bar = second.getByRole('button', { name: '1 nieuwe bijdrage' });
        await waitOrExplain(second, bar, 'the new-posts bar in the other member\'s page');
        check((await postsWith(second, text).count()) === 0, 'the new post was inserted before the bar was pressed');
        const live = second.locator('[aria-live="polite"]').filter({ hasText: '1 nieuwe bijdrage' });
        check((await live.count()) === 1, 'the polite live region does not announce the new post');
        check(new URL(second.url()).pathname.startsWith('/discussies/'), 'the page was reloaded or left');

        await bar.click();
        await postsWith(second, text).waitFor();
        check((await postsWith(second, text).count()) === 1, 'the revealed post is not shown exactly once');
        check((await bar.count()) === 0, 'the bar is still shown after revealing');
      });
    },
  },
  {
    name: 'a member who was offline sees the post they missed exactly once after coming back online',
    async run(context, baseUrl, browser) {
      await twoMembersOnOneThread(context, baseUrl, browser, async (first, second, otherContext, unique) => {
        const text = `Gemist terwijl offline ${unique}`;
        // After coming back, the page asks for the posts after its last cursor.
        const catchUps = [];
        second.on('request', (request) => {
          const body = request.postData() ?? '';
          if (request.url().endsWith('/graphql') && body.includes('ThreadPage') && /"after":"[^"]+"/.test(body)) catchUps.push(body);
        });
        await otherContext.setOffline(true);
        await second.waitForTimeout(1_000);
        await post(first, text);
        await second.waitForTimeout(1_000);
        await otherContext.setOffline(false);

        const bar = second.getByRole('button', { name: '1 nieuwe bijdrage' });
        await waitOrExplain(second, bar, 'the missed post behind the new-posts bar after coming back online');
        await bar.click();
        await postsWith(second, text).waitFor();
        // Give a late live event or a second catch-up the time to (wrongly) add it again.
        await second.waitForTimeout(2_000);
        check((await postsWith(second, text).count()) === 1, `the missed post is shown ${await postsWith(second, text).count()} times`);
        check((await second.getByRole('button', { name: /nieuwe bijdrage/ }).count()) === 0, 'a new-posts bar is back: the post came twice');
        check(catchUps.length > 0, 'no catch-up request (posts after the last cursor) was sent after coming back online');
      });
    },
  },
];

// ---------------------------------------------------------------------------

async function main() {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(
      `e2e: Chromium not found at ${CHROMIUM_PATH}. Install it with \`apt-get install -y chromium\` (or set CHROMIUM_PATH).`,
    );
    console.log(`e2e: 0 passed, ${journeys.length} failed`);
    return 1;
  }

  let server;
  let browser;
  let passed = 0;
  let failed = 0;
  const stop = async () => {
    await browser?.close().catch(() => {});
    if (server) await stopServer(server.child);
  };
  const onSignal = (signal) => {
    void stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    let baseUrl = process.env.E2E_BASE_URL;
    if (!baseUrl) {
      server = startServer();
      baseUrl = await server.ready;
    }
    console.log(`e2e: testing ${baseUrl}`);

    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    });

    for (const journey of journeys) {
      const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 1280, height: 900 } });
      try {
        await journey.run(context, baseUrl, browser);
        passed++;
        console.log(`ok - ${journey.name}`);
      } catch (error) {
        failed++;
        const detail = error instanceof Failure ? error.message : (error?.stack ?? String(error));
        console.log(`not ok - ${journey.name}\n  ${detail.replace(/\n/g, '\n  ')}`);
      } finally {
        await context.close();
      }
    }
  } catch (error) {
    console.error(`e2e: ${error instanceof Failure ? error.message : (error?.stack ?? String(error))}`);
    failed = journeys.length - passed;
  } finally {
    await stop();
  }

  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
