import { asSomeoneElse, check, openPage, signIn, waitOrExplain } from '../support.mjs';
import { startThreadOnDemoA } from './discussion-helpers.mjs';

const headerSearch = (page) => page.getByRole('banner').getByRole('combobox', { name: 'Zoeken in het Lerend Netwerk' });

export const journeys = [
  {
    name: 'header search: suggestions as you type, the results page with a type filter; members-only content only for members',
    async run(context, baseUrl, browser) {
      const unique = Date.now().toString(36);
      const word = `zwaluwnest${unique}`;
      let threadPath;
      await asSomeoneElse(browser, async (memberContext) => {
        const { page, pageErrors } = await signIn(memberContext, baseUrl, 'member@demo.test', '/projecten');
        threadPath = await startThreadOnDemoA(page, `Overleg ${word}`);

        // A member finds it from the header and opens it with the keyboard.
        const box = headerSearch(page);
        await box.fill(word);
        const suggestion = page.getByRole('option', { name: new RegExp(`Overleg ${word}`) });
        await waitOrExplain(page, suggestion, 'the member’s suggestion for the thread');
        await box.press('ArrowDown');
        check(
          (await box.getAttribute('aria-activedescendant')) === (await suggestion.first().getAttribute('id')),
          'ArrowDown does not make the first suggestion active',
        );
        await box.press('Enter');
        await page.waitForURL((url) => url.pathname === threadPath);
        check(pageErrors.length === 0, `errors in the member's page: ${pageErrors.join('; ')}`);
      });

      // An anonymous visitor: public things are found, the members' thread is not — neither as suggestion nor result.
      const { page, pageErrors } = await openPage(context, baseUrl, '/');
      const box = headerSearch(page);
      await box.fill('Welzijnsregio');
      await waitOrExplain(
        page,
        page.getByRole('option', { name: /Welzijnsregio Noord-Limburg/ }).first(),
        'the organisation among the suggestions',
      );
      check((await box.getAttribute('aria-expanded')) === 'true', 'the combobox does not say it is expanded');
      await box.press('Escape');
      check((await box.getAttribute('aria-expanded')) === 'false', 'Escape does not close the suggestions');
      await box.press('Enter');
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Zoekresultaten voor „Welzijnsregio”' }), 'the results page');
      await page.getByRole('navigation', { name: 'Filter op soort' }).getByRole('link', { name: 'Organisaties' }).click();
      await page.waitForURL((url) => url.searchParams.get('soort') === 'ORGANISATION');
      const results = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
      await waitOrExplain(page, results.first(), 'organisation results');
      const types = await page.locator('.search-result__type').allTextContents();
      check(types.length > 0 && types.every((type) => type === 'Organisatie'), `the type filter shows ${types.join(', ')}`);
      check((await page.locator('.search-result mark').count()) > 0, 'no highlighted hits in the snippets');

      await box.fill(word);
      await page.waitForTimeout(800); // past the pause that triggers suggestions
      check(
        (await page.getByRole('option', { name: new RegExp(`Overleg ${word}`) }).count()) === 0,
        'the members-only thread is suggested to an anonymous visitor',
      );
      await page.goto(new URL(`/zoeken?q=${word}`, baseUrl).href);
      await waitOrExplain(page, page.getByText(`Niets gevonden voor „${word}”`), 'no results for the members-only word');
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];
