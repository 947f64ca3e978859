import { asSomeoneElse, check, signIn, waitOrExplain } from '../support.mjs';
import { brusselsDayFromNow, fillMeetingForm, planMeetingThroughForm, registerForMeeting, submitMeetingForm } from './meeting-helpers.mjs';

export const journeys = [
  {
    name: 'meetings: a facilitator plans a meeting through the form (end before start shown inline, then fixed), a member registers and sees it in the list; the facilitator sees the count live',
    async run(context, baseUrl, browser) {
      const title = `Derde bijeenkomst Lerend Netwerk ${Date.now().toString(36)}`;
      const { page: facilitator, pageErrors } = await signIn(context, baseUrl, 'facilitator@demo.test', '/ontmoetingsmomenten');
      await facilitator.getByRole('link', { name: 'Ontmoetingsmoment plannen' }).click();
      await waitOrExplain(facilitator, facilitator.getByRole('heading', { level: 1, name: 'Ontmoetingsmoment plannen' }), 'the form');

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
      check(
        (await summary.getByRole('link', { name: /Einddatum: Het einde moet na het begin liggen/ }).count()) === 1,
        'the error summary does not link to the end date',
      );
      check(new URL(facilitator.url()).pathname === '/ontmoetingsmomenten/nieuw', 'the form was sent despite the error');

      // Move the second agenda item up with the keyboard-reachable button, then fix the end.
      await facilitator.getByRole('button', { name: 'Agendapunt 2 naar boven' }).click();
      check(
        (await facilitator.getByLabel('Titel van agendapunt 1', { exact: true }).inputValue()) === 'Thema’s verzamelen',
        'the agenda item did not move up',
      );
      await facilitator.getByLabel('Einduur', { exact: true }).fill('16:30');
      await submitMeetingForm(facilitator);
      await waitOrExplain(facilitator, facilitator.getByRole('heading', { level: 1, name: title }), 'the planned meeting page');
      const meetingPath = new URL(facilitator.url()).pathname;
      const agenda = facilitator.getByRole('region', { name: 'Agenda' }).getByRole('listitem');
      check((await agenda.first().textContent())?.includes('Thema’s verzamelen'), 'the agenda is not in the order chosen');
      const count = facilitator.getByTestId('registration-count');
      check((await count.textContent())?.includes('0 van 25 plaatsen ingenomen'), `count before: ${await count.textContent()}`);
      // Times are shown in Brussels time as entered.
      check(
        (await facilitator.locator('dl time').first().textContent())?.includes('14:00'),
        'the start is not shown as 14:00 Brussels time',
      );
      await facilitator.waitForTimeout(1_000); // the live subscription opens with the socket

      await asSomeoneElse(browser, async (memberContext) => {
        const { page: member, pageErrors: memberErrors } = await signIn(memberContext, baseUrl, 'member@demo.test', '/ontmoetingsmomenten');
        await registerForMeeting(member, meetingPath);
        check(
          (await member.getByTestId('registration-count').textContent())?.includes('1 van 25'),
          'the member does not see the new count',
        );
        await member.goto(new URL('/ontmoetingsmomenten', baseUrl).href);
        const row = member.getByRole('listitem', { name: title });
        await waitOrExplain(member, row, "the meeting in the member's list");
        check((await row.getByText('Je bent ingeschreven').count()) === 1, 'the list does not say the member is registered');
        check(memberErrors.length === 0, `errors in the member's page: ${memberErrors.join('; ')}`);
      });

      await waitOrExplain(
        facilitator,
        count.filter({ hasText: '1 van 25 plaatsen ingenomen' }),
        "the live registration count on the facilitator's page",
      );
      check(new URL(facilitator.url()).pathname === meetingPath, 'the facilitator page was reloaded or left');
      await facilitator.reload();
      const attendance = facilitator.getByRole('region', { name: 'Voor facilitatoren' }).getByRole('row', { name: /Demo Lid/ });
      await waitOrExplain(facilitator, attendance.first(), 'the registered member in the attendance table');
      check(pageErrors.length === 0, `errors in the facilitator's page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: 'meetings: a facilitator records attendance and minutes, prints the report, finds the meeting in the month calendar, uses a personal calendar link and cancels the meeting with a reason',
    async run(context, baseUrl, browser) {
      const title = `Intervisie weerstand ${Date.now().toString(36)}`;
      const { page, pageErrors } = await signIn(context, baseUrl, 'facilitator@demo.test', '/ontmoetingsmomenten');
      const meetingPath = await planMeetingThroughForm(page, { title, capacity: 10 });
      await asSomeoneElse(browser, async (memberContext) => {
        const { page: member } = await signIn(memberContext, baseUrl, 'member@demo.test', '/ontmoetingsmomenten');
        await registerForMeeting(member, meetingPath);
      });

      // Attendance and minutes.
      await page.reload();
      const panel = page.getByRole('region', { name: 'Voor facilitatoren' });
      const attended = panel.getByLabel('Aanwezig: Demo Lid', { exact: true });
      await waitOrExplain(page, attended, 'the attendance choice for Demo Lid');
      await attended.selectOption({ label: 'Aanwezig' });
      await waitOrExplain(page, panel.getByRole('status').filter({ hasText: 'Aanwezigheid van Demo Lid opgeslagen.' }), 'recordAttendance');
      const minutes = `Afspraak: elk project brengt één knelpunt mee.\n\nVolgende stap: thema weerstand uitdiepen.`;
      await panel.getByLabel('Verslag bijhouden', { exact: true }).fill(minutes);
      await panel.getByRole('button', { name: 'Verslag opslaan' }).click();
      await waitOrExplain(page, panel.getByRole('status').filter({ hasText: 'Het verslag is opgeslagen.' }), 'recordMinutes');
      await waitOrExplain(
        page,
        page.getByRole('region', { name: 'Verslag', exact: true }).getByText('Volgende stap: thema weerstand uitdiepen.'),
        'the minutes on the page',
      );

      // The printable report: agenda, minutes, attendance; the site's navigation is not printed.
      await page.getByRole('link', { name: 'Afdrukbaar verslag' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: `Verslag: ${title}` }), 'the report page');
      check(
        (await page.getByRole('region', { name: 'Agenda' }).textContent())?.includes('Welkom en kennismaking'),
        'the report has no agenda',
      );
      check(
        (await page.getByRole('region', { name: 'Verslag' }).textContent())?.includes('elk project brengt één knelpunt mee'),
        'the report has no minutes',
      );
      const attendance = page.getByRole('region', { name: 'Aanwezigheid' });
      check((await attendance.textContent())?.includes('Demo Lid'), 'the report does not list the attendee');
      await waitOrExplain(
        page,
        attendance
          .getByRole('listitem')
          .filter({ hasText: /Demo A/ })
          .first(),
        'the attending organisation in the report',
      );
      await waitOrExplain(
        page,
        page
          .getByRole('region', { name: 'Discussies geopend op dit ontmoetingsmoment' })
          .getByText('Op dit ontmoetingsmoment werden geen discussies geopend.'),
        'the report’s threads section',
      );
      check((await page.getByRole('button', { name: 'Afdrukken' }).count()) === 1, 'no print button');
      await page.emulateMedia({ media: 'print' });
      check(!(await page.getByRole('navigation', { name: 'Hoofdnavigatie' }).isVisible()), 'the navigation is printed');
      check(!(await page.getByRole('button', { name: 'Afdrukken' }).isVisible()), 'the print button is printed');
      check(await page.getByRole('heading', { level: 1 }).isVisible(), 'the report title is not printed');
      await page.emulateMedia({ media: 'screen' });

      // Downloads: the Markdown report and the .ics file, with the session.
      const id = meetingPath.split('/').pop();
      const report = await page.request.get(new URL(`/meetings/${id}/report.md`, baseUrl).href);
      check(report.ok() && (await report.text()).includes(title), `report.md: ${report.status()}`);
      const ics = await page.request.get(new URL(`/meetings/${id}.ics`, baseUrl).href);
      check(ics.ok() && (await ics.text()).includes('BEGIN:VEVENT'), `meeting .ics: ${ics.status()}`);

      // The month calendar, by keyboard.
      const day = brusselsDayFromNow(14);
      await page.goto(new URL(`/ontmoetingsmomenten?weergave=kalender&maand=${day.slice(0, 7)}`, baseUrl).href);
      const dayButton = page.locator(`button[data-day="${day}"]`);
      await waitOrExplain(page, dayButton.filter({ hasText: String(Number(day.slice(8))) }), 'the day in the calendar');
      await dayButton.click();
      await waitOrExplain(page, page.getByRole('link', { name: title }), 'the meeting under the calendar');
      await page.keyboard.press('ArrowRight');
      const next = await page.evaluate(() => document.activeElement?.getAttribute('data-day'));
      check(next !== day && next !== null, `the arrow key did not move to the next day (focus on ${next})`);
      check((await page.getByRole('link', { name: title }).count()) === 0, 'the next day still lists the meeting');

      // A personal calendar link: it works, then it is revoked.
      await page.getByRole('button', { name: 'Persoonlijke agenda-link maken' }).click();
      const link = page.getByLabel('Persoonlijke agenda-link', { exact: true });
      await waitOrExplain(page, link, 'the personal calendar link');
      const feedUrl = await link.inputValue();
      const feed = await page.request.get(feedUrl.startsWith('http') ? feedUrl : new URL(feedUrl, baseUrl).href);
      check(
        feed.ok() && (await feed.text()).includes(title),
        `the personal feed does not have the members-only meeting (${feed.status()})`,
      );
      await page.getByRole('button', { name: 'Link intrekken' }).click();
      await waitOrExplain(
        page,
        page.getByRole('status').filter({ hasText: 'Je persoonlijke agenda-link is ingetrokken.' }),
        'revokeCalendarFeed',
      );
      const revoked = await page.request.get(feedUrl.startsWith('http') ? feedUrl : new URL(feedUrl, baseUrl).href);
      check(revoked.status() === 404, `the revoked feed answers ${revoked.status()}`);

      // Attendance per organisation over a period that includes the meeting.
      await page.goto(new URL('/ontmoetingsmomenten/aanwezigheid', baseUrl).href);
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Aanwezigheid per organisatie' }), 'the attendance overview');
      await page.getByLabel('Tot en met', { exact: true }).fill(brusselsDayFromNow(30));
      await page.getByRole('button', { name: 'Tonen' }).click();
      await waitOrExplain(
        page,
        page
          .getByRole('row')
          .filter({ hasText: /Demo A/ })
          .first(),
        'the member organisation in the attendance overview',
      );

      // Edit: a new title, the start unchanged.
      await page.goto(new URL(meetingPath, baseUrl).href);
      await page.getByRole('link', { name: 'Ontmoetingsmoment bewerken' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Ontmoetingsmoment bewerken' }), 'the edit form');
      check(
        (await page.getByLabel('Beginuur', { exact: true }).inputValue()) === '10:00',
        'the edit form does not show the start in Brussels time',
      );
      await page.getByLabel('Titel', { exact: true }).fill(`${title} (gewijzigd)`);
      await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await waitOrExplain(page, page.getByRole('heading', { level: 1, name: `${title} (gewijzigd)` }), 'updateMeeting');

      // Cancel with a reason (required).
      const cancelPanel = page.getByRole('region', { name: 'Voor facilitatoren' });
      await waitOrExplain(page, cancelPanel.getByRole('button', { name: 'Ontmoetingsmoment annuleren' }), 'the cancel button');
      await cancelPanel.getByRole('button', { name: 'Ontmoetingsmoment annuleren' }).click();
      await cancelPanel.getByRole('button', { name: 'Annulering bevestigen' }).click();
      await waitOrExplain(page, cancelPanel.getByText('Vul dit veld in.'), 'the required reason');
      await cancelPanel.getByLabel('Reden van de annulering', { exact: true }).fill('De zaal is niet beschikbaar.');
      await cancelPanel.getByRole('button', { name: 'Annulering bevestigen' }).click();
      await waitOrExplain(page, page.getByText('Reden: De zaal is niet beschikbaar.'), 'the cancellation on the page');
      check(
        (await page.getByRole('button', { name: 'Inschrijven', exact: true }).count()) === 0,
        'a cancelled meeting still offers registration',
      );
      check(pageErrors.length === 0, `errors in the facilitator's page: ${pageErrors.join('; ')}`);
    },
  },
  {
    name: 'meetings: two facilitators edit the same meeting; the later save is refused with a clear conflict message and nothing is overwritten',
    async run(context, baseUrl) {
      const title = `Conflict ${Date.now().toString(36)}`;
      const { page: first, pageErrors } = await signIn(context, baseUrl, 'facilitator@demo.test', '/ontmoetingsmomenten');
      const meetingPath = await planMeetingThroughForm(first, { title });
      const second = await context.newPage();
      for (const page of [first, second]) {
        await page.goto(new URL(`${meetingPath}/bewerken`, baseUrl).href);
        await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Ontmoetingsmoment bewerken' }), 'the edit form');
      }
      await second.getByLabel('Titel', { exact: true }).fill(`${title} (verplaatst)`);
      await second.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await waitOrExplain(second, second.getByRole('heading', { level: 1, name: `${title} (verplaatst)` }), 'the first save');

      await first.getByLabel('Titel', { exact: true }).fill(`${title} (overschreven)`);
      await first.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
      await waitOrExplain(first, first.getByText('Iemand anders heeft dit ontmoetingsmoment intussen gewijzigd.'), 'the conflict message');
      await first.goto(new URL(meetingPath, baseUrl).href);
      await waitOrExplain(
        first,
        first.getByRole('heading', { level: 1, name: `${title} (verplaatst)` }),
        'the meeting after the refused save',
      );
      check(pageErrors.length === 0, `errors in the page: ${pageErrors.join('; ')}`);
    },
  },
];
