import { check, signIn } from '../support.mjs';
import { someThreadPath } from './discussion-helpers.mjs';

/**
 * What the API paints before the app's JavaScript runs (apps/api/src/web/first-paint), read with JavaScript off:
 * the elements in `main`, the document's title and language.
 */
async function firstPaint(browser, url, { storageState, cookies }) {
  const context = await browser.newContext({ javaScriptEnabled: false, storageState });
  try {
    if (cookies) await context.addCookies(cookies);
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(() => ({
      parts: [...document.querySelector('main').children].map((element) => element.outerHTML),
      title: document.title,
      lang: document.documentElement.lang,
    }));
  } finally {
    await context.close();
  }
}

/** The same page once the app has rendered it: the first `count` elements of `main`, title and language. */
async function appPaint(browser, url, count, { storageState, cookies, language }) {
  const context = await browser.newContext({ storageState });
  try {
    if (cookies) await context.addCookies(cookies);
    await context.addInitScript((chosen) => window.localStorage.setItem('ln.language', chosen), language);
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('main#main h1').waitFor(); // React's main (the first paint's has no id)
    await page.waitForFunction(() => !document.querySelector('main .skeleton'));
    return await page.evaluate(
      (n) => ({
        parts: [...document.querySelector('main').children].slice(0, n).map((element) => element.outerHTML),
        title: document.title,
        lang: document.documentElement.lang,
      }),
      count,
    );
  } finally {
    await context.close();
  }
}

// React Router marks its links for route discovery; nothing else may differ.
const normalise = (html) => html.replaceAll(' data-discover="true"', '');

export const journeys = [
  {
    name: 'the first paint (home, the practices library, a thread; Dutch and English) is what the app then renders',
    async run(context, baseUrl, browser) {
      const { page } = await signIn(context, baseUrl, 'member@demo.test', '/discussies');
      const threadPath = await someThreadPath(page, baseUrl);
      const member = await context.storageState();
      const host = new URL(baseUrl).hostname;

      for (const language of ['nl', 'en']) {
        const cookies = [{ name: 'ln.language', value: language, domain: host, path: '/' }];
        for (const [path, storageState] of [
          ['/', undefined],
          ['/praktijken', undefined],
          [threadPath, member],
        ]) {
          const url = new URL(path, baseUrl).href;
          const first = await firstPaint(browser, url, { storageState, cookies });
          check(
            first.parts.length > 0 && first.parts.some((part) => part.includes('<h1')),
            `${path} (${language}): no heading in the first paint`,
          );
          const app = await appPaint(browser, url, first.parts.length, { storageState, cookies, language });
          for (const [index, part] of first.parts.entries()) {
            check(
              normalise(part) === normalise(app.parts[index] ?? ''),
              `${path} (${language}): the first paint's element ${index + 1} differs from the app's\n  first paint: ${part}\n  app:         ${app.parts[index]}`,
            );
          }
          check(first.title === app.title, `${path} (${language}): title "${first.title}" first, "${app.title}" in the app`);
          check(
            first.lang === language && app.lang === language,
            `${path} (${language}): lang ${first.lang} first, ${app.lang} in the app`,
          );
        }
      }

      // Discussions are for members: a visitor's first paint of a thread holds nothing of it.
      const visitor = await firstPaint(browser, new URL(threadPath, baseUrl).href, {});
      check(visitor.parts.length === 0, `a visitor's first paint of a thread shows: ${visitor.parts.join(' ')}`);
    },
  },
];
