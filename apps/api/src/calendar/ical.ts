import { TZDate } from '@date-fns/tz';
import { lazyModule } from '../common/lazy-module';
import { TIME_ZONE } from '@ln/domain';
import type { Meeting } from '../meetings/meeting.entity';

const ical = lazyModule(() => require('ical-generator') as typeof import('ical-generator'));

/**
 * Europe/Brussels as a VTIMEZONE: the EU rule (since 1996) of summer time from the last Sunday of March 02:00 to
 * the last Sunday of October 03:00. Outlook and Google Calendar need the block to place TZID times.
 */
export const BRUSSELS_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  `X-LIC-LOCATION:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

export interface CalendarOptions {
  name: string;
  publicUrl: string;
  /** For DTSTAMP (when this calendar was produced). */
  now?: Date;
}

/** Meetings as iCalendar (RFC 5545): times in Europe/Brussels with a VTIMEZONE, stable UIDs, cancelled ones marked. */
export function meetingsCalendar(meetings: Meeting[], options: CalendarOptions): string {
  const base = options.publicUrl.replace(/\/+$/, '');
  const { ICalCalendar, ICalEventStatus } = ical();
  const calendar = new ICalCalendar({
    name: options.name,
    prodId: { company: 'Lerend Netwerk', product: 'bijeenkomsten', language: 'NL' },
    // No calendar-wide zone: DTSTAMP must stay in UTC; each event names Europe/Brussels and the generator adds its VTIMEZONE.
    timezone: { name: null, generator: () => BRUSSELS_VTIMEZONE },
    x: [['X-WR-TIMEZONE', TIME_ZONE]],
  });
  for (const meeting of meetings) {
    const url = `${base}/bijeenkomsten/${meeting.id}`;
    calendar.createEvent({
      id: `${meeting.id}@lerend-netwerk`,
      sequence: meeting.version,
      stamp: options.now ?? new Date(),
      start: new TZDate(meeting.startsAt.getTime(), TIME_ZONE),
      end: new TZDate(meeting.endsAt.getTime(), TIME_ZONE),
      timezone: TIME_ZONE,
      summary: meeting.title,
      description: [meeting.description, meeting.onlineUrl ? `Online: ${meeting.onlineUrl}` : null, url].filter(Boolean).join('\n\n'),
      location: meeting.location ?? meeting.onlineUrl ?? null,
      url,
      status: meeting.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
