import { screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { demoNetwork, meeting } from './fixtures';
import { LANDING_PAGE_QUERY, type LandingPageData } from './queries';

function landingMock(data: LandingPageData) {
  return { request: { query: LANDING_PAGE_QUERY }, result: { data }, delay: 5 };
}

describe('LandingPage', () => {
  it('explains the network, then lists members and upcoming meetings', async () => {
    renderApp({ mocks: [landingMock(demoNetwork())] });

    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/Lerend Netwerk/);
    expect(screen.getByRole('status').textContent).toMatch(/laden/i);

    const members = await screen.findByRole('region', { name: 'Leden van het netwerk' });
    expect(screen.queryByRole('status')).toBeNull();

    const region = within(members).getByRole('listitem', { name: 'Welzijnsregio Noord-Limburg' });
    expect(within(region).getByText(/Welzijnsregio · Limburg/)).toBeTruthy();
    const ocmws = within(region).getByRole('list', { name: 'Leden van Welzijnsregio Noord-Limburg' });
    expect(within(ocmws).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'OCMW Bocholt (OCMW)',
      'OCMW Hamont-Achel (OCMW)',
      'OCMW Lommel (OCMW)',
    ]);
    // The OCMW's are listed only under their region, not again at the top level.
    expect(within(members).queryByRole('listitem', { name: 'OCMW Lommel' })).toBeNull();

    const project = within(members).getByRole('listitem', { name: 'Samenwerking Kempen' });
    expect(within(project).getByText('Gesubsidieerd pilootproject')).toBeTruthy();
    expect(within(project).getByText('Onthaalbeleid')).toBeTruthy();
    expect(within(project).getByText('Pilootproject: Samen onthalen in de Kempen')).toBeTruthy();
    expect(within(members).getAllByText('Gesubsidieerd pilootproject')).toHaveLength(1);

    expect(within(members).getByRole('heading', { level: 3, name: 'Coördinerende organisaties' })).toBeTruthy();
    expect(within(members).getByText('Vereniging van Vlaamse Steden en Gemeenten')).toBeTruthy();

    const meetings = screen.getByRole('region', { name: 'Komende ontmoetingsmomenten' });
    const first = within(meetings).getByRole('listitem', { name: 'Tweede bijeenkomst Lerend Netwerk' });
    const time = first.querySelector('time');
    expect(time?.getAttribute('datetime')).toBe('2026-03-29T08:00:00Z');
    expect(time?.textContent?.replace(/\s+/g, ' ')).toBe('zondag 29 maart 2026, 10:00–12:30');
    expect(within(first).getByText('Brussel, Havenlaan 88')).toBeTruthy();
    const webinar = within(meetings).getByRole('listitem', { name: 'Webinar draagvlak' });
    expect(within(webinar).getByRole('link', { name: 'Online deelnemen' }).getAttribute('href')).toBe(
      'https://example.org/webinar',
    );
  });

  it('shows English labels and dates when the language is English', async () => {
    renderApp({ mocks: [landingMock(demoNetwork())], language: 'en' });

    const members = await screen.findByRole('region', { name: 'Members of the network' });
    expect(within(members).getAllByText('Subsidised pilot project')).toHaveLength(1);
    expect(within(members).getByText(/Welfare region · Limburg/)).toBeTruthy();
    const meetings = screen.getByRole('region', { name: 'Upcoming meetings' });
    expect(meetings.querySelector('time')?.textContent?.replace(/\s+/g, ' ')).toBe('Sunday, 29 March 2026, 10:00–12:30');
  });

  it('says so when there are no members and no meetings', async () => {
    renderApp({
      mocks: [landingMock({ organisations: { totalCount: 0, nodes: [] }, meetings: { nodes: [] } })],
    });
    expect(await screen.findByText('Er zijn nog geen leden om te tonen.')).toBeTruthy();
    expect(screen.getByText('Er zijn momenteel geen ontmoetingsmomenten gepland.')).toBeTruthy();
  });

  it('does not link an online address that is not a web address', async () => {
    const data: LandingPageData = {
      organisations: { totalCount: 0, nodes: [] },
      meetings: { nodes: [meeting({ id: 'x', title: 'Verdacht', onlineUrl: 'javascript:alert(1)' })] },
    };
    renderApp({ mocks: [landingMock(data)] });
    const item = await screen.findByRole('listitem', { name: 'Verdacht' });
    // The title links to the meeting's page and the .ics download is offered; the online address is not linked.
    expect(within(item).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['/ontmoetingsmomenten/x', '/meetings/x.ics']);
  });

  it('shows an alert with a retry button when loading fails', async () => {
    renderApp({
      mocks: [
        { request: { query: LANDING_PAGE_QUERY }, result: { errors: [new GraphQLError('boom')] } },
        landingMock(demoNetwork()),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/konden niet geladen worden/);
    within(alert).getByRole('button', { name: 'Opnieuw proberen' }).click();
    await waitFor(() => expect(screen.getByRole('region', { name: 'Leden van het netwerk' })).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
