import { TIME_ZONE } from '@ln/domain';

/** A wall-clock moment in Brussels as the forms enter it: "YYYY-MM-DD" and "HH:MM". */
export interface BrusselsLocal {
  date: string;
  time: string;
}

const partsFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(instant: Date): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of partsFormatter.formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return parts;
}

/** Brussels' offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function offsetAt(epochMs: number): number {
  const p = partsOf(new Date(epochMs));
  const wall = Date.UTC(p['year']!, p['month']! - 1, p['day'], p['hour'], p['minute']);
  return wall - Math.floor(epochMs / 60_000) * 60_000;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as the date and time a clock in Brussels shows then. */
export function toBrusselsLocal(iso: string | Date): BrusselsLocal {
  const p = partsOf(typeof iso === 'string' ? new Date(iso) : iso);
  return { date: `${p['year']}-${pad(p['month']!)}-${pad(p['day']!)}`, time: `${pad(p['hour']!)}:${pad(p['minute']!)}` };
}

/** The Brussels calendar day ("YYYY-MM-DD") of an instant. */
export function brusselsDayOf(iso: string | Date): string {
  return toBrusselsLocal(iso).date;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})$/;

export function isValidDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function isValidTime(value: string): boolean {
  const match = TIME.exec(value);
  return !!match && Number(match[1]) < 24 && Number(match[2]) < 60;
}

/**
 * A Brussels wall-clock date and time as an instant (ISO 8601 in UTC), or undefined when
 * either is not a valid date/time. In the autumn hour that happens twice the first
 * (summer-time) one is meant; a time skipped in spring moves an hour on, like a clock does.
 */
export function fromBrusselsLocal({ date, time }: BrusselsLocal): string | undefined {
  if (!isValidDate(date) || !isValidTime(time)) return undefined;
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset just before the wall time, then checked at the instant found.
  const first = wall - offsetAt(wall - 3 * 3_600_000);
  const second = wall - offsetAt(first);
  const shows = (instant: number) => toBrusselsLocal(new Date(instant)).time === time;
  const instant = shows(first) || !shows(second) ? first : second;
  return new Date(instant).toISOString();
}
