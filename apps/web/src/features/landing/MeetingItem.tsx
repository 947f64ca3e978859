import { Visibility } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTimeRange } from '../../lib/dateFormat';
import { currentLocale } from '../../app/i18n';
import { Badge } from '../../ui/Badge';
import { ExternalLink, safeHttpUrl } from '../../ui/ExternalLink';
import { Card } from '../../ui/Card';
import { getFragmentData, graphql, type FragmentType } from '../../gql';

export const MEETING_ITEM_FRAGMENT = graphql(`
  fragment MeetingItem_meeting on Meeting {
    id
    title
    startsAt
    endsAt
    location
    onlineUrl
    visibility
  }
`);

/** An upcoming meeting: title, time in Brussels, where (and/or online). */
export function MeetingItem(props: { meeting: FragmentType<typeof MEETING_ITEM_FRAGMENT> }) {
  const meeting = getFragmentData(MEETING_ITEM_FRAGMENT, props.meeting);
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n.resolvedLanguage ?? i18n.language);
  const headingId = `meeting-${meeting.id}`;
  const onlineUrl = safeHttpUrl(meeting.onlineUrl);

  return (
    <Card accent aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        <Link to={`/ontmoetingsmomenten/${meeting.id}`}>{meeting.title}</Link>
      </h3>
      <p className="meeting__when">
        <time dateTime={meeting.startsAt}>{formatDateTimeRange(meeting.startsAt, meeting.endsAt, locale)}</time>
      </p>
      {meeting.visibility === Visibility.MEMBERS && (
        <p>
          <Badge>{t('landing.membersOnly')}</Badge>
        </p>
      )}
      {(meeting.location || onlineUrl) && (
        <dl className="meeting__where">
          {meeting.location && (
            <div>
              <dt>{t('landing.location')}</dt>
              <dd>{meeting.location}</dd>
            </div>
          )}
          {onlineUrl && (
            <div>
              <dt>{t('landing.online')}</dt>
              <dd>
                <ExternalLink href={onlineUrl}>{t('landing.joinOnline')}</ExternalLink>
              </dd>
            </div>
          )}
        </dl>
      )}
      {meeting.visibility === Visibility.PUBLIC && (
        <p>
          <a href={`/meetings/${meeting.id}.ics`} download aria-label={t('landing.addToCalendarOf', { title: meeting.title })}>
            {t('landing.addToCalendar')}
          </a>
        </p>
      )}
    </Card>
  );
}
