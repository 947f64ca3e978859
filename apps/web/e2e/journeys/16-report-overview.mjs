import { axeViolations, settled } from '../a11y.mjs';
import { check, openPage, signIn, waitOrExplain } from '../support.mjs';

export const journeys = [
  {
    name: 'facilitators see every project’s reports in one table with totals and a timeline of the subsidy period; outsiders see the schedule without “Te laat”',
    async run(context, baseUrl, browser) {
      const { page, pageErrors } = await signIn(context, baseUrl, 'facilitator@demo.test', '/beheer/rapporten');
      const table = page.getByRole('table', { name: /pilootprojecten, \d+ rapporten/ });
      await waitOrExplain(page, table, 'the report overview table');
      const caption = await table.locator('caption').textContent();
      check(/\d+ te laat|\d+ ingediend|\d+ goedgekeurd|\d+ te doen/.test(caption), `the caption gives no totals: ${caption}`);
      const headers = await table.getByRole('columnheader').allTextContents();
      check(headers.length === 4, `the table has ${headers.length} columns: ${headers.join(', ')}`);
      check((await table.locator('tfoot').textContent()).startsWith('Totaal'), 'the table has no totals row');
      const rows = table.locator('tbody tr');
      check((await rows.count()) >= 2, 'the table lists fewer than two projects');
      const figure = page.getByRole('figure', { name: /Subsidieperiode van/ });
      await waitOrExplain(page, figure.locator('svg.recharts-surface').first(), 'the subsidy-period timeline');
      await settled(page);
      const violations = await axeViolations(page);
      check(violations.length === 0, `axe on /beheer/rapporten: ${violations.join('; ')}`);

      // A project's row leads to its page, which draws the same timeline for that project.
      const first = rows.first().getByRole('link');
      const title = await first.textContent();
      await first.click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: title }), 'the project page from the overview');
      await waitOrExplain(
        page,
        page
          .getByRole('figure', { name: /Subsidieperiode van/ })
          .locator('svg.recharts-surface')
          .first(),
        'the project’s timeline',
      );
      const projectPath = new URL(page.url()).pathname;
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);

      const visitorContext = await browser.newContext();
      try {
        const { page: visitor } = await openPage(visitorContext, baseUrl, projectPath);
        await waitOrExplain(visitor, visitor.getByRole('heading', { level: 2, name: 'Rapportering' }), 'the public project page');
        const reports = await visitor.locator('.timeline').textContent();
        check(!reports.includes('Te laat'), 'an outsider reads “Te laat” on the public project page');
        check(reports.includes('Uiterlijk'), 'the public project page does not give the due dates');
      } finally {
        await visitorContext.close();
      }
    },
  },
];
