import { asSomeoneElse, check, signIn, waitOrExplain } from '../support.mjs';
import { startThreadOnDemoA } from './discussion-helpers.mjs';

export const journeys = [
  {
    name: 'a member chooses a weekly e-mail digest for mentions on the profile page; the choice is kept after a reload',
    async run(context, baseUrl) {
      const { page, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/profiel');
      const settings = page.getByRole('region', { name: 'Meldingen' });
      await waitOrExplain(page, settings.getByRole('group', { name: 'Iemand vermeldt je' }), 'the notification settings on /profiel');
      const mentions = settings.getByRole('group', { name: 'Iemand vermeldt je' });
      const weekly = mentions.getByRole('radio', { name: 'Wekelijks overzicht' });
      check(!(await weekly.isChecked()), 'weekly digest is already chosen for mentions before the member chose it');

      await weekly.check();
      await waitOrExplain(
        page,
        page.getByRole('status').filter({ hasText: 'Opgeslagen: Iemand vermeldt je.' }),
        'saving the weekly digest',
      );

      await page.reload();
      const again = page.getByRole('region', { name: 'Meldingen' }).getByRole('group', { name: 'Iemand vermeldt je' });
      await waitOrExplain(page, again, 'the notification settings after a reload');
      check(await again.getByRole('radio', { name: 'Wekelijks overzicht' }).isChecked(), 'the weekly digest for mentions was not kept');
      const replies = page.getByRole('group', { name: 'Iemand antwoordt op je bijdrage' });
      check(await replies.getByRole('radio', { name: 'Meteen per e-mail' }).isChecked(), 'another kind changed along with mentions');
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];

journeys.push({
  name: 'a member mentions another through the people picker (with a rendered preview); the other’s bell shows it live and the mention opens their page',
  async run(context, baseUrl, browser) {
    const unique = Date.now().toString(36);
    const { page: author, pageErrors } = await signIn(context, baseUrl, 'member@demo.test', '/projecten');
    await startThreadOnDemoA(author, `Vermelden ${unique}`);
    await asSomeoneElse(browser, async (otherContext) => {
      const { page: mentioned, pageErrors: otherErrors } = await signIn(otherContext, baseUrl, 'member2@demo.test', '/profiel');
      const bell = mentioned.getByRole('button', { name: /Meldingen/ });
      await bell.waitFor();
      const unreadBefore = Number(/(\d+) ongelezen/.exec((await bell.textContent()) ?? '')?.[1] ?? 0);
      await mentioned.waitForTimeout(1_000); // the live subscription opens with the socket

      const body = author.getByRole('textbox', { name: 'Je bijdrage' });
      await body.fill(`Wat denk jij, @Demo Lid N`);
      const option = author.getByRole('option', { name: /Demo Lid Noord-Limburg/ });
      await waitOrExplain(author, option, 'the people picker suggesting member2');
      // The field points at the open list and at its active option (a textarea may not be a combobox).
      const listId = await body.getAttribute('aria-controls');
      check(
        await author.locator(`[id="${listId}"][role="listbox"]`).isVisible(),
        'the picker is open but the field does not point at it (aria-controls)',
      );
      check(
        (await body.getAttribute('aria-activedescendant')) === (await option.getAttribute('id')),
        'the field does not point at the active suggestion (aria-activedescendant)',
      );
      await body.press('Enter');
      const text = await body.inputValue();
      // The box shows the name; the id travels with the text (the preview and the post link to the person).
      check(text === 'Wat denk jij, @Demo Lid Noord-Limburg ', `the picker inserted "${text}" (expected the name, without the id)`);
      await body.pressSequentially('**eens**?');

      await author.getByRole('button', { name: 'Voorbeeld tonen' }).click();
      const preview = author.getByRole('region', { name: 'Voorbeeld' });
      await waitOrExplain(
        author,
        preview.getByRole('link', { name: '@Demo Lid Noord-Limburg' }),
        'the preview rendering the mention as a link',
      );
      check((await preview.locator('strong').textContent()) === 'eens', 'the preview does not render Markdown (bold)');

      await author.getByRole('button', { name: 'Bijdrage plaatsen' }).click();
      await waitOrExplain(author, author.getByRole('status').filter({ hasText: 'Je bijdrage is geplaatst.' }), 'posting the mention');

      await waitOrExplain(
        mentioned,
        mentioned.getByRole('button', { name: new RegExp(`${unreadBefore + 1} ongelezen`) }),
        'the bell counting the mention live',
      );
      check(new URL(mentioned.url()).pathname === '/profiel', 'the mentioned member’s page reloaded or moved');

      await author.getByRole('article').filter({ hasText: 'Wat denk jij' }).getByRole('link', { name: '@Demo Lid Noord-Limburg' }).click();
      await waitOrExplain(author, author.getByRole('heading', { level: 1, name: 'Demo Lid Noord-Limburg' }), 'the mentioned member’s page');
      check(
        (await author.getByRole('link', { name: 'Welzijnsregio Noord-Limburg' }).count()) === 1,
        'the member’s page does not list their organisation',
      );
      check(otherErrors.length === 0, `errors in member2's page: ${otherErrors.join('; ')}`);
    });
    check(pageErrors.length === 0, `errors in the author's page: ${pageErrors.join('; ')}`);
  },
});
