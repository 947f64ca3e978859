import { ERROR_MESSAGES, errorMessage } from './error-messages';

describe('ERROR_MESSAGES', () => {
  it('has the same placeholders in Dutch and English for every key', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, { nl, en }] of Object.entries(ERROR_MESSAGES)) {
      expect({ key, placeholders: placeholders(en) }).toEqual({ key, placeholders: placeholders(nl) });
    }
  });

  it('fills in the parameters', () => {
    expect(errorMessage('loginThrottled', 'en', { minutes: 15 })).toBe('Too many sign-in attempts. Try again in 15 minutes.');
    expect(errorMessage('loginThrottled', 'nl', { minutes: 15 })).toBe('Te veel aanmeldpogingen. Probeer opnieuw over 15 minuten.');
  });
});
