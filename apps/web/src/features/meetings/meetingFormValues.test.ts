import { Visibility } from '@ln/domain';
import { describe, expect, it } from 'vitest';
import { newAgendaItem } from './agendaDraft';
import { checkMeetingForm, emptyMeetingForm, meetingFormFrom, meetingInput, type MeetingFormValues } from './meetingFormValues';

const now = new Date('2026-03-01T12:00:00Z');
const valid: MeetingFormValues = {
  ...emptyMeetingForm(),
  title: 'Tweede bijeenkomst',
  startsAt: '2026-03-29',
  startsAtTime: '10:00',
  endsAt: '2026-03-29',
  endsAtTime: '12:30',
  location: 'Brussel',
};
const check = (
  values: Partial<MeetingFormValues>,
  options = { now, startMustBeFuture: true },
  agenda = [newAgendaItem({ title: 'Welkom' })],
) => checkMeetingForm({ ...valid, ...values }, agenda, options);

describe('meeting form validation', () => {
  it('accepts a complete meeting', () => {
    expect(check({})).toEqual({});
  });

  it('refuses an empty title', () => {
    expect(check({ title: '   ' })).toEqual({ title: { key: 'required' } });
  });

  it('puts an end before (or at) the start on the end date', () => {
    expect(check({ endsAtTime: '09:00' })).toEqual({ endsAt: { key: 'endBeforeStart' } });
    expect(check({ endsAtTime: '10:00' })).toEqual({ endsAt: { key: 'endBeforeStart' } });
    expect(check({ endsAt: '2026-03-30', endsAtTime: '09:00' })).toEqual({});
  });

  it('refuses a start in the past, unless an existing start was not moved', () => {
    expect(check({ startsAt: '2026-02-01', endsAt: '2026-02-01' })).toEqual({ startsAt: { key: 'startInPast' } });
    expect(check({ startsAt: '2026-02-01', endsAt: '2026-02-01' }, { now, startMustBeFuture: false })).toEqual({});
  });

  it('names missing or impossible dates and times', () => {
    expect(check({ startsAt: '', endsAtTime: '' })).toEqual({ startsAt: { key: 'required' }, endsAtTime: { key: 'required' } });
    expect(check({ endsAt: '2026-02-30' })).toEqual({ endsAt: { key: 'date' } });
    expect(check({ startsAtTime: '24:10' })).toEqual({ startsAtTime: { key: 'time' } });
  });

  it('needs a location or an online link, and a real link', () => {
    expect(check({ location: '' })).toEqual({ location: { key: 'place' } });
    expect(check({ location: '', onlineUrl: 'https://meet.example/abc' })).toEqual({});
    expect(check({ onlineUrl: 'javascript:alert(1)' })).toEqual({ onlineUrl: { key: 'url' } });
  });

  it('takes a capacity from 1 up, or none', () => {
    expect(check({ capacity: '' })).toEqual({});
    expect(check({ capacity: '30' })).toEqual({});
    expect(check({ capacity: '0' })).toMatchObject({ capacity: { key: 'capacity' } });
    expect(check({ capacity: '2,5' })).toMatchObject({ capacity: { key: 'capacity' } });
  });

  it('names an agenda item without a title by its position, like the API', () => {
    expect(check({}, { now, startMustBeFuture: true }, [newAgendaItem({ title: 'Welkom' }), newAgendaItem()])).toEqual({
      'agenda.1.title': { key: 'required' },
    });
  });
});

describe('meeting form ↔ API', () => {
  it('sends Brussels wall times as UTC instants and empty fields as null', () => {
    const input = meetingInput({ ...valid, capacity: '25', onlineUrl: ' ' }, [
      newAgendaItem({ title: 'Welkom', presenterOrganisationId: 'org-1' }),
    ]);
    expect(input).toMatchObject({
      title: 'Tweede bijeenkomst',
      description: null,
      startsAt: '2026-03-29T08:00:00.000Z', // summer time had started that night
      endsAt: '2026-03-29T10:30:00.000Z',
      onlineUrl: null,
      capacity: 25,
      visibility: Visibility.MEMBERS,
      agenda: [{ id: null, title: 'Welkom', presenterOrganisationId: 'org-1' }],
    });
  });

  it('fills the form from a meeting in Brussels time', () => {
    const { values, agenda } = meetingFormFrom({
      title: 'Webinar',
      description: null,
      startsAt: '2026-10-31T23:30:00Z',
      endsAt: '2026-11-01T01:00:00Z',
      location: null,
      onlineUrl: 'https://meet.example/x',
      capacity: null,
      visibility: Visibility.PUBLIC,
      invitedOrganisations: [{ id: 'o1' }],
      agenda: [{ id: 'a1', title: 'Intro', presenter: { id: 'o1' } }],
    });
    expect(values).toMatchObject({
      startsAt: '2026-11-01',
      startsAtTime: '00:30',
      endsAt: '2026-11-01',
      endsAtTime: '02:00',
      capacity: '',
      invitedOrganisationIds: ['o1'],
    });
    expect(agenda).toMatchObject([{ id: 'a1', title: 'Intro', presenterOrganisationId: 'o1' }]);
  });
});
