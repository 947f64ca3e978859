import { axeViolations, settled } from '../a11y.mjs';
import { asSomeoneElse, check, signIn, waitOrExplain } from '../support.mjs';
import { post, startThreadOnDemoA } from './discussion-helpers.mjs';

export const journeys = [
  {
    name: 'a member’s home shows what is new, their meetings, themes, project report and recent practices; a reply in their thread shows up live',
    async run(context, baseUrl, browser) {
      const title = `Thuis ${Date.now().toString(36)}`;
      const { page, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/projecten');
      const threadPath = await startThreadOnDemoA(page, title);
      await page.goto(new URL('/ledenruimte', baseUrl).href);
      for (const section of ['Nieuw voor jou', 'Je volgende bijeenkomsten', 'Thema’s die je steunt', 'Recente goede praktijken']) {
        await waitOrExplain(page, page.getByRole('region', { name: section }), `the “${section}” section of the member home`);
      }
      await waitOrExplain(
        page,
        page.getByRole('region', { name: 'Het volgende rapport van je project' }).getByRole('link').first(),
        'the project’s next report',
      );
      await page.waitForTimeout(1_000); // the live subscription opens with the socket

      await asSomeoneElse(browser, async (otherContext) => {
        const { page: other } = await signIn(otherContext, baseUrl, 'member2@demo.test', threadPath);
        await post(other, 'Bij ons loopt dat via de welzijnsregio.');
      });
      const news = page.getByRole('region', { name: 'Nieuw voor jou' });
      await waitOrExplain(
        page,
        news.getByRole('link', { name: new RegExp(`schreef in „${title}”`) }),
        'the new contribution arriving live on the home',
      );
      await settled(page);
      const violations = await axeViolations(page);
      check(violations.length === 0, `axe on /ledenruimte: ${violations.join('; ')}`);
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];
