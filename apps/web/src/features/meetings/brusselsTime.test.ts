import { describe, expect, it } from 'vitest';
import { brusselsDayOf, fromBrusselsLocal, isValidDate, toBrusselsLocal } from './brusselsTime';

describe('Brussels local time ↔ UTC', () => {
  it('converts winter (UTC+1) and summer (UTC+2) wall times', () => {
    expect(fromBrusselsLocal({ date: '2026-01-15', time: '10:00' })).toBe('2026-01-15T09:00:00.000Z');
    expect(fromBrusselsLocal({ date: '2026-07-15', time: '10:00' })).toBe('2026-07-15T08:00:00.000Z');
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026: 02:00 → 03:00. 01:30 is still winter time, 03:30 already summer time.
    expect(fromBrusselsLocal({ date: '2026-03-29', time: '01:30' })).toBe('2026-03-29T00:30:00.000Z');
    expect(fromBrusselsLocal({ date: '2026-03-29', time: '03:30' })).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 does not exist that night: it becomes 03:30 summer time, like a clock.
    expect(toBrusselsLocal(fromBrusselsLocal({ date: '2026-03-29', time: '02:30' })!).time).toBe('03:30');
    // 25 October 2026: 03:00 → 02:00. 02:30 happens twice; the first (summer time) is meant.
    expect(fromBrusselsLocal({ date: '2026-10-25', time: '02:30' })).toBe('2026-10-25T00:30:00.000Z');
    expect(fromBrusselsLocal({ date: '2026-10-25', time: '12:00' })).toBe('2026-10-25T11:00:00.000Z');
  });

  it('round-trips an instant to the wall clock and back', () => {
    for (const iso of ['2026-03-28T23:30:00.000Z', '2026-06-30T22:15:00.000Z', '2026-12-31T23:00:00.000Z']) {
      expect(fromBrusselsLocal(toBrusselsLocal(iso))).toBe(iso);
    }
  });

  it('gives the Brussels day, which can differ from the UTC day', () => {
    expect(brusselsDayOf('2026-10-31T23:30:00Z')).toBe('2026-11-01');
    expect(brusselsDayOf('2026-06-30T22:30:00+00:00')).toBe('2026-07-01');
    expect(toBrusselsLocal('2026-03-29T08:00:00Z')).toEqual({ date: '2026-03-29', time: '10:00' });
  });

  it('refuses dates and times that do not exist', () => {
    expect(fromBrusselsLocal({ date: '2026-02-30', time: '10:00' })).toBeUndefined();
    expect(fromBrusselsLocal({ date: '2026-02-10', time: '25:00' })).toBeUndefined();
    expect(fromBrusselsLocal({ date: '', time: '' })).toBeUndefined();
    expect(isValidDate('2028-02-29')).toBe(true);
  });
});
