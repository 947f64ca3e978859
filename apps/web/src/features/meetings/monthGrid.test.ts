import { describe, expect, it } from 'vitest';
import { addMonths, buildMonthGrid, groupByDay, monthRange, parseMonthKey, shiftDay } from './monthGrid';

describe('month grid', () => {
  it('starts on Monday and fills whole weeks with the neighbouring months', () => {
    // March 2026 starts on a Sunday and ends on a Tuesday.
    const weeks = buildMonthGrid({ year: 2026, month: 3 });
    expect(weeks).toHaveLength(6);
    expect(weeks[0]![0]).toEqual({ date: '2026-02-23', day: 23, inMonth: false });
    expect(weeks[0]![6]).toEqual({ date: '2026-03-01', day: 1, inMonth: true });
    expect(weeks[5]![1]).toEqual({ date: '2026-03-31', day: 31, inMonth: true });
    expect(weeks[5]![6]).toEqual({ date: '2026-04-05', day: 5, inMonth: false });
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('has every day of the month once, also in the months the clocks change', () => {
    for (const month of [3, 10, 2]) {
      const days = buildMonthGrid({ year: 2026, month })
        .flat()
        .filter((day) => day.inMonth)
        .map((day) => day.day);
      const length = new Date(Date.UTC(2026, month, 0)).getUTCDate();
      expect(days).toEqual(Array.from({ length }, (_, index) => index + 1));
    }
  });

  it('needs only four weeks for a February that starts on Monday', () => {
    expect(buildMonthGrid({ year: 2027, month: 2 })).toHaveLength(4);
  });

  it('bounds a month at Brussels midnights, across summer time', () => {
    expect(monthRange({ year: 2026, month: 3 })).toEqual({ from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z' });
    expect(monthRange({ year: 2026, month: 10 })).toEqual({ from: '2026-09-30T22:00:00.000Z', to: '2026-10-31T23:00:00.000Z' });
    expect(monthRange({ year: 2026, month: 12 }).to).toBe('2026-12-31T23:00:00.000Z');
  });

  it('puts a meeting on its Brussels day, not its UTC day', () => {
    const days = groupByDay([
      { id: 'a', startsAt: '2026-10-31T23:30:00Z' }, // 00:30 on 1 November in Brussels
      { id: 'b', startsAt: '2026-03-28T23:30:00Z' }, // 00:30 on 29 March (still winter time)
      { id: 'c', startsAt: '2026-03-29T09:00:00Z' },
    ]);
    expect(days.get('2026-11-01')?.map((m) => m.id)).toEqual(['a']);
    expect(days.get('2026-03-29')?.map((m) => m.id)).toEqual(['b', 'c']);
    expect(days.has('2026-10-31')).toBe(false);
  });

  it('moves between days and months across year ends', () => {
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2026-03-02', -7)).toBe('2026-02-23');
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(parseMonthKey('2026-13')).toBeUndefined();
    expect(parseMonthKey('2026-03')).toEqual({ year: 2026, month: 3 });
  });
});
