import { brusselsDate, brusselsTime } from './time';

describe('Europe/Brussels wall-clock times', () => {
  it('uses +01:00 in winter and +02:00 in summer, across the March 2026 change', () => {
    expect(brusselsTime(2026, 3, 28, 14, 0).toISOString()).toBe('2026-03-28T13:00:00.000Z');
    expect(brusselsTime(2026, 3, 29, 14, 0).toISOString()).toBe('2026-03-29T12:00:00.000Z');
    expect(brusselsTime(2026, 10, 25, 14, 0).toISOString()).toBe('2026-10-25T13:00:00.000Z');
  });

  it('gives the Brussels calendar date of an instant near midnight', () => {
    expect(brusselsDate(new Date('2017-05-31T22:30:00Z'))).toBe('2017-06-01');
    expect(brusselsDate(new Date('2017-05-31T21:30:00Z'))).toBe('2017-05-31');
  });
});
