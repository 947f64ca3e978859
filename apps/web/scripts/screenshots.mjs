// Full-page screenshots of the main pages, desktop (1280) and phone (390), into
// docs/screenshots/<label>/ at the repository root.
//
//   node scripts/screenshots.mjs after      # starts the built platform like the journeys do
//   E2E_BASE_URL=http://localhost:3000 node scripts/screenshots.mjs after
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { firstLinkTo, withPlatform } from '../e2e/platform.mjs';
import { someThreadPath } from '../e2e/journeys/discussion-helpers.mjs';
import { signIn, WEB_ROOT } from '../e2e/support.mjs';

const label = process.argv[2] ?? 'after';
const outDir = resolve(WEB_ROOT, '..', '..', 'docs', 'screenshots', label);
const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

/** Who looks at which page; `find` turns a list page into the path of its first item. */
const VISITS = [
  {
    who: null,
    pages: [
      ['home', '/'],
      ['praktijken', '/praktijken'],
      ['praktijk', { from: '/praktijken', pattern: /^\/praktijken\/(?!nieuw)[^/]+$/ }],
      ['ontmoetingsmomenten', '/ontmoetingsmomenten'],
      ['themas', '/themas'],
    ],
  },
  {
    who: 'member@demo.test',
    pages: [
      ['discussies', '/discussies'],
      ['discussie', { from: '/discussies', pattern: /^\/discussies\/(?!nieuw)[^/]+$/ }],
      ['ledenruimte', '/ledenruimte'],
    ],
  },
  { who: 'facilitator@demo.test', pages: [['beheer', '/beheer']] },
];

async function shoot(browser, baseUrl) {
  mkdirSync(outDir, { recursive: true });
  for (const [device, viewport] of Object.entries(VIEWPORTS)) {
    for (const { who, pages } of VISITS) {
      const context = await browser.newContext({ locale: 'nl-BE', viewport, deviceScaleFactor: 1 });
      try {
        if (who) await (await signIn(context, baseUrl, who, '/ledenruimte')).page.close();
        const page = await context.newPage();
        if (who === 'member@demo.test') await someThreadPath(page, baseUrl);
        for (const [name, target] of pages) {
          const path = typeof target === 'string' ? target : await firstLinkTo(page, baseUrl, target.from, target.pattern);
          await page.goto(new URL(path, baseUrl).href);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle').catch(() => {});
          // Until the data is there, a page shows skeletons.
          await page.waitForFunction(() => !document.querySelector('.skeleton')).catch(() => {});
          const file = resolve(outDir, `${name}-${device}.png`);
          await page.screenshot({ path: file, fullPage: true });
          console.log(`${label}: ${name} ${device} (${path})`);
        }
      } finally {
        await context.close();
      }
    }
  }
}

await withPlatform(shoot);
