import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { viewerFixture } from '../../test/viewerMock';
import { LOGIN_MUTATION } from './useLogin';

const variables = { email: 'member@demo.test', password: 'demo-password-2026' };

function fillIn(email: string, password: string) {
  fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: password } });
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Aanmelden' }));
  });
}

describe('LoginPage', () => {
  it('checks the fields before sending: summary with links takes focus, fields point at their errors', async () => {
    renderApp({ path: '/aanmelden' });
    expect(screen.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeTruthy();
    fillIn('geen-adres', '');
    await submit();

    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('heading', { name: 'Er is een probleem' })).toBeTruthy();
    const link = within(summary).getByRole('link', { name: /^E-mailadres: Geef een geldig e-mailadres/ });
    expect(link.getAttribute('href')).toBe('#login-email');
    expect(within(summary).getByRole('link', { name: 'Wachtwoord: Vul dit veld in.' })).toBeTruthy();

    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const describedBy = email.getAttribute('aria-describedby')!;
    expect(document.getElementById(describedBy)?.textContent).toMatch(/Geef een geldig e-mailadres/);

    fireEvent.click(link);
    expect(document.activeElement).toBe(email);
  });

  it('shows a failed login (UNAUTHENTICATED) in an alert and keeps the person on the page', async () => {
    const { router } = renderApp({
      path: '/aanmelden',
      mocks: [
        {
          request: { query: LOGIN_MUTATION, variables },
          result: { errors: [new GraphQLError('E-mailadres of wachtwoord klopt niet.', { extensions: { code: 'UNAUTHENTICATED' } })] },
        },
      ],
    });
    fillIn(variables.email, variables.password);
    await submit();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Het e-mailadres of het wachtwoord klopt niet.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(router.state.location.pathname).toBe('/aanmelden');
  });

  it('says to wait when there were too many attempts (RATE_LIMITED)', async () => {
    renderApp({
      path: '/aanmelden',
      mocks: [
        {
          request: { query: LOGIN_MUTATION, variables },
          result: { errors: [new GraphQLError('Te veel pogingen.', { extensions: { code: 'RATE_LIMITED' } })] },
        },
      ],
    });
    fillIn(variables.email, variables.password);
    await submit();
    expect((await screen.findByRole('alert')).textContent).toMatch(/Te veel pogingen om aan te melden/);
  });

  it('goes back to the page in ?terug= after signing in, and never to another site', async () => {
    const mocks = [
      {
        request: { query: LOGIN_MUTATION, variables },
        result: { data: { login: { viewer: { id: 'u1', __typename: 'User' }, __typename: 'AuthPayload' } } },
      },
    ];
    const { router } = renderApp({ path: '/aanmelden?terug=%2Fprojecten', mocks });
    fillIn(variables.email, variables.password);
    await submit();
    await waitFor(() => expect(router.state.location.pathname).toBe('/projecten'));
  });

  it('is in English when the UI is English', () => {
    renderApp({ path: '/aanmelden', language: 'en' });
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByLabelText('E-mail address')).toBeTruthy();
  });
});

describe('LoginPage for someone already signed in', () => {
  it('sends them on to where they were going, without the form', async () => {
    const { router } = renderApp({ path: '/aanmelden?terug=%2Fprofiel', viewer: viewerFixture() });
    await waitFor(() => expect(router.state.location.pathname).toBe('/profiel'));
    expect(screen.queryByLabelText('Wachtwoord')).toBeNull();
  });
});
