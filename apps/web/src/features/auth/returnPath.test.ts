import { describe, expect, it } from 'vitest';
import { loginPathFor, safeReturnPath } from './returnPath';

describe('safeReturnPath', () => {
  it('keeps paths on this site', () => {
    expect(safeReturnPath('/beheer/rapporten?status=SUBMITTED')).toBe('/beheer/rapporten?status=SUBMITTED');
  });

  it('refuses other origins and falls back to the members area', () => {
    for (const value of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '', null]) {
      expect(safeReturnPath(value)).toBe('/ledenruimte');
    }
  });

  it('builds the login address with the page to return to', () => {
    expect(loginPathFor('/beheer')).toBe('/aanmelden?terug=%2Fbeheer');
  });
});
