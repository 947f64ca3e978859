import { INPUT_RULES } from '@ln/domain';
import { describe, expect, it } from 'vitest';
import { checkByInputRules, httpsUrl, maxLength, required, validate } from './validation';

describe('checks', () => {
  it('required refuses empty and blank values', () => {
    expect(required('')).toEqual({ key: 'required' });
    expect(required('   ')).toEqual({ key: 'required' });
    expect(required('x')).toBeUndefined();
  });

  it('maxLength carries its limit for the message', () => {
    expect(maxLength(3)('abcd')).toEqual({ key: 'tooLong', max: 3 });
    expect(maxLength(3)('abc')).toBeUndefined();
  });

  it('httpsUrl accepts only full https links', () => {
    expect(httpsUrl('https://example.org/rapport.pdf')).toBeUndefined();
    expect(httpsUrl('')).toBeUndefined();
    expect(httpsUrl('http://example.org')).toEqual({ key: 'httpsUrl' });
    expect(httpsUrl('javascript:alert(1)')).toEqual({ key: 'httpsUrl' });
    expect(httpsUrl('example.org')).toEqual({ key: 'httpsUrl' });
  });
});

describe('validate', () => {
  it('gives the first problem of each field and nothing for valid fields', () => {
    const problems = validate({ title: '', name: 'An', code: 'abcd' }, { title: [required], name: [required], code: [maxLength(3)] });
    expect(problems).toEqual({ title: { key: 'required' }, code: { key: 'tooLong', max: 3 } });
  });
});

describe('the shared input rules (the API checks the same)', () => {
  it('gives the first problem of each field of an input, with its limit', () => {
    expect(checkByInputRules(INPUT_RULES.register, { email: 'an@gemeente', password: 'kort', displayName: '  ' })).toEqual({
      email: { key: 'email' },
      password: { key: 'tooShort', min: 12 },
      displayName: { key: 'required' },
    });
    expect(
      checkByInputRules(INPUT_RULES.register, { email: ' An@Gemeente.be ', password: 'een-lang-wachtwoord', displayName: 'An' }),
    ).toEqual({});
  });

  it('accepts an empty link or a full http(s) link for a report, and says how long a summary may be', () => {
    const long = 'x'.repeat(20_001);
    expect(checkByInputRules(INPUT_RULES.submitProjectReport, { summary: long, link: 'javascript:alert(1)' })).toEqual({
      summary: { key: 'tooLong', max: 20_000 },
      link: { key: 'url' },
    });
    expect(checkByInputRules(INPUT_RULES.submitProjectReport, { summary: 'Voortgang', link: '' })).toEqual({});
    expect(checkByInputRules(INPUT_RULES.submitProjectReport, { summary: 'Voortgang', link: 'http://example.org/r.pdf' })).toEqual({});
  });
});
