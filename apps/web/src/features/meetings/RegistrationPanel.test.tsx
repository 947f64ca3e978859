import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { RegistrationStatus } from '@ln/domain';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo';
import { createI18n } from '../../app/i18n';
import type { Viewer } from '../auth/viewer';
import { viewerFixture, viewerMock } from '../../test/viewerMock';
import type { MeetingLiveData } from './queries';
import { RegistrationPanel } from './RegistrationPanel';

const base: MeetingLiveData = {
  __typename: 'Meeting',
  id: 'm1',
  version: 1,
  capacity: 2,
  registrationCount: 2,
  waitlistCount: 3,
  viewerIsRegistered: false,
  viewerRegistration: null,
  viewerWaitlistPosition: null,
  cancelledAt: null,
  cancelReason: null,
};

function panel(meeting: MeetingLiveData, viewer: Viewer | null, ended = false) {
  return (
    <I18nextProvider i18n={createI18n('nl')}>
      <MockedProvider cache={createCache()} mocks={[viewerMock(viewer)]}>
        <MemoryRouter>
          <RegistrationPanel meeting={meeting} ended={ended} />
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>
  );
}

describe('RegistrationPanel', () => {
  it('shows the count against the capacity, the waiting list and the viewer’s place on it', async () => {
    render(panel({ ...base, viewerRegistration: RegistrationStatus.WAITLISTED, viewerWaitlistPosition: 2 }, viewerFixture()));
    expect(screen.getByTestId('registration-count').textContent).toContain('2 van 2 plaatsen ingenomen');
    expect(screen.getByText('3 personen op de wachtlijst')).toBeTruthy();
    expect(screen.getByText('Je staat op de wachtlijst, op plaats 2.')).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Uitschrijven' })).toBeTruthy();
  });

  it('offers registration to members, sign-in to visitors, nothing once cancelled', async () => {
    const { rerender, unmount } = render(panel({ ...base, capacity: null, registrationCount: 4, waitlistCount: 0 }, viewerFixture()));
    expect(await screen.findByRole('button', { name: 'Inschrijven' })).toBeTruthy();
    expect(screen.getByTestId('registration-count').textContent).toContain('4 ingeschreven');
    rerender(panel({ ...base, cancelledAt: '2026-03-01T10:00:00Z' }, viewerFixture()));
    expect(screen.queryByRole('button', { name: 'Inschrijven' })).toBeNull();
    unmount();
    render(panel(base, null));
    expect(await screen.findByRole('link', { name: 'Meld je aan om je in te schrijven.' })).toBeTruthy();
  });

  it('announces a count that changed live', async () => {
    const { rerender } = render(panel(base, viewerFixture()));
    await screen.findByRole('button', { name: 'Inschrijven' });
    rerender(panel({ ...base, registrationCount: 1 }, viewerFixture()));
    expect(screen.getByRole('status').textContent).toBe('Inschrijvingen bijgewerkt: 1 ingeschreven.');
  });
});
