import { brusselsDayOf, fromBrusselsLocal } from './brusselsTime';

/** A calendar month: year and month 1–12. */
export interface Month {
  year: number;
  month: number;
}

export interface GridDay {
  /** "YYYY-MM-DD" (a Brussels calendar day) */
  date: string;
  day: number;
  inMonth: boolean;
}

const pad = (value: number) => String(value).padStart(2, '0');
const dayKey = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

export function addMonths({ year, month }: Month, count: number): Month {
  const index = year * 12 + (month - 1) + count;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month of a Brussels day "YYYY-MM-DD". */
export function monthOfDay(day: string): Month {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return { year, month };
}

export function monthKey({ year, month }: Month): string {
  return `${year}-${pad(month)}`;
}

/** Parses "YYYY-MM" (e.g. from the address), or undefined. */
export function parseMonthKey(value: string | null | undefined): Month | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return undefined;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : undefined;
}

/**
 * The weeks (Monday first, as in Belgium) that show a month: whole weeks, with the
 * days of the previous and next month marked `inMonth: false`. Pure date arithmetic
 * on calendar days, so summer time cannot shift a day.
 */
export function buildMonthGrid({ year, month }: Month): GridDay[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const mondayOffset = (first.getUTCDay() + 6) % 7;
  const cursor = new Date(Date.UTC(year, month - 1, 1 - mondayOffset));
  const weeks: GridDay[][] = [];
  do {
    const week: GridDay[] = [];
    for (let index = 0; index < 7; index += 1) {
      week.push({ date: dayKey(cursor), day: cursor.getUTCDate(), inMonth: cursor.getUTCMonth() === month - 1 });
      cursor.setUTCDate(cursor.getUTCDate() + 1);
    }
    weeks.push(week);
  } while (cursor.getUTCMonth() === month - 1 && cursor.getUTCFullYear() === year);
  return weeks;
}

/** The instants that bound a month in Brussels: from its first midnight to the next month's. */
export function monthRange(month: Month): { from: string; to: string } {
  const next = addMonths(month, 1);
  return {
    from: fromBrusselsLocal({ date: `${monthKey(month)}-01`, time: '00:00' })!,
    to: fromBrusselsLocal({ date: `${monthKey(next)}-01`, time: '00:00' })!,
  };
}

/** Items by the Brussels day they start on. */
export function groupByDay<T extends { startsAt: string }>(items: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  for (const item of items) {
    const day = brusselsDayOf(item.startsAt);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return days;
}

/** Moves a focused day by a number of days (arrow keys), across month boundaries. */
export function shiftDay(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return dayKey(new Date(Date.UTC(year, month - 1, date + days)));
}
