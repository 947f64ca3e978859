import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../ui/QueryState';
import type { LandingPageQuery } from '../../gql/graphql';
import { MeetingItem } from './MeetingItem';

/** "Komende ontmoetingsmomenten": the next public meetings. */
export function MeetingsSection({ meetings }: { meetings: LandingPageQuery['meetings']['nodes'] }) {
  const { t } = useTranslation();
  return (
    <section id="ontmoetingsmomenten" aria-labelledby="ontmoetingsmomenten-title" className="section">
      <h2 id="ontmoetingsmomenten-title">{t('landing.meetingsTitle')}</h2>
      {meetings.length === 0 ? (
        <EmptyState>{t('landing.meetingsEmpty')}</EmptyState>
      ) : (
        <>
          <p className="section__intro">{t('landing.meetingsTimeZone')}</p>
          <ul className="card-list card-list--single">
            {meetings.map((meeting) => (
              <MeetingItem key={meeting.id} meeting={meeting} />
            ))}
          </ul>
        </>
      )}
      <p className="section__more">
        <Link to="/ontmoetingsmomenten">{t('landing.allMeetings')}</Link>
        <a href="/calendar.ics">{t('site.calendarFeed')}</a>
      </p>
    </section>
  );
}
