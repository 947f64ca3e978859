import { fireEvent, screen, waitFor } from '@testing-library/react';
import { NetworkRole } from '@ln/domain';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { viewerFixture } from '../../test/viewerMock';
import { ORGANISATION_OPTIONS_QUERY } from '../organisations/OrganisationSelect';
import type { MeetingInput } from './meetingFormValues';
import { PLAN_MEETING_MUTATION } from './mutations';

const facilitator = viewerFixture({ role: NetworkRole.FACILITATOR });
const organisations = {
  request: { query: ORGANISATION_OPTIONS_QUERY },
  result: {
    data: {
      organisations: {
        __typename: 'OrganisationConnection',
        nodes: [{ __typename: 'Organisation', id: 'o1', name: 'Welzijnsregio Noord-Limburg', type: 'WELFARE_REGION' }],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });
}

function fillValidMeeting() {
  fill('Titel', 'Derde bijeenkomst');
  fill('Begindatum', '2099-03-29');
  fill('Beginuur', '10:00');
  fill('Einddatum', '2099-03-29');
  fill('Einduur', '12:00');
  fill('Locatie', 'Brussel');
}

describe('plan a meeting: the form', () => {
  it('shows an end before the start next to the end date, in Dutch, and sends nothing', async () => {
    const sent: MeetingInput[] = [];
    renderApp({
      path: '/ontmoetingsmomenten/nieuw',
      viewer: facilitator,
      mocks: [
        organisations,
        {
          request: { query: PLAN_MEETING_MUTATION, variables: (v: { input: MeetingInput }) => (sent.push(v.input), true) },
          result: { errors: [new GraphQLError('x')] },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Ontmoetingsmoment plannen' });
    fillValidMeeting();
    fill('Einduur', '09:00');
    fill('Titel', ' ');
    fireEvent.click(screen.getByRole('button', { name: 'Ontmoetingsmoment plannen' }));

    const end = screen.getByLabelText('Einddatum', { exact: true });
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(end.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toContain(
      'Het einde moet na het begin liggen.',
    );
    expect(screen.getByLabelText('Titel', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('link', { name: 'Einddatum: Het einde moet na het begin liggen.' })).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('speaks English when the viewer chose English', async () => {
    renderApp({ path: '/ontmoetingsmomenten/nieuw', viewer: facilitator, language: 'en', mocks: [organisations] });
    await screen.findByRole('heading', { level: 1, name: 'Plan a meeting' });
    fireEvent.change(screen.getByLabelText('Start date', { exact: true }), { target: { value: '2099-03-29' } });
    fireEvent.change(screen.getByLabelText('Start time', { exact: true }), { target: { value: '10:00' } });
    fireEvent.change(screen.getByLabelText('End date', { exact: true }), { target: { value: '2099-03-28' } });
    fireEvent.change(screen.getByLabelText('End time', { exact: true }), { target: { value: '10:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Plan meeting' }));
    expect(screen.getByRole('link', { name: 'End date: The end must be after the start.' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Location: Enter a location or an online link.' })).toBeTruthy();
  });

  it('sends Brussels times as UTC and puts the API field errors next to their fields', async () => {
    const sent: MeetingInput[] = [];
    renderApp({
      path: '/ontmoetingsmomenten/nieuw',
      viewer: facilitator,
      mocks: [
        organisations,
        {
          request: { query: PLAN_MEETING_MUTATION, variables: (v: { input: MeetingInput }) => (sent.push(v.input), true) },
          result: {
            errors: [
              new GraphQLError('Controleer de gemarkeerde velden.', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: { startsAt: 'Het begin ligt in het verleden.', 'agenda.0.title': 'Maximaal 200 tekens.' },
                },
              }),
            ],
          },
        },
      ],
    });
    await screen.findByRole('heading', { level: 1, name: 'Ontmoetingsmoment plannen' });
    fillValidMeeting();
    fireEvent.click(screen.getByRole('button', { name: 'Agendapunt toevoegen' }));
    fill('Titel van agendapunt 1', 'Welkom');
    fireEvent.click(screen.getByRole('button', { name: 'Ontmoetingsmoment plannen' }));

    await waitFor(() => expect(screen.getByLabelText('Begindatum', { exact: true }).getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('link', { name: 'Begindatum: Het begin ligt in het verleden.' })).toBeTruthy();
    expect(screen.getByLabelText('Titel van agendapunt 1', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(sent[0]).toMatchObject({
      startsAt: '2099-03-29T08:00:00.000Z',
      endsAt: '2099-03-29T10:00:00.000Z',
      agenda: [{ title: 'Welkom', id: null, presenterOrganisationId: null }],
    });
  });
});
