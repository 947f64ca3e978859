import { readFileSync } from 'node:fs';
import { check, openPage, waitOrExplain } from '../support.mjs';

export const journeys = [
  {
    name: 'a visitor follows the footer to the open data page, reads the licence and downloads the ZIP',
    async run(context, baseUrl) {
      const { page, pageErrors } = await openPage(context, baseUrl, '/');
      await page.getByRole('contentinfo').getByRole('link', { name: 'Open data' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Open data' }), 'the open data page');
      check(
        (await page.getByRole('region', { name: 'Licentie' }).textContent()).includes('Modellicentie Gratis Hergebruik Vlaanderen'),
        'the page does not name the licence',
      );
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Download de open data (ZIP)' }).click(),
      ]);
      check(
        /^lerend-netwerk-open-data-\d{4}-\d\d-\d\d\.zip$/.test(download.suggestedFilename()),
        `the download is called ${download.suggestedFilename()}`,
      );
      const bytes = readFileSync(await download.path());
      check(bytes.subarray(0, 2).toString('latin1') === 'PK', 'the download is not a ZIP');
      check(
        bytes.includes(Buffer.from('README.md')) && bytes.includes(Buffer.from('practices.csv')),
        'the ZIP lacks its README or a table',
      );
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];
