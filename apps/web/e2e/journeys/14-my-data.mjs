import { readFileSync } from 'node:fs';
import { axeViolations, settled } from '../a11y.mjs';
import { check, DEMO_PASSWORD, signIn, waitOrExplain } from '../support.mjs';

/** A person of their own (leaving signs them out everywhere: never one of the demo accounts other journeys use). */
async function registerSomeone(baseUrl) {
  const email = `vertrek-${Date.now().toString(36)}@example.test`;
  const res = await fetch(new URL('/graphql', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: RegisterInput!) { register(input: $i) { token } }',
      variables: { i: { email, password: DEMO_PASSWORD, displayName: 'Vertrekkend Lid' } },
    }),
  });
  const body = await res.json();
  check(body.data?.register?.token, `register failed: ${JSON.stringify(body.errors)}`);
  return email;
}

export const journeys = [
  {
    name: 'a person downloads their data from the profile page and then leaves the network; afterwards they are signed out',
    async run(context, baseUrl) {
      const email = await registerSomeone(baseUrl);
      const { page, pageErrors } = await signIn(context, baseUrl, email, '/profiel');

      const myData = page.getByRole('region', { name: 'Je gegevens downloaden' });
      await waitOrExplain(page, myData, 'the “download your data” section on /profiel');
      await myData.getByRole('button', { name: 'Vraag je gegevens op' }).click();
      const link = myData.getByRole('link', { name: /^Download je gegevens \(ZIP/ });
      await waitOrExplain(page, link, 'the data export becoming ready (made by a job, the page looks again)');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const bytes = readFileSync(await download.path());
      check(bytes.subarray(0, 2).toString('latin1') === 'PK', 'the download is not a ZIP');
      check(bytes.includes(Buffer.from('profile.json')) && bytes.includes(Buffer.from('posts.md')), 'the ZIP lacks its parts');

      const leave = page.getByRole('region', { name: 'Het netwerk verlaten' });
      await leave.getByRole('radio', { name: /Ze worden verwijderd/ }).check();
      await leave.getByRole('button', { name: 'Mijn account verwijderen' }).click();
      await waitOrExplain(page, leave.getByText('Vul dit veld in.').first(), 'the password being asked for');
      await leave.getByLabel('Je wachtwoord, ter bevestiging').fill(DEMO_PASSWORD);
      await leave.getByRole('button', { name: 'Mijn account verwijderen' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Tot ziens' }), 'leaveNetwork and the goodbye page');
      const lead = await page.getByRole('main').textContent();
      check(/Je account wordt gewist op \S+ \d+ \S+ \d{4}/.test(lead), `the goodbye page does not give the day: ${lead}`);
      await settled(page);
      const violations = await axeViolations(page);
      check(violations.length === 0, `axe on /tot-ziens: ${violations.join('; ')}`);

      await page.goto(new URL('/profiel', baseUrl).href);
      await page.waitForURL((url) => url.pathname === '/aanmelden');
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];
