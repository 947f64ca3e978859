import { asSomeoneElse, check, openPage, signIn, waitOrExplain } from '../support.mjs';
import { post, startThreadOnDemoA } from './discussion-helpers.mjs';
import { writePractice } from './practice-helpers.mjs';

/** A facilitator makes a practice public from the review panel. */
async function approveAsFacilitator(browser, baseUrl, title) {
  await asSomeoneElse(browser, async (staffContext) => {
    const { page, pageErrors } = await signIn(staffContext, baseUrl, 'facilitator@demo.test', '/beheer/praktijken');
    const approve = page.getByRole('button', { name: `Openbaar maken: ${title}`, exact: true });
    await waitOrExplain(page, approve, `"${title}" in the review queue`);
    await approve.click();
    await waitOrExplain(page, page.getByRole('status').filter({ hasText: `„${title}” is nu openbaar.` }), 'reviewPractice');
    check(pageErrors.length === 0, `errors in the facilitator's page: ${pageErrors.join('; ')}`);
  });
}

export const journeys = [
  {
    name: 'an anonymous visitor searches the practice library, finds a public practice and reads it; members-only practices never show',
    async run(context, baseUrl, browser) {
      const unique = Date.now().toString(36);
      const word = `taalbuddy${unique}`;
      let publicPath;
      let secretPath;
      await asSomeoneElse(browser, async (memberContext) => {
        const { page, pageErrors } = await signIn(memberContext, baseUrl, 'member@demo.test', '/praktijken');
        publicPath = await writePractice(page, {
          title: `Taalbuddy’s voor nieuwkomers ${unique}`,
          summary: 'Vrijwilligers oefenen wekelijks Nederlands met nieuwkomers.',
          body: `Elke **${word}** koppelt een vrijwilliger aan een nieuwkomer.`,
          visibility: 'PUBLIC',
        });
        check((await page.getByText('Wacht op nazicht').count()) > 0, 'a public practice is not shown as waiting for review');
        secretPath = await writePractice(page, {
          title: `Interne werkafspraken ${unique}`,
          summary: 'Enkel voor de leden.',
          body: `Vertrouwelijke ${word} afspraken tussen de OCMW’s.`,
          visibility: 'MEMBERS',
        });
        check(pageErrors.length === 0, `errors in the member's page: ${pageErrors.join('; ')}`);
      });
      await approveAsFacilitator(browser, baseUrl, `Taalbuddy’s voor nieuwkomers ${unique}`);

      // Anonymous from here on.
      const { page, pageErrors } = await openPage(context, baseUrl, '/praktijken');
      await page.getByRole('searchbox', { name: 'Zoeken in de goede praktijken' }).fill(word);
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      const found = page.getByRole('link', { name: `Taalbuddy’s voor nieuwkomers ${unique}` });
      await waitOrExplain(page, found, 'the public practice in the library search');
      check(
        (await page.getByText(`Interne werkafspraken ${unique}`).count()) === 0,
        'a members-only practice shows in an anonymous search',
      );
      check(new URL(page.url()).searchParams.get('q') === word, 'the search is not kept in the address');

      await page.goto(new URL('/praktijken', baseUrl).href);
      await waitOrExplain(
        page,
        page.getByRole('link', { name: `Taalbuddy’s voor nieuwkomers ${unique}` }),
        'the public practice in the library list',
      );
      // member@ belongs to a pilot project's partnership (organisation type PARTNERSHIP); its practice is filed under it.
      await page.getByLabel('Soort organisatie', { exact: true }).selectOption({ label: 'Intergemeentelijk samenwerkingsverband' });
      await waitOrExplain(
        page,
        page.getByRole('link', { name: `Taalbuddy’s voor nieuwkomers ${unique}` }),
        'the practice under its organisation type',
      );
      await page.getByLabel('Soort organisatie', { exact: true }).selectOption({ label: 'OCMW' });
      await waitOrExplain(page, page.getByText('Geen praktijken gevonden'), 'no practices from OCMWs');
      check(new URL(page.url()).searchParams.get('soort') === 'OCMW', 'the filter is not kept in the address');
      await page.getByLabel('Soort organisatie', { exact: true }).selectOption({ label: 'Alle' });
      check((await page.getByText(`Interne werkafspraken ${unique}`).count()) === 0, 'a members-only practice shows in the anonymous list');

      await page.getByRole('link', { name: `Taalbuddy’s voor nieuwkomers ${unique}` }).click();
      await waitOrExplain(
        page,
        page.getByRole('heading', { level: 1, name: `Taalbuddy’s voor nieuwkomers ${unique}` }),
        'the practice page',
      );
      check(new URL(page.url()).pathname === publicPath, `the practice opened at ${page.url()}, not ${publicPath}`);
      check((await page.locator('strong').filter({ hasText: word }).count()) === 1, 'the practice body is not shown (rendered)');
      const markdown = await page.evaluate(
        async (href) => (await fetch(href)).text(),
        await page.getByRole('link', { name: 'Downloaden als Markdown' }).getAttribute('href'),
      );
      check(markdown.includes(word), 'the Markdown download does not hold the practice');

      await page.goto(new URL(secretPath, baseUrl).href);
      // Signed out, the page may be for members: a sign-in prompt that comes back here, and nothing of the practice.
      await waitOrExplain(
        page,
        page.getByRole('heading', { level: 1, name: 'Meld je aan om deze pagina te zien' }),
        'the members-only practice refused',
      );
      check((await page.getByText('Vertrouwelijke').count()) === 0, 'the members-only practice’s text leaks on its page');
      check((await page.getByText('Interne werkafspraken').count()) === 0, 'the members-only practice’s title leaks on its page');
      const login = await page.getByRole('link', { name: 'Aanmelden', exact: true }).last().getAttribute('href');
      check(login === `/aanmelden?terug=${encodeURIComponent(secretPath)}`, `the sign-in link goes to ${login}, not back to the practice`);
      const html = await (await page.request.get(new URL(secretPath, baseUrl).href)).text();
      check(
        !html.includes('Interne werkafspraken') && !html.includes('Enkel voor de leden'),
        'the members-only practice leaks in the served HTML (link preview)',
      );
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: 'a member publishes a post as a good practice; it waits for review; once a facilitator approves it, anonymous visitors find it',
    async run(context, baseUrl, browser) {
      const unique = Date.now().toString(36);
      const title = `Gedeeld onthaalloket ${unique}`;
      await asSomeoneElse(browser, async (memberContext) => {
        const { page, pageErrors } = await signIn(memberContext, baseUrl, 'member@demo.test', '/projecten');
        await startThreadOnDemoA(page, `Onthaalloket ${unique}`);
        await post(page, `Wij openden één **onthaalloket** voor drie gemeenten (${unique}).`);
        await page
          .getByRole('article')
          .filter({ hasText: `drie gemeenten (${unique})` })
          .getByRole('link', { name: /Publiceren als goede praktijk/ })
          .click();
        await waitOrExplain(
          page,
          page.getByRole('heading', { level: 1, name: 'Een goede praktijk delen' }),
          'the practice form from a post',
        );
        check(
          (await page.getByLabel('Beschrijving', { exact: true }).inputValue()).includes(`drie gemeenten (${unique})`),
          'the form is not prefilled with the post',
        );
        await page.getByLabel('Titel', { exact: true }).fill(title);
        await page.getByLabel('Samenvatting', { exact: true }).fill('Drie gemeenten, één loket voor nieuwkomers.');
        await page.getByRole('button', { name: 'Praktijk delen' }).click();
        await waitOrExplain(page, page.getByRole('heading', { level: 1, name: title }), 'publishing from the post');
        check((await page.getByText('Wacht op nazicht').count()) > 0, 'the practice is not shown as waiting for review');
        check((await page.getByText('komt voort uit een bijdrage').count()) === 1, 'the practice does not say it comes from a post');
        await page.getByRole('link', { name: 'Naar de bijdrage in de discussie' }).click();
        await waitOrExplain(
          page,
          page.getByRole('heading', { level: 1, name: `Onthaalloket ${unique}` }),
          'the link back to the discussion',
        );
        await page.goBack();
        check(pageErrors.length === 0, `errors in the member's page: ${pageErrors.join('; ')}`);
      });

      const { page, pageErrors } = await openPage(context, baseUrl, '/praktijken');
      check((await page.getByRole('link', { name: title }).count()) === 0, 'the practice is public before review');
      await approveAsFacilitator(browser, baseUrl, title);
      await page.reload();
      await waitOrExplain(page, page.getByRole('link', { name: title }), 'the approved practice for anonymous visitors');

      await page.goto(new URL('/', baseUrl).href);
      const latest = page.getByRole('region', { name: 'Recentste goede praktijken' });
      await waitOrExplain(page, latest.getByRole('link', { name: title }), 'the approved practice on the landing page');
      check(
        (await latest.getByRole('link', { name: /Atom-feed/ }).getAttribute('href')) === '/feeds/praktijken.atom',
        'no Atom feed link on the landing page',
      );
      check(
        (await page.locator('link[rel="alternate"][type="application/atom+xml"]').count()) === 1,
        'no <link rel="alternate"> for the Atom feed',
      );
      const atom = await page.evaluate(async () => (await fetch('/feeds/praktijken.atom')).text());
      check(atom.includes(title), 'the approved practice is not in the Atom feed');
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];
