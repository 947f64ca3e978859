import { check, signIn, waitOrExplain } from '../support.mjs';
import { startThreadOnDemoA } from './discussion-helpers.mjs';

export const journeys = [
  {
    name: 'a member reads the network in figures: contributions per week per theme, theme support over time, attendance per organisation and practices per competence, each as a chart with its table',
    async run(context, baseUrl) {
      const { page, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/projecten');
      await startThreadOnDemoA(page, `Cijfers ${Date.now().toString(36)}`); // at least one contribution this week
      await page.goto(new URL('/ledenruimte', baseUrl).href);
      await page.getByRole('link', { name: 'Het netwerk in cijfers' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Het netwerk in cijfers' }), 'the insight page');

      const activity = page.getByRole('figure', { name: /Bijdragen per week, per thema/ });
      await waitOrExplain(page, activity.locator('svg.recharts-surface').first(), 'the activity chart');
      const summary = await activity.locator('.data-figure__chart').getAttribute('aria-label');
      check(/\d+ bijdragen in 12 weken; het meest over/.test(summary), `the activity chart has no text summary: ${summary}`);
      check((await activity.getByRole('row').count()) >= 2, 'the activity figure has no table rows');

      const support = page.getByRole('figure', { name: /meest gesteunde thema’s/ });
      await waitOrExplain(page, support.locator('svg.recharts-surface').first(), 'the theme support chart');
      check((await support.locator('thead th').count()) >= 2, 'the theme support table has no theme columns');
      const attendance = page.getByRole('region', { name: 'Aanwezigheid per organisatie' });
      const attendanceText = await attendance.textContent();
      check(
        /Geen geregistreerde aanwezigheid|keer aanwezig/.test(attendanceText),
        `the attendance section shows neither a figure nor that there is none: ${attendanceText}`,
      );

      const practices = page.getByRole('figure', { name: /Gepubliceerde goede praktijken per sleutelcompetentie/ });
      await waitOrExplain(page, practices.locator('svg.recharts-surface').first(), 'the practices chart');
      const rows = await practices.locator('tbody tr').allTextContents();
      check(rows.length === 5 && rows[0].startsWith('Omgaan met weerstand'), `the practices table lists: ${rows.join(' | ')}`);
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];
