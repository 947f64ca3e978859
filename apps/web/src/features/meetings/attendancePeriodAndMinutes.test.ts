import { describe, expect, it } from 'vitest';
import { periodRange } from './AttendanceOverviewPage';
import { minutesParagraphs } from './Minutes';

describe('attendance period', () => {
  it('runs from the first Brussels midnight to the midnight after the last day, across summer time', () => {
    expect(periodRange({ from: '2026-01-01', to: '2026-03-29' })).toEqual({
      from: '2025-12-31T23:00:00.000Z',
      to: '2026-03-29T22:00:00.000Z',
    });
    expect(periodRange({ from: '', to: 'x' })).toEqual({ from: null, to: null });
  });
});

describe('minutes', () => {
  it('splits paragraphs at blank lines and keeps single line breaks inside them', () => {
    expect(minutesParagraphs('Eerste alinea\r\nnog een regel\n\n  \n\nTweede alinea\n')).toEqual([
      'Eerste alinea\nnog een regel',
      'Tweede alinea',
    ]);
    expect(minutesParagraphs('   ')).toEqual([]);
  });
});
