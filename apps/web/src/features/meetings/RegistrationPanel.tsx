import { RegistrationStatus } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Button } from '../../ui/Button';
import { ActionError, LiveStatus } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { loginPathFor } from '../auth/returnPath';
import { isMember, useViewer } from '../auth/viewer';
import { RegistrationCount } from './MeetingBadges';
import { useRegistration } from './mutations';
import type { MeetingLiveData } from './queries';

/**
 * The registrations count and capacity (live), the viewer's own state and the button to
 * register or cancel. A change made by someone else is announced politely.
 */
export function RegistrationPanel({ meeting, ended }: { meeting: MeetingLiveData; ended: boolean }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const location = useLocation();
  const { register, cancel } = useRegistration(meeting.id);
  const [status, setStatus] = useState<string>();
  const registerAction = useAction(async () => {
    const state = (await register())?.viewerRegistration;
    setStatus(t(state === RegistrationStatus.WAITLISTED ? 'meetings.page.waitlistedNow' : 'meetings.page.registeredNow'));
  });
  const cancelAction = useAction(async () => {
    await cancel();
    setStatus(t('meetings.page.cancelledNow'));
  });

  // Counts that change without an action of the viewer came in live: say so.
  const ownAction = registerAction.busy || cancelAction.busy;
  // Only a change of the count announces (noticed while rendering the new count, not in an effect after it).
  const [seenCount, setSeenCount] = useState(meeting.registrationCount);
  if (seenCount !== meeting.registrationCount) {
    setSeenCount(meeting.registrationCount);
    if (!ownAction) setStatus(t('meetings.page.liveUpdated', { count: meeting.registrationCount }));
  }

  const full = meeting.capacity !== null && meeting.registrationCount >= meeting.capacity;
  const state = meeting.viewerRegistration;
  const open = !meeting.cancelledAt && !ended;

  return (
    <section aria-labelledby="meeting-registration" className="section registration-panel">
      <h2 id="meeting-registration">{t('meetings.page.registration')}</h2>
      <p className="registration-panel__count" data-testid="registration-count">
        <RegistrationCount meeting={meeting} />
        {meeting.capacity === null && <span className="muted"> ({t('meetings.page.unlimited')})</span>}
      </p>
      {meeting.waitlistCount > 0 && <p>{t('meetings.page.waitlist', { count: meeting.waitlistCount })}</p>}
      {open && full && <p className="muted">{t('meetings.page.full')}</p>}
      {state === RegistrationStatus.REGISTERED && <p className="registration-panel__state">{t('meetings.registered')}</p>}
      {state === RegistrationStatus.WAITLISTED && (
        <p className="registration-panel__state">
          {meeting.viewerWaitlistPosition === null
            ? t('meetings.waitlisted')
            : t('meetings.page.waitlistPosition', { position: meeting.viewerWaitlistPosition })}
        </p>
      )}
      {open &&
        (!viewer ? (
          <p>
            <Link to={loginPathFor(location.pathname)}>{t('meetings.page.signInToRegister')}</Link>
          </p>
        ) : !isMember(viewer) ? (
          <p className="muted">{t('meetings.page.membersRegister')}</p>
        ) : state === RegistrationStatus.REGISTERED || state === RegistrationStatus.WAITLISTED ? (
          <Button busy={cancelAction.busy} onClick={() => void cancelAction.run()}>
            {t('meetings.page.cancelRegistration')}
          </Button>
        ) : (
          <Button variant="primary" busy={registerAction.busy} onClick={() => void registerAction.run()}>
            {t('meetings.page.register')}
          </Button>
        ))}
      <ActionError message={registerAction.error ?? cancelAction.error} />
      <LiveStatus message={status} />
    </section>
  );
}
