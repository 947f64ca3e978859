import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OrganisationType } from '@ln/domain';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { ORGANISATION_OPTIONS_QUERY } from '../organisations/OrganisationSelect';
import { REGISTER_MUTATION, type RegisterInput } from './useRegister';

const organisationsMock = {
  request: { query: ORGANISATION_OPTIONS_QUERY },
  result: {
    data: {
      organisations: {
        __typename: 'OrganisationConnection',
        nodes: [
          { __typename: 'Organisation', id: 'o2', name: 'OCMW Demo Noord-Limburg 1', type: OrganisationType.OCMW },
          { __typename: 'Organisation', id: 'o1', name: 'Welzijnsregio Noord-Limburg', type: OrganisationType.WELFARE_REGION },
          { __typename: 'Organisation', id: 'o3', name: 'Samenwerkingsverband Demo A', type: OrganisationType.PARTNERSHIP },
        ],
      },
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const input: RegisterInput = {
  email: 'nieuw@gemeente.be',
  password: 'een lang wachtwoord',
  displayName: 'Nieuwe Collega',
  organisationId: 'o1',
  message: 'Ik coördineer de opvang.',
};

function registerMock(result: object) {
  return { request: { query: REGISTER_MUTATION, variables: { input } }, result };
}

async function fillInAndSubmit(overrides: Partial<Record<string, string>> = {}) {
  const values = { email: input.email, password: input.password, displayName: input.displayName, ...overrides };
  fireEvent.change(screen.getByLabelText('E-mailadres'), { target: { value: values.email } });
  fireEvent.change(screen.getByLabelText('Wachtwoord'), { target: { value: values.password } });
  fireEvent.change(screen.getByLabelText('Naam'), { target: { value: values.displayName } });
  const organisation = screen.getByLabelText('Organisatie (niet verplicht)');
  await screen.findByRole('option', { name: 'Welzijnsregio Noord-Limburg' });
  fireEvent.change(organisation, { target: { value: 'o1' } });
  fireEvent.change(screen.getByLabelText('Bericht voor de facilitator (niet verplicht)'), { target: { value: input.message } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Account aanmaken' }));
  });
}

describe('RegisterPage', () => {
  it('groups the organisations by type', async () => {
    renderApp({ path: '/registreren', mocks: [organisationsMock] });
    await screen.findByRole('option', { name: 'Welzijnsregio Noord-Limburg' });
    const groups = [...document.querySelectorAll('optgroup')].map((group) => group.label);
    expect(groups).toEqual(['Intergemeentelijk samenwerkingsverband', 'Welzijnsregio', 'OCMW']);
  });

  it('asks for a password of at least 12 characters before sending', async () => {
    renderApp({ path: '/registreren', mocks: [organisationsMock] });
    await fillInAndSubmit({ password: 'te kort' });
    const summary = screen.getByRole('alert');
    expect(document.activeElement).toBe(summary);
    expect(within(summary).getByRole('link', { name: 'Wachtwoord: Minstens 12 tekens.' })).toBeTruthy();
    expect(screen.getByLabelText('Wachtwoord').getAttribute('aria-invalid')).toBe('true');
  });

  it("shows the API's field errors (BAD_USER_INPUT) next to their fields", async () => {
    renderApp({
      path: '/registreren',
      mocks: [
        organisationsMock,
        registerMock({
          errors: [
            new GraphQLError('Controleer de gemarkeerde velden.', {
              extensions: { code: 'BAD_USER_INPUT', fields: { email: 'Er bestaat al een account met dit e-mailadres.' } },
            }),
          ],
        }),
      ],
    });
    await fillInAndSubmit();
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'E-mailadres: Er bestaat al een account met dit e-mailadres.' })).toBeTruthy();
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(email.getAttribute('aria-describedby')!)?.textContent).toContain('Er bestaat al een account');
  });

  it('registers with the chosen organisation and opens the members area', async () => {
    const { router } = renderApp({
      path: '/registreren',
      mocks: [
        organisationsMock,
        registerMock({ data: { register: { __typename: 'AuthPayload', viewer: { __typename: 'User', id: 'u9' } } } }),
      ],
    });
    await fillInAndSubmit();
    await waitFor(() => expect(router.state.location.pathname).not.toBe('/registreren'));
    // The mocked viewer stays anonymous, so the members area sends on to the login page.
    expect(['/ledenruimte', '/aanmelden']).toContain(router.state.location.pathname);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
