import { axeViolations, settled } from '../a11y.mjs';
import { asSomeoneElse, check, signIn, waitOrExplain } from '../support.mjs';
import { postsWith, startThreadOnDemoA } from './discussion-helpers.mjs';

export const journeys = [
  {
    name: 'a facilitator hides a post with a reason; an admin finds it in the audit log, filters on the author and downloads the CSV; the author reads it on the profile page',
    async run(context, baseUrl, browser) {
      const unique = Date.now().toString(36);
      const reason = `Persoonsgegevens van een cliënt ${unique}`;
      const { page: author, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/projecten');
      const threadPath = await startThreadOnDemoA(author, `Logboek ${unique}`);

      await asSomeoneElse(browser, async (facilitatorContext) => {
        const { page: facilitator } = await signIn(facilitatorContext, baseUrl, 'facilitator@demo.test', threadPath);
        const post = postsWith(facilitator, 'Hoe organiseren jullie het onthaal').first();
        await waitOrExplain(facilitator, post, 'the first post of the thread, for the facilitator');
        await post.getByRole('button', { name: 'Verbergen' }).click();
        await facilitator.getByLabel('Reden van het verbergen').fill(reason);
        await facilitator.getByRole('button', { name: 'Bijdrage verbergen' }).click();
        await waitOrExplain(facilitator, facilitator.getByText(reason).first(), 'hiding the post with a reason');
      });

      await asSomeoneElse(browser, async (adminContext) => {
        const { page: admin, pageErrors: adminErrors } = await signIn(adminContext, baseUrl, 'admin@demo.test', '/beheer');
        await admin.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Logboek' }).click();
        await waitOrExplain(admin, admin.getByRole('heading', { level: 2, name: 'Logboek' }), 'the audit log tab for an admin');
        const line = admin.getByRole('row').filter({ hasText: reason });
        await waitOrExplain(admin, line, 'the hidden post in the audit log');
        check((await line.textContent()).includes('Bijdrage verborgen'), 'the line does not name the action');

        await admin.getByLabel('Actie').selectOption({ label: 'Bijdrage verborgen' });
        await admin.getByRole('button', { name: 'Filter toepassen' }).click();
        await admin.waitForURL(/actie=POST_HIDDEN/);
        const rows = admin.getByRole('row');
        await waitOrExplain(admin, rows.filter({ hasText: reason }), 'the line after filtering on the action');
        for (const text of await admin.locator('tbody tr td:nth-child(2)').allTextContents()) {
          check(text === 'Bijdrage verborgen', `the action filter let through "${text}"`);
        }

        // The author's name filters on that person; the CSV carries the same lines.
        await rows
          .filter({ hasText: reason })
          .getByRole('button', { name: /Demo Lid/ })
          .click();
        await admin.waitForURL(/persoon=/);
        await waitOrExplain(admin, admin.getByText(/Enkel over of door Demo Lid/), 'the person filter');
        const href = await admin.getByRole('link', { name: 'Download als CSV' }).getAttribute('href');
        check(/personId=.+&action=POST_HIDDEN|action=POST_HIDDEN.*personId=/.test(href), `the CSV link does not carry the filter: ${href}`);
        const csv = await admin.request.get(new URL(href, baseUrl).href);
        check(csv.status() === 200, `the CSV download answered ${csv.status()}`);
        const text = await csv.text();
        check(text.startsWith('at,action,'), 'the CSV has no header line');
        check(text.includes(reason) && text.includes('POST_HIDDEN'), 'the CSV lacks the hidden post');

        await settled(admin);
        const violations = await axeViolations(admin);
        check(violations.length === 0, `axe on /beheer/logboek: ${violations.join('; ')}`);
        check(adminErrors.length === 0, `errors in the admin's page: ${adminErrors.join('; ')}`);
      });

      await asSomeoneElse(browser, async (facilitatorContext) => {
        const { page } = await signIn(facilitatorContext, baseUrl, 'facilitator@demo.test', '/beheer');
        await page.getByRole('navigation', { name: 'Beheer' }).waitFor();
        check(
          (await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Logboek' }).count()) === 0,
          'a facilitator sees the audit log tab',
        );
        await page.goto(new URL('/beheer/logboek', baseUrl).href);
        await waitOrExplain(
          page,
          page.getByRole('heading', { level: 1, name: 'Geen toegang' }),
          'a facilitator refused on /beheer/logboek',
        );
      });

      await author.goto(new URL('/profiel', baseUrl).href);
      const moderation = author.getByRole('region', { name: 'Moderatie van je bijdragen' });
      await waitOrExplain(author, moderation, 'the moderation section on the author’s profile');
      check((await moderation.textContent()).includes(reason), 'the author does not read the reason on the profile page');
      await settled(author);
      const violations = await axeViolations(author);
      check(violations.length === 0, `axe on /profiel: ${violations.join('; ')}`);
      check(pageErrors.length === 0, `errors in the author's page: ${pageErrors.join('; ')}`);
    },
  },
];
