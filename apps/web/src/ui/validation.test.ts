import { describe, expect, it } from 'vitest';
import { email, httpsUrl, maxLength, minLength, password, required, validate } from './validation';

describe('checks', () => {
  it('required refuses empty and blank values', () => {
    expect(required('')).toEqual({ key: 'required' });
    expect(required('   ')).toEqual({ key: 'required' });
    expect(required('x')).toBeUndefined();
  });

  it('email wants one @ and a dot in the domain, and leaves empty to required', () => {
    expect(email('an@gemeente.be')).toBeUndefined();
    expect(email('an@gemeente')).toEqual({ key: 'email' });
    expect(email('an gemeente.be')).toEqual({ key: 'email' });
    expect(email('')).toBeUndefined();
  });

  it('minLength and maxLength carry their limit for the message', () => {
    expect(minLength(12)('kort')).toEqual({ key: 'minLength', min: 12 });
    expect(minLength(12)('')).toBeUndefined();
    expect(maxLength(3)('abcd')).toEqual({ key: 'maxLength', max: 3 });
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
    const problems = validate(
      { email: '', password: 'short', name: 'An' },
      { email: [required, email], password, name: [required] },
    );
    expect(problems).toEqual({ email: { key: 'required' }, password: { key: 'minLength', min: 12 } });
  });
});
