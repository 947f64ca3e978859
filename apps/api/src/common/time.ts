import { TZDate } from '@date-fns/tz';
import { TIME_ZONE } from '@ln/domain';

/** The instant of a wall-clock time in Europe/Brussels (month 1-12), correct across daylight saving. */
export function brusselsTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, TIME_ZONE).getTime());
}

/** The calendar date (YYYY-MM-DD) of an instant in Europe/Brussels. */
export function brusselsDate(instant: Date): string {
  const d = new TZDate(instant.getTime(), TIME_ZONE);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
