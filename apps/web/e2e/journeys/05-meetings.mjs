import { asSomeoneElse, check, signIn, waitOrExplain } from '../support.mjs';
import { brusselsDayFromNow, fillMeetingForm, registerForMeeting, submitMeetingForm } from './meeting-helpers.mjs';

export const journeys = [
  {
    name: 'meetings: a facilitator plans a meeting through the form (end before start shown inline, then fixed), a member registers and sees it in the list; the facilitator sees the count live',
    async run(context, baseUrl, browser) {
      const title = `Derde bijeenkomst Lerend Netwerk ${Date.now().toString(36)}`;
      const { page: facilitator, pageErrors } = await signIn(context, baseUrl, 'facilitator@demo.test', '/ontmoetingsmomenten');
      await facilitator.getByRole('link', { name: 'Bijeenkomst plannen' }).click();
      await waitOrExplain(facilitator, facilitator.getByRole('heading', { level: 1, name: 'Bijeenkomst plannen' }), 'the form');

      const day = brusselsDayFromNow(21);
      await fillMeetingForm(facilitator, {
        title,
        startDate: day,
        startTime: '14:00',
        endDate: day,
        endTime: '13:00',
        location: 'Leuven, Provinciehuis',
        capacity: 25,
        agenda: ['Stand van zaken pilootprojecten', 'Thema’s verzamelen'],
      });
      await submitMeetingForm(facilitator);
      const endDate = facilitator.getByLabel('Einddatum', { exact: true });
      const inline = facilitator.locator('.field--error').filter({ has: endDate }).getByText('Het einde moet na het begin liggen.');
      await waitOrExplain(facilitator, inline, 'the inline error next to the end date');
      check((await endDate.getAttribute('aria-invalid')) === 'true', 'the end date is not marked invalid');
      const summary = facilitator.getByRole('alert').filter({ hasText: 'Er is een probleem' });
      check((await summary.getByRole('link', { name: /Einddatum: Het einde moet na het begin liggen/ }).count()) === 1, 'the error summary does not link to the end date');
      check(new URL(facilitator.url()).pathname === '/ontmoetingsmomenten/nieuw', 'the form was sent despite the error');

      // Move the second agenda item up with the keyboard-reachable button, then fix the end.
      await facilitator.getByRole('button', { name: 'Agendapunt 2 naar boven' }).click();
      check((await facilitator.getByLabel('Titel van agendapunt 1', { exact: true }).inputValue()) === 'Thema’s verzamelen', 'the agenda item did not move up');
      await facilitator.getByLabel('Einduur', { exact: true }).fill('16:30');
      await submitMeetingForm(facilitator);
      await waitOrExplain(facilitator, facilitator.getByRole('heading', { level: 1, name: title }), 'the planned meeting page');
      const meetingPath = new URL(facilitator.url()).pathname;
      const agenda = facilitator.getByRole('region', { name: 'Agenda' }).getByRole('listitem');
      check((await agenda.first().textContent())?.includes('Thema’s verzamelen'), 'the agenda is not in the order chosen');
      const count = facilitator.getByTestId('registration-count');
      check((await count.textContent())?.includes('0 van 25 plaatsen ingenomen'), `count before: ${await count.textContent()}`);
      // Times are shown in Brussels time as entered.
      check((await facilitator.locator('dl time').first().textContent())?.includes('14:00'), 'the start is not shown as 14:00 Brussels time');
      await facilitator.waitForTimeout(1_000); // the live subscription opens with the socket

      await asSomeoneElse(browser, async (memberContext) => {
        const { page: member, pageErrors: memberErrors } = await signIn(memberContext, baseUrl, 'member@demo.test', '/ontmoetingsmomenten');
        await registerForMeeting(member, meetingPath);
        check((await member.getByTestId('registration-count').textContent())?.includes('1 van 25'), 'the member does not see the new count');
        await member.goto(new URL('/ontmoetingsmomenten', baseUrl).href);
        const row = member.getByRole('listitem', { name: title });
        await waitOrExplain(member, row, 'the meeting in the member\'s list');
        check((await row.getByText('Je bent ingeschreven').count()) === 1, 'the list does not say the member is registered');
        check(memberErrors.length === 0, `errors in the member's page: ${memberErrors.join('; ')}`);
      });

      await waitOrExplain(facilitator, count.filter({ hasText: '1 van 25 plaatsen ingenomen' }), 'the live registration count on the facilitator\'s page');
      check(new URL(facilitator.url()).pathname === meetingPath, 'the facilitator page was reloaded or left');
      await facilitator.reload();
      const attendance = facilitator.getByRole('region', { name: 'Voor facilitatoren' }).getByRole('row', { name: /Demo Lid/ });
      await waitOrExplain(facilitator, attendance.first(), 'the registered member in the attendance table');
      check(pageErrors.length === 0, `errors in the facilitator's page: ${pageErrors.join('; ')}`);
    },
  },
];
