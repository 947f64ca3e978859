import { check, signIn, waitOrExplain } from '../support.mjs';

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
      await waitOrExplain(page, page.getByRole('status').filter({ hasText: 'Opgeslagen: Iemand vermeldt je.' }), 'saving the weekly digest');

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
