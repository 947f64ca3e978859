import { brokenMeetingRules, LIMITS, Visibility } from '@ln/domain';
import { DomainError } from '../common/errors/domain-error';
import { validateMeeting } from './meeting-validation';

const NOW = Date.parse('2026-11-30T10:00:00Z');
const base = {
  startsAt: NOW + 3_600_000,
  endsAt: NOW + 7_200_000,
  location: 'Leuven',
  onlineUrl: '',
  capacity: null,
  agendaItems: 0,
  startMustBeFuture: true,
  now: NOW,
};

describe('brokenMeetingRules (shared by the API and the web form)', () => {
  it('accepts a well-formed meeting', () => {
    expect(brokenMeetingRules(base)).toEqual({});
  });

  it('names every broken rule by field', () => {
    expect(
      brokenMeetingRules({
        ...base,
        startsAt: NOW - 1,
        endsAt: NOW - 2,
        location: '',
        capacity: Number.NaN,
        agendaItems: LIMITS.agendaItemsMax + 1,
      }),
    ).toEqual({ startsAt: 'startInPast', endsAt: 'endBeforeStart', location: 'place', capacity: 'capacity', agenda: 'agendaSize' });
  });

  it('lets a start in the past stand when it does not move, and accepts an online link as the place', () => {
    expect(
      brokenMeetingRules({
        ...base,
        startsAt: NOW - 10,
        endsAt: NOW + 10,
        startMustBeFuture: false,
        location: '',
        onlineUrl: 'https://x.test',
      }),
    ).toEqual({});
    expect(brokenMeetingRules({ ...base, capacity: 0 })).toEqual({ capacity: 'capacity' });
    expect(brokenMeetingRules({ ...base, capacity: LIMITS.meetingCapacityMax })).toEqual({});
  });
});

describe('validateMeeting words the shared rules in the viewer language', () => {
  it('throws BAD_USER_INPUT with the English texts', () => {
    const draft = {
      title: 'Overleg',
      startsAt: new Date(NOW + 7_200_000),
      endsAt: new Date(NOW + 3_600_000),
      location: 'Gent',
      visibility: Visibility.PUBLIC,
    };
    try {
      validateMeeting(draft, 'en', { now: new Date(NOW), checkStart: true });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).fields).toEqual({ endsAt: 'The end must be after the start.' });
    }
  });
});
