import { screen, waitFor } from '@testing-library/react';
import { NetworkRole } from '@ln/domain';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { viewerFixture } from '../../test/viewerMock';
import { MEMBERSHIP_REQUESTS_QUERY } from '../admin/requests/queries';

const noRequests = { request: { query: MEMBERSHIP_REQUESTS_QUERY }, result: { data: { membershipRequests: [] } } };

describe('facilitator guard on /beheer', () => {
  it('sends anonymous visitors to the login page, remembering where they were going', async () => {
    const { router } = renderApp({ path: '/beheer/rapporten' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/aanmelden'));
    expect(router.state.location.search).toBe('?terug=%2Fbeheer%2Frapporten');
  });

  it('tells a member that the page is not for them', async () => {
    renderApp({ path: '/beheer', viewer: viewerFixture({ role: NetworkRole.MEMBER }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeTruthy();
    expect(screen.queryByRole('navigation', { name: 'Beheer' })).toBeNull();
  });

  it('tells a registered person without membership the same', async () => {
    renderApp({ path: '/beheer', viewer: viewerFixture({ role: null, memberships: [] }) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeTruthy();
  });

  it.each([NetworkRole.FACILITATOR, NetworkRole.ADMIN])('opens the administration for %s', async (role) => {
    renderApp({ path: '/beheer', viewer: viewerFixture({ role }), mocks: [noRequests] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Beheer' })).toBeTruthy();
    expect(await screen.findByText('Er wachten geen aanvragen.')).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Beheer' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lidmaatschapsaanvragen' }).getAttribute('aria-current')).toBe('page');
  });
});

describe('header', () => {
  it('offers to sign in or register when anonymous', async () => {
    renderApp({ path: '/niet-bestaand' });
    expect(await screen.findByRole('link', { name: 'Aanmelden' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Registreren' })).toBeTruthy();
  });

  it("shows the viewer's name with a menu that has Beheer only for staff", async () => {
    renderApp({ path: '/niet-bestaand', viewer: viewerFixture({ role: NetworkRole.FACILITATOR }) });
    const button = await screen.findByRole('button', { name: /An Peeters/ });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await waitFor(() => expect(button.getAttribute('aria-expanded')).toBe('true'));
    expect(screen.getByRole('link', { name: 'Beheer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Afmelden' })).toBeTruthy();
  });
});
