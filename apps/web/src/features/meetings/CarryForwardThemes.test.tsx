import { MockedProvider } from '@apollo/client/testing/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo';
import { createI18n } from '../../app/i18n';
import { CarryForwardThemes } from './CarryForwardThemes';
import { CARRY_FORWARD_THEMES_MUTATION } from './mutations';
import { MEETINGS_QUERY } from './queries';

function summary(id: string, title: string, startsAt: string) {
  return {
    __typename: 'Meeting',
    id,
    title,
    startsAt,
    endsAt: startsAt,
    location: null,
    onlineUrl: null,
    visibility: 'MEMBERS',
    capacity: null,
    registrationCount: 0,
    viewerRegistration: null,
    cancelledAt: null,
  };
}

function details(id: string, title: string) {
  return {
    ...summary(id, title, '2026-05-10T08:00:00Z'),
    version: 2,
    waitlistCount: 0,
    viewerIsRegistered: false,
    viewerWaitlistPosition: null,
    cancelReason: null,
    description: null,
    minutes: null,
    agenda: [{ __typename: 'AgendaItem', id: 'a1', position: 1, title: 'Omgaan met weerstand', presenter: null }],
    themes: [],
    invitedOrganisations: [],
    attendingOrganisations: [],
  };
}

function upcoming(nodes: unknown[]) {
  return {
    request: { query: MEETINGS_QUERY, variables: { filter: { upcoming: true }, first: 20 } },
    result: {
      data: {
        meetings: {
          __typename: 'MeetingConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes,
        },
      },
    },
  };
}

function renderWith(mocks: unknown[]) {
  render(
    <I18nextProvider i18n={createI18n('nl')}>
      <MockedProvider cache={createCache()} mocks={mocks as never}>
        <MemoryRouter>
          <CarryForwardThemes meetingId="m1" startsAt="2026-03-29T08:00:00Z" />
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}

describe('CarryForwardThemes', () => {
  it('carries the adopted themes to the next meeting after this one', async () => {
    let called = 0;
    renderWith([
      upcoming([
        summary('m1', 'Deze', '2026-03-29T08:00:00Z'),
        summary('m2', 'Volgende', '2026-05-10T08:00:00Z'),
        summary('m3', 'Later', '2026-06-10T08:00:00Z'),
      ]),
      {
        request: { query: CARRY_FORWARD_THEMES_MUTATION, variables: { fromMeetingId: 'm1', toMeetingId: 'm2' } },
        result: () => {
          called += 1;
          return { data: { carryForwardThemes: details('m2', 'Volgende') } };
        },
      },
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Naar Volgende' }));
    expect(await screen.findByText('De aangenomen thema’s staan op de agenda van „Volgende”.')).toBeTruthy();
    expect(called).toBe(1);
  });

  it('says so when no later meeting is planned', async () => {
    renderWith([upcoming([summary('m1', 'Deze', '2026-03-29T08:00:00Z')])]);
    expect(await screen.findByText('Er is nog geen volgend ontmoetingsmoment gepland.')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
