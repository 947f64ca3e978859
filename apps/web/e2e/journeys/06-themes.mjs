import { check, signIn, waitOrExplain } from '../support.mjs';
import { planMeetingThroughForm, registerForMeeting } from './meeting-helpers.mjs';

/** A participant on a phone: their own context with a phone-sized viewport. */
async function onAPhone(browser, run) {
  const context = await browser.newContext({ locale: 'nl-BE', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

export const journeys = [
  {
    name: 'a facilitator plans a meeting, a member registers, the facilitator opens the theme board, a member proposes and supports a theme on a phone, and the board updates live',
    async run(context, baseUrl, browser) {
      const unique = Date.now().toString(36);
      const { page: facilitator, pageErrors } = await signIn(context, baseUrl, 'facilitator@demo.test', '/ontmoetingsmomenten');
      const meetingPath = await planMeetingThroughForm(facilitator, { title: `Themadag ${unique}` });
      const meetingId = meetingPath.split('/').pop();

      await onAPhone(browser, async (phoneContext) => {
        const { page: phone, pageErrors: phoneErrors } = await signIn(phoneContext, baseUrl, 'member@demo.test', '/ontmoetingsmomenten');
        await registerForMeeting(phone, meetingPath);

        // The facilitator opens the board from the meeting page, for the projector.
        await facilitator.goto(new URL(meetingPath, baseUrl).href);
        await facilitator.getByRole('link', { name: 'Themabord voor de zaal (projector)' }).click();
        await waitOrExplain(
          facilitator,
          facilitator.getByRole('heading', { level: 1, name: `Themabord: Themadag ${unique}` }),
          'the theme board',
        );
        check(
          (await facilitator.getByRole('navigation').count()) === 0,
          'the board shows the site navigation; it should fill the projector',
        );
        const board = facilitator.getByRole('list', { name: `Themabord: Themadag ${unique}` });
        check((await board.getByRole('listitem').count()) === 0, 'a new meeting’s board already lists themes');
        await facilitator.waitForTimeout(1_000); // the live subscription opens with the socket

        // The member proposes a theme for this meeting on their phone.
        await phone.goto(new URL(`/themas?ontmoeting=${meetingId}`, baseUrl).href);
        await waitOrExplain(
          phone,
          phone.getByRole('heading', { level: 1, name: 'Thema’s van het ontmoetingsmoment' }),
          'the themes page for the meeting',
        );
        const title = `Tolken bij het onthaal ${unique}`;
        await phone.getByLabel('Titel van het thema', { exact: true }).fill(title);
        await phone.getByRole('button', { name: 'Thema voorstellen' }).click();
        await waitOrExplain(phone, phone.getByRole('status').filter({ hasText: `Je thema „${title}” is voorgesteld.` }), 'proposeTheme');

        const row = board.getByRole('listitem').filter({ hasText: title });
        await waitOrExplain(facilitator, row, 'the proposed theme on the board, without reload');
        check(
          (await row.textContent()).includes('0 steunbetuigingen'),
          `the new theme shows "${await row.textContent()}" instead of 0 supporters`,
        );

        await phone.getByRole('button', { name: `Steunen: ${title}` }).click();
        await waitOrExplain(phone, phone.getByRole('status').filter({ hasText: `Je steunt nu „${title}”.` }), 'supportTheme');
        // The list re-orders under the button; focus stays on it (now "withdraw"), not on <body>.
        await phone.waitForFunction(
          (name) => document.activeElement?.getAttribute('aria-label')?.endsWith(name) && document.activeElement.id.startsWith('steun-'),
          title,
        );
        await waitOrExplain(facilitator, row.filter({ hasText: '1 steunbetuiging' }), 'the support count on the board, without reload');
        check(new URL(facilitator.url()).pathname === '/themas/bord', 'the board page navigated away');
        check(phoneErrors.length === 0, `errors on the phone: ${phoneErrors.join('; ')}`);
      });
      check(pageErrors.length === 0, `errors in the facilitator's page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: 'a theme’s map marks a bottleneck without a lever; once a lever answers it, the mark goes; the map prints and downloads',
    async run(context, baseUrl) {
      const unique = Date.now().toString(36);
      const { page, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/themas');
      const title = `Huisvesting ${unique}`;
      await page.getByLabel('Titel van het thema', { exact: true }).fill(title);
      await page.getByRole('button', { name: 'Thema voorstellen' }).click();
      await page.getByRole('link', { name: title }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: title }), 'the theme page');
      const themePath = new URL(page.url()).pathname;

      const discussions = page.getByRole('region', { name: 'Discussies over dit thema' });
      await discussions.getByRole('link', { name: 'Nieuwe discussie starten' }).click();
      await page.getByLabel('Titel', { exact: true }).fill(`Woningmarkt ${unique}`);
      await page.getByLabel('Je eerste bijdrage', { exact: true }).fill('Hoe vinden nieuwkomers een woning?');
      await page.getByRole('button', { name: 'Discussie starten' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: `Woningmarkt ${unique}` }), 'startThread on the theme');

      await page.getByLabel('Soort bijdrage', { exact: true }).selectOption({ label: 'Knelpunt' });
      await page.getByRole('textbox', { name: 'Je bijdrage' }).fill('Huurders met een leefloon worden geweigerd');
      await page.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
      await waitOrExplain(page, page.getByRole('status').filter({ hasText: 'Je bijdrage is geplaatst.' }), 'the bottleneck');
      const threadPath = new URL(page.url()).pathname;

      await page.goto(new URL(themePath, baseUrl).href);
      const map = page.getByRole('region', { name: 'Kaart van het thema' });
      const bottleneck = map.getByRole('listitem').filter({ hasText: 'Huurders met een leefloon' });
      await waitOrExplain(page, bottleneck, 'the bottleneck on the map');
      check((await bottleneck.getByText('Nog geen handvat').count()) === 1, 'the open bottleneck is not marked "Nog geen handvat"');

      await page.goto(new URL(threadPath, baseUrl).href);
      await page
        .getByRole('article')
        .filter({ hasText: 'Huurders met een leefloon' })
        .getByRole('button', { name: /Antwoorden/ })
        .click();
      await page.getByLabel('Soort bijdrage', { exact: true }).selectOption({ label: 'Handvat' });
      await page.getByRole('textbox', { name: 'Je bijdrage' }).fill('Een sociaal verhuurkantoor als tussenpersoon');
      await page.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
      await waitOrExplain(page, page.getByRole('status').filter({ hasText: 'Je bijdrage is geplaatst.' }), 'the lever');

      await page.goto(new URL(themePath, baseUrl).href);
      await waitOrExplain(page, map.getByRole('listitem').filter({ hasText: 'sociaal verhuurkantoor' }), 'the lever on the map');
      check((await map.getByText('Nog geen handvat').count()) === 0, 'the bottleneck is still marked open after a lever answered it');

      await page.getByRole('link', { name: 'Afdrukbare kaart' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: `Kaart: ${title}` }), 'the printable map');
      await page.emulateMedia({ media: 'print' });
      check(!(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()), 'the Print button shows on paper');
      check(await page.getByText('Een sociaal verhuurkantoor').isVisible(), 'the map is not on paper');
      await page.emulateMedia({ media: 'screen' });
      const markdown = await page.evaluate(
        async (href) => (await fetch(href)).text(),
        await page.getByRole('link', { name: 'Kaart als Markdown' }).getAttribute('href'),
      );
      check(
        markdown.includes(`# Kaart van het thema: ${title}`) && markdown.includes('> Een sociaal verhuurkantoor'),
        'the Markdown download lacks the map',
      );
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];
