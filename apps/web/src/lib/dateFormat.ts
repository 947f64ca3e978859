import { TIME_ZONE } from '@ln/domain';
import { INTL_LOCALE, type Locale } from '../app/i18n';

const dateTimeOptions: Intl.DateTimeFormatOptions = {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

const formatters = new Map<Locale, Intl.DateTimeFormat>();

function formatterFor(locale: Locale): Intl.DateTimeFormat {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], dateTimeOptions);
    formatters.set(locale, formatter);
  }
  return formatter;
}

/** An ISO 8601 instant as a date and time in Brussels, e.g. "zondag 29 maart 2026 om 10:00". */
export function formatDateTime(iso: string, locale: Locale): string {
  return formatterFor(locale).format(new Date(iso));
}

/**
 * A meeting's time span in Brussels. On one day the date is written once
 * ("… 10:00–12:30"); over several days both ends are written in full.
 * Without an end (or with an invalid one), only the start is written.
 */
export function formatDateTimeRange(startIso: string, endIso: string | null | undefined, locale: Locale): string {
  const start = new Date(startIso);
  const end = endIso ? new Date(endIso) : undefined;
  if (!end || Number.isNaN(end.getTime()) || end.getTime() < start.getTime()) {
    return formatterFor(locale).format(start);
  }
  return formatterFor(locale).formatRange(start, end);
}

const dateFormatters = new Map<Locale, Intl.DateTimeFormat>();

/**
 * A calendar date "YYYY-MM-DD" (a due date, a subsidy period's end) written out,
 * e.g. "31 mei 2017". It is a Brussels date already: formatted in UTC so that no
 * time zone can move it to the day before.
 */
export function formatDate(isoDate: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  let formatter = dateFormatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
    dateFormatters.set(locale, formatter);
  }
  return formatter.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}
