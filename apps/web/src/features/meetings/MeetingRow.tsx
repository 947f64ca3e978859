import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTimeRange } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { MeetingBadges, RegistrationCount } from './MeetingBadges';
import type { MeetingSummaryData } from './queries';
import { Card } from '../../ui/Card';

export const meetingPath = (id: string) => `/ontmoetingsmomenten/${id}`;

/** One meeting in a list: title (link), time in Brussels, place, registrations. */
export function MeetingRow({ meeting, headingLevel = 3 }: { meeting: MeetingSummaryData; headingLevel?: 3 | 4 }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const headingId = `meeting-row-${meeting.id}`;
  return (
    <Card accent aria-labelledby={headingId}>
      <Heading id={headingId} className="card__title">
        <Link to={meetingPath(meeting.id)}>{meeting.title}</Link>
      </Heading>
      <p className="meeting__when">
        <time dateTime={meeting.startsAt}>{formatDateTimeRange(meeting.startsAt, meeting.endsAt, locale)}</time>
      </p>
      <p className="card__meta">
        <MeetingBadges meeting={meeting} /> {meeting.location && <span>{meeting.location}</span>}
        {meeting.location && meeting.onlineUrl && ' · '}
        {meeting.onlineUrl && <span>{t('meetings.online')}</span>}
        {' · '}
        <span>
          <RegistrationCount meeting={meeting} />
        </span>
      </p>
    </Card>
  );
}
