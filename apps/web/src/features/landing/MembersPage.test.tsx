import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { demoMembers } from './fixtures';
import { MEMBERS_PAGE_QUERY } from './queries';

const membersMock = () => ({ request: { query: MEMBERS_PAGE_QUERY }, result: { data: demoMembers() }, delay: 5 });

describe('MembersPage (/leden)', () => {
  it('lists the top-level organisations by group, with their members nested', async () => {
    renderApp({ path: '/leden', mocks: [membersMock()] });
    expect(screen.getByRole('heading', { level: 1, name: 'Leden van het netwerk' })).toBeTruthy();

    const members = await screen.findByRole('region', { name: 'Leden van het netwerk' });
    const region = within(members).getByRole('listitem', { name: 'Welzijnsregio Noord-Limburg' });
    expect(within(region).getByText(/Welzijnsregio · Limburg/)).toBeTruthy();
    const ocmws = within(region).getByRole('list', { name: 'Leden van Welzijnsregio Noord-Limburg' });
    expect(
      within(ocmws)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['OCMW Bocholt (OCMW)', 'OCMW Hamont-Achel (OCMW)', 'OCMW Lommel (OCMW)']);
    // The OCMW's are listed only under their region, not again at the top level.
    expect(within(members).queryByRole('listitem', { name: 'OCMW Lommel' })).toBeNull();

    const project = within(members).getByRole('listitem', { name: 'Samenwerking Kempen' });
    expect(within(project).getByText('Gesubsidieerd pilootproject')).toBeTruthy();
    expect(within(project).getByText('Onthaalbeleid')).toBeTruthy();
    expect(within(project).getByText('Pilootproject: Samen onthalen in de Kempen')).toBeTruthy();
    expect(within(members).getAllByText('Gesubsidieerd pilootproject')).toHaveLength(1);

    expect(within(members).getByRole('heading', { level: 2, name: 'Coördinerende organisaties' })).toBeTruthy();
    expect(within(members).getByText('Vereniging van Vlaamse Steden en Gemeenten')).toBeTruthy();
  });

  it('shows English labels when the language is English', async () => {
    renderApp({ path: '/leden', mocks: [membersMock()], language: 'en' });
    const members = await screen.findByRole('region', { name: 'Members of the network' });
    expect(within(members).getAllByText('Subsidised pilot project')).toHaveLength(1);
    expect(within(members).getByText(/Welfare region · Limburg/)).toBeTruthy();
  });

  it('says so when there are no members', async () => {
    renderApp({
      path: '/leden',
      mocks: [{ request: { query: MEMBERS_PAGE_QUERY }, result: { data: { organisations: { totalCount: 0, nodes: [] } } } }],
    });
    expect(await screen.findByText('Er zijn nog geen leden om te tonen.')).toBeTruthy();
  });
});
