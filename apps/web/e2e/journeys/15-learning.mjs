import { axeViolations, settled } from '../a11y.mjs';
import { check, signIn, waitOrExplain } from '../support.mjs';

const COMPETENCES = ['Omgaan met weerstand', 'Draagvlak en urgentiebesef', 'Strategisch denken', 'Communicatie'];

export const journeys = [
  {
    name: 'a project member records the interim self-assessment and sees the project’s chart and the network’s figures change',
    async run(context, baseUrl) {
      const { page, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/projecten');
      const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Samenwerkingsverband Demo A' }) });
      await waitOrExplain(page, card.first(), 'the Demo A project on /projecten');
      await card.first().getByRole('heading', { level: 2 }).getByRole('link').click();
      const learning = page.getByRole('region', { name: 'Leerresultaten' });
      await waitOrExplain(page, learning, 'the learning outcomes section of the project page');

      await learning.getByLabel('Moment').selectOption({ label: 'Tussentijds' });
      const scores = [2, 3, 4, 5];
      for (const [index, name] of COMPETENCES.entries()) {
        await learning
          .getByRole('group', { name: new RegExp(`^Score voor ${name}`) })
          .getByRole('radio', { name: String(scores[index]) })
          .check();
        await learning
          .getByLabel(new RegExp(`^Toelichting bij ${name}`))
          .fill(`Bewijs ${index + 1}: zichtbaar in het tussentijds rapport.`);
      }
      await learning.getByRole('button', { name: 'Zelfevaluatie bewaren' }).click();
      await waitOrExplain(
        page,
        page.getByRole('status').filter({ hasText: 'Je zelfevaluatie (Tussentijds) is bewaard.' }),
        'recordSelfAssessment',
      );

      // The chart's table (the same figures as the chart) now has the interim column with the scores given.
      const table = learning.getByRole('table', { name: 'De cijfers van de grafiek' });
      await waitOrExplain(page, table.getByRole('columnheader', { name: 'Tussentijds' }), 'the interim column in the project’s figures');
      const row = table.getByRole('row', { name: /Strategisch denken/ });
      check((await row.textContent()).includes('4'), `the table does not show the new score: ${await row.textContent()}`);
      check(
        (await learning.locator('.data-figure__chart').getAttribute('aria-label')).includes('Tussentijds 4'),
        'the chart’s text summary lacks the new score',
      );
      await learning.locator('svg.recharts-surface').first().waitFor();
      await settled(page);
      const onProject = await axeViolations(page);
      check(onProject.length === 0, `axe on the project page: ${onProject.join('; ')}`);

      await learning.getByRole('link', { name: 'Naar de leerresultaten van het netwerk' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Leerresultaten' }), 'the network’s learning outcomes page');
      await waitOrExplain(page, page.getByText(/Hier staat het netwerk het zwakst: /), 'the weakest competence');
      await page.locator('svg.recharts-surface').first().waitFor();
      await settled(page);
      const onNetwork = await axeViolations(page);
      check(onNetwork.length === 0, `axe on /leerresultaten: ${onNetwork.join('; ')}`);
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];
