import { firstLinkTo } from '../platform.mjs';
import { axeViolations, settled } from '../a11y.mjs';
import { asSomeoneElse, check, DEMO_PASSWORD, Failure, openPage, signIn, waitOrExplain } from '../support.mjs';
import { someThreadPath } from './discussion-helpers.mjs';
import { writePractice } from './practice-helpers.mjs';

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

/** The pages each person sees; `{ from, pattern }` is the first link on `from` that matches. */
const PAGES = {
  visitor: [
    '/',
    '/leden',
    '/organisaties',
    { from: '/organisaties', pattern: /^\/organisaties\/[^/]+$/ },
    '/projecten',
    { from: '/projecten', pattern: /^\/projecten\/[^/]+$/ },
    '/ontmoetingsmomenten',
    { from: '/ontmoetingsmomenten', pattern: /^\/ontmoetingsmomenten\/[0-9a-f-]{36}$/ },
    '/themas',
    { from: '/themas', pattern: /^\/themas\/[0-9a-f-]{36}$/ },
    '/themas/bord',
    '/praktijken',
    { from: '/praktijken', pattern: /^\/praktijken\/(?!nieuw)[^/]+$/ },
    '/zoeken?q=onthaal',
    '/open-data',
    '/aanmelden',
    '/registreren',
    '/wachtwoord-vergeten',
    '/bestaat-niet',
  ],
  member: [
    '/ledenruimte',
    '/profiel',
    '/discussies',
    '/leerresultaten',
    '/inzicht',
    { from: '/projecten', pattern: /^\/projecten\/[^/]+$/ },
    '/praktijken/nieuw',
  ],
  facilitator: [
    '/beheer',
    '/beheer/organisaties',
    '/beheer/rapporten',
    '/beheer/praktijken',
    '/beheer/uitnodigen',
    '/ontmoetingsmomenten/nieuw',
    '/ontmoetingsmomenten/aanwezigheid',
  ],
};

/** Scans every page of `who` in Dutch and English, on a desktop and a phone; fails with every violation found. */
async function scanAll(browser, baseUrl, who, storageState, extra = []) {
  const problems = [];
  let scans = 0;
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const language of ['nl', 'en']) {
      await asSomeoneElse(browser, async () => {
        // One sign-in per person for all scans (the API limits sign-ins per address).
        const context = await browser.newContext({
          locale: 'nl-BE',
          viewport,
          isMobile: device === 'phone',
          hasTouch: device === 'phone',
          storageState,
        });
        try {
          await context.addInitScript((lang) => window.localStorage.setItem('ln.language', lang), language);
          const page = await context.newPage();
          page.setDefaultTimeout(15_000);
          for (const target of [...PAGES[who], ...extra]) {
            const path = typeof target === 'string' ? target : await firstLinkTo(page, baseUrl, target.from, target.pattern);
            await page.goto(new URL(path, baseUrl).href);
            await settled(page);
            for (const line of await axeViolations(page)) problems.push(`${device} ${language} ${path}: ${line}`);
            scans++;
            if (device === 'phone' && path === '/') {
              // The menu behind the button, opened.
              await page.getByRole('button', { name: /^(Menu met|Menu with)/ }).click();
              for (const line of await axeViolations(page)) problems.push(`${device} ${language} ${path} (menu open): ${line}`);
              scans++;
            }
          }
        } finally {
          await context.close();
        }
      });
    }
  }
  if (problems.length > 0) throw new Failure(`axe found ${problems.length} violation(s) in ${scans} scans:\n${problems.join('\n')}`);
  console.log(`  axe: ${scans} scans of ${who} pages, 0 violations`);
}

export const journeys = [
  {
    name: 'axe: every public page, in Dutch and English, on a desktop and a phone, has no violations',
    run: (_context, baseUrl, browser) => scanAll(browser, baseUrl, 'visitor', undefined),
  },
  {
    name: 'axe: the members’ pages (members area, profile, discussions, a thread, sharing a practice) have no violations',
    async run(context, baseUrl, browser) {
      // A thread to scan: the member starts one if there is none.
      const { page } = await signIn(context, baseUrl, 'member@demo.test', '/discussies');
      const thread = await someThreadPath(page, baseUrl);
      await scanAll(browser, baseUrl, 'member', await context.storageState(), [thread]);
    },
  },
  {
    name: 'axe: the facilitators’ pages (beheer and its tabs, planning, attendance) have no violations',
    async run(context, baseUrl, browser) {
      await signIn(context, baseUrl, 'facilitator@demo.test', '/beheer');
      await scanAll(browser, baseUrl, 'facilitator', await context.storageState());
    },
  },
  {
    name: 'a page change moves focus to the new h1 and announces its title; on a phone the header stays within 120 px',
    async run(context, baseUrl) {
      const { page, pageErrors } = await openPage(context, baseUrl, '/');
      await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Goede praktijken' }).click();
      const heading = page.getByRole('heading', { level: 1, name: 'Goede praktijken' });
      await heading.waitFor();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      check((await page.evaluate(() => document.activeElement?.textContent)) === 'Goede praktijken', 'focus is not on the new page’s h1');
      const announcer = page.locator('[aria-live="polite"][data-testid="route-announcer"]');
      await page.waitForFunction(() => document.querySelector('[data-testid="route-announcer"]')?.textContent === document.title);
      check((await announcer.textContent()).startsWith('Goede praktijken'), `the page change announced "${await announcer.textContent()}"`);

      // A link inside the page: the next page's heading gets focus too (after its data arrived).
      await page.locator('main a[href^="/praktijken/"]:not([href$="nieuw"])').first().click();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && location.pathname !== '/praktijken');

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(new URL('/', baseUrl).href);
      await settled(page);
      const header = await page.getByRole('banner').boundingBox();
      check(header.height <= 120, `the phone header is ${header.height} px high`);
      check(
        !(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).isVisible()),
        'the navigation shows on a phone before the menu is opened',
      );
      const menu = page.getByRole('button', { name: /^Menu met/ });
      await menu.click();
      check((await menu.getAttribute('aria-expanded')) === 'true', 'the menu button does not say it is expanded');
      await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).getByRole('link', { name: 'Thema’s' }).click();
      await page.getByRole('heading', { level: 1, name: 'Thema’s' }).waitFor();
      check((await menu.getAttribute('aria-expanded')) === 'false', 'the menu stays open after choosing a page');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 0, `the page is ${overflow} px wider than the phone`);

      // The projector board fits a phone too, with its join address as a QR code.
      await page.goto(new URL('/themas/bord', baseUrl).href);
      await page.getByRole('img', { name: /^QR-code: scan om mee te doen op http/ }).waitFor();
      const boardOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      check(boardOverflow <= 0, `the theme board is ${boardOverflow} px wider than the phone`);
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: 'signed out on a members-only page (a link from an e-mail): a sign-in prompt, then back on that page with focus on its heading; /aanmelden sends a signed-in person on',
    async run(context, baseUrl, browser) {
      const unique = Date.now().toString(36);
      const title = `Afspraken onder leden ${unique}`;
      let secretPath;
      await asSomeoneElse(browser, async (memberContext) => {
        const { page } = await signIn(memberContext, baseUrl, 'member@demo.test', '/praktijken');
        secretPath = await writePractice(page, {
          title,
          summary: 'Enkel voor de leden.',
          body: 'Wie doet wat bij de intake.',
          visibility: 'MEMBERS',
        });
      });

      const { page, pageErrors } = await openPage(context, baseUrl, secretPath);
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Meld je aan om deze pagina te zien' }), 'the sign-in prompt');
      check((await page.getByText(title).count()) === 0, 'the members-only practice shows to a visitor');
      await page.getByRole('main').getByRole('link', { name: 'Aanmelden', exact: true }).click();
      await page.getByLabel('E-mailadres', { exact: true }).fill('member2@demo.test');
      await page.getByLabel('Wachtwoord', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: title }), 'the practice after signing in');
      check(new URL(page.url()).pathname === secretPath, `after signing in the member is at ${page.url()}, not ${secretPath}`);
      await page.waitForFunction((name) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === name, title);

      await page.goto(new URL('/aanmelden?terug=%2Fprofiel', baseUrl).href);
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Profiel' }), 'a signed-in person on /aanmelden sent on');
      check(new URL(page.url()).pathname === '/profiel', `a signed-in person on /aanmelden ends at ${page.url()}`);
      check((await page.getByLabel('Wachtwoord', { exact: true }).count()) === 0, 'the sign-in form shows to someone signed in');
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];
