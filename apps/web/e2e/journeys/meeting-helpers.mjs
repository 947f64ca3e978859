// Reusable steps for journeys with meetings (imported by other journey files; not a journey file itself).
import { waitOrExplain } from '../support.mjs';

/** A Brussels calendar day `daysAhead` days from now, as the date field takes it ("YYYY-MM-DD"). */
export function brusselsDayFromNow(daysAhead) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date(Date.now() + daysAhead * 86_400_000));
}

/**
 * Fills the meeting form on /ontmoetingsmomenten/nieuw (or …/bewerken). Only the fields
 * given are filled; dates are Brussels days "YYYY-MM-DD", times "HH:MM".
 */
export async function fillMeetingForm(page, fields) {
  const labels = {
    title: 'Titel',
    startDate: 'Begindatum',
    startTime: 'Beginuur',
    endDate: 'Einddatum',
    endTime: 'Einduur',
    location: 'Locatie',
    onlineUrl: 'Onlinelink',
    capacity: 'Capaciteit',
  };
  for (const [name, label] of Object.entries(labels)) {
    if (fields[name] !== undefined) await page.getByLabel(label, { exact: true }).fill(String(fields[name]));
  }
  if (fields.visibility) await page.getByLabel('Zichtbaarheid', { exact: true }).selectOption(fields.visibility);
  for (const [index, item] of (fields.agenda ?? []).entries()) {
    await page.getByRole('button', { name: 'Agendapunt toevoegen' }).click();
    await page.getByLabel(`Titel van agendapunt ${index + 1}`, { exact: true }).fill(item);
  }
}

/**
 * A signed-in facilitator's page plans a meeting through the form (two weeks ahead,
 * 10:00–12:00 Brussels time, members only) and waits for the meeting's page.
 * Resolves with the meeting's path (/ontmoetingsmomenten/<id>).
 */
export async function planMeetingThroughForm(page, { title, capacity = 20, agenda = ['Welkom en kennismaking'] }) {
  await page.goto(new URL('/ontmoetingsmomenten/nieuw', page.url()).href);
  await waitOrExplain(page, page.getByRole('heading', { level: 1, name: 'Ontmoetingsmoment plannen' }), 'the plan-a-meeting form');
  const day = brusselsDayFromNow(14);
  await fillMeetingForm(page, {
    title,
    startDate: day,
    startTime: '10:00',
    endDate: day,
    endTime: '12:00',
    location: 'Brussel, Havenlaan 88',
    capacity,
    agenda,
  });
  await submitMeetingForm(page);
  await waitOrExplain(page, page.getByRole('heading', { level: 1, name: title }), `planMeeting "${title}"`);
  return new URL(page.url()).pathname;
}

export async function submitMeetingForm(page) {
  await page.getByRole('button', { name: 'Ontmoetingsmoment plannen', exact: true }).click();
}

/** A signed-in member's page opens the meeting and registers; resolves when the page confirms it. */
export async function registerForMeeting(page, meetingPath) {
  await page.goto(new URL(meetingPath, page.url()).href);
  const button = page.getByRole('button', { name: 'Inschrijven', exact: true });
  await waitOrExplain(page, button, `the register button on ${meetingPath}`);
  await button.click();
  await waitOrExplain(
    page,
    page.getByRole('status').filter({ hasText: /Je bent ingeschreven\.|je staat op de wachtlijst/ }),
    `registerForMeeting ${meetingPath}`,
  );
}
