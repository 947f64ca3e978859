import { screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { demoNetwork, meeting } from './fixtures';
import type { LandingPageQuery } from '../../gql/graphql';
import { LANDING_PAGE_QUERY } from './queries';

function landingMock(data: LandingPageQuery) {
  return { request: { query: LANDING_PAGE_QUERY }, result: { data }, delay: 5 };
}

describe('LandingPage', () => {
  it('explains the network, then shows the next meetings before anything else, and links to the members', async () => {
    renderApp({ mocks: [landingMock(demoNetwork())] });

    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Lerend Netwerk/);
    expect(screen.getByRole('status').textContent).toMatch(/laden/i);

    const meetings = await screen.findByRole('region', { name: 'Komende ontmoetingsmomenten' });
    expect(screen.queryByRole('status')).toBeNull();
    const first = within(meetings).getByRole('listitem', { name: 'Tweede bijeenkomst Lerend Netwerk' });
    const time = first.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-03-29T08:00:00Z');
    expect(time?.textContent.replace(/\s+/g, ' ')).toBe('zondag 29 maart 2026, 10:00–12:30');
    expect(within(first).getByText('Brussel, Havenlaan 88')).toBeTruthy();
    const webinar = within(meetings).getByRole('listitem', { name: 'Webinar draagvlak' });
    expect(within(webinar).getByRole('link', { name: 'Online deelnemen' }).getAttribute('href')).toBe('https://example.org/webinar');

    // Meetings and practices come before the longer story of the network; the members have their own page.
    const about = screen.getByRole('region', { name: 'Over het netwerk' });
    expect(meetings.compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      screen.getByRole('region', { name: 'Recentste goede praktijken' }).compareDocumentPosition(about) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(within(about).getByRole('link', { name: 'Bekijk alle 42 organisaties van het netwerk' }).getAttribute('href')).toBe('/leden');
    expect(screen.queryByRole('region', { name: 'Leden van het netwerk' })).toBeNull();
  });

  it('shows English labels and dates when the language is English', async () => {
    renderApp({ mocks: [landingMock(demoNetwork())], language: 'en' });

    const meetings = await screen.findByRole('region', { name: 'Upcoming meetings' });
    expect(screen.getByRole('link', { name: 'See all 42 organisations of the network' })).toBeTruthy();
    expect(meetings.querySelector('time')?.textContent.replace(/\s+/g, ' ')).toBe('Sunday, 29 March 2026, 10:00–12:30');
  });

  it('says so when there are no meetings', async () => {
    renderApp({
      mocks: [
        landingMock({
          organisations: { __typename: 'OrganisationConnection', totalCount: 0 },
          meetings: { __typename: 'MeetingConnection', nodes: [] },
        }),
      ],
    });
    expect(await screen.findByText('Er zijn momenteel geen ontmoetingsmomenten gepland.')).toBeTruthy();
  });

  it('does not link an online address that is not a web address', async () => {
    const data: LandingPageQuery = {
      organisations: { __typename: 'OrganisationConnection', totalCount: 0 },
      meetings: { __typename: 'MeetingConnection', nodes: [meeting({ id: 'x', title: 'Verdacht', onlineUrl: 'javascript:alert(1)' })] },
    };
    renderApp({ mocks: [landingMock(data)] });
    const item = await screen.findByRole('listitem', { name: 'Verdacht' });
    // The title links to the meeting's page and the .ics download is offered; the online address is not linked.
    expect(
      within(item)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/ontmoetingsmomenten/x', '/meetings/x.ics']);
  });

  it('shows an alert with a retry button when loading fails', async () => {
    renderApp({
      mocks: [{ request: { query: LANDING_PAGE_QUERY }, result: { errors: [new GraphQLError('boom')] } }, landingMock(demoNetwork())],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/konden niet geladen worden/);
    within(alert).getByRole('button', { name: 'Opnieuw proberen' }).click();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Komende ontmoetingsmomenten' })).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
