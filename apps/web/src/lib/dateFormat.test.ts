import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDateTimeRange } from './dateFormat';

// ICU separates range parts with thin or narrow no-break spaces; compare words only.
const plain = (text: string) => text.replace(/\s+/g, ' ');

describe('formatDateTime (Europe/Brussels)', () => {
  it('writes the same UTC hour an hour later after the change to summer time on 29 March 2026', () => {
    expect(plain(formatDateTime('2026-03-28T09:00:00Z', 'nl'))).toBe('zaterdag 28 maart 2026 om 10:00');
    expect(plain(formatDateTime('2026-03-29T09:00:00Z', 'nl'))).toBe('zondag 29 maart 2026 om 11:00');
  });

  it('writes English dates in British style', () => {
    expect(plain(formatDateTime('2026-03-29T09:00:00Z', 'en'))).toBe('Sunday, 29 March 2026 at 11:00');
  });

  it('converts an instant given with another offset to Brussels time', () => {
    expect(plain(formatDateTime('2026-10-25T10:00:00-05:00', 'nl'))).toBe('zondag 25 oktober 2026 om 16:00');
  });

  it('keeps the Brussels date for an instant that is still the previous day in UTC', () => {
    expect(plain(formatDateTime('2026-07-14T22:30:00Z', 'nl'))).toBe('woensdag 15 juli 2026 om 00:30');
  });
});

describe('formatDateTimeRange', () => {
  it('writes the date once for a meeting on one day', () => {
    expect(plain(formatDateTimeRange('2026-03-29T08:00:00Z', '2026-03-29T10:30:00Z', 'nl'))).toBe('zondag 29 maart 2026, 10:00–12:30');
  });

  it('spans the night of the clock change with the right local hours', () => {
    expect(plain(formatDateTimeRange('2026-03-28T22:30:00Z', '2026-03-29T02:30:00Z', 'nl'))).toBe(
      'zaterdag 28 maart 2026 om 23:30 – zondag 29 maart 2026 om 04:30',
    );
  });

  it('writes only the start without a (valid) end', () => {
    expect(plain(formatDateTimeRange('2026-03-29T08:00:00Z', null, 'en'))).toBe('Sunday, 29 March 2026 at 10:00');
    expect(plain(formatDateTimeRange('2026-03-29T08:00:00Z', '2026-03-29T07:00:00Z', 'en'))).toBe('Sunday, 29 March 2026 at 10:00');
  });
});
