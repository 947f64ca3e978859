import { RegistrationStatus, Visibility } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Badge } from '../../ui/Badge';
import type { MeetingSummaryData } from './queries';

/** Cancelled, members-only and the viewer's own registration, beside a meeting's title. */
export function MeetingBadges({ meeting }: { meeting: Pick<MeetingSummaryData, 'cancelledAt' | 'visibility' | 'viewerRegistration'> }) {
  const { t } = useTranslation();
  return (
    <>
      {meeting.cancelledAt && <Badge tone="danger">{t('meetings.cancelled')}</Badge>}{' '}
      {meeting.visibility === Visibility.MEMBERS && <Badge>{t('meetings.membersOnly')}</Badge>}{' '}
      {meeting.viewerRegistration === RegistrationStatus.REGISTERED && <Badge tone="success">{t('meetings.registered')}</Badge>}
      {meeting.viewerRegistration === RegistrationStatus.WAITLISTED && <Badge tone="warning">{t('meetings.waitlisted')}</Badge>}
    </>
  );
}

/** "12 van 30 plaatsen ingenomen" or "12 ingeschreven". */
export function RegistrationCount({ meeting }: { meeting: { registrationCount: number; capacity: number | null } }) {
  const { t } = useTranslation();
  return (
    <>
      {meeting.capacity === null
        ? t('meetings.registrations', { count: meeting.registrationCount })
        : t('meetings.registrationsOf', { count: meeting.registrationCount, capacity: meeting.capacity })}
    </>
  );
}
