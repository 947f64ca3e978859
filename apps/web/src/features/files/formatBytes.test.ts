import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes';

describe('formatBytes', () => {
  it('uses the unit that reads best, in the language of the page', () => {
    expect(formatBytes(512, 'nl')).toBe('512 byte');
    expect(formatBytes(12 * 1024, 'nl')).toBe('12 kB');
    expect(formatBytes(3.4 * 1024 * 1024, 'nl')).toBe('3,4 MB');
    expect(formatBytes(3.4 * 1024 * 1024, 'en')).toBe('3.4 MB');
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
  });
});
