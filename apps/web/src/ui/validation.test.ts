import { INPUT_RULES } from '@ln/domain';
import { describe, expect, it } from 'vitest';
import { checkByInputRules, required, validate } from './validation';

describe('checks', () => {
  it('required refuses empty and blank values', () => {
    expect(required('')).toEqual({ key: 'required' });
    expect(required('   ')).toEqual({ key: 'required' });
    expect(required('x')).toBeUndefined();
  });
});

describe('validate', () => {
  it('gives the first problem of each field and nothing for valid fields', () => {
    const problems = validate({ title: '', name: 'An', type: ' ' }, { title: [required], name: [required], type: [required] });
    expect(problems).toEqual({ title: { key: 'required' }, type: { key: 'required' } });
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

  it('names a problem inside a list by its path, as the API does', () => {
    expect(
      checkByInputRules(INPUT_RULES.planMeeting, { title: 'Intervisie', location: 'Gent', agenda: [{ title: 'Welkom' }, { title: ' ' }] }),
    ).toEqual({ 'agenda.1.title': { key: 'required' } });
    expect(
      checkByInputRules(INPUT_RULES.publishPractice, { title: 'Ab', summary: 'Kort', body: 'Lang', links: ['https://a.be', 'ftp://b'] }),
    ).toEqual({
      title: { key: 'tooShort', min: 3 },
      'links.1': { key: 'url' },
    });
  });

  it('treats an empty optional text as nothing, and a given organisation name in an update as required', () => {
    expect(checkByInputRules(INPUT_RULES.updateOrganisation, { region: '' })).toEqual({});
    expect(checkByInputRules(INPUT_RULES.updateOrganisation, { name: '  ' })).toEqual({ name: { key: 'required' } });
  });
});
