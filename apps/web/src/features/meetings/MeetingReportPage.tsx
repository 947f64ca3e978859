import './meetings.css';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundOrSignIn } from '../auth/SignInPrompt';
import { formatDateTimeRange } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Button } from '../../ui/Button';
import { PageTitle } from '../../ui/PageTitle';
import { LoadError, Loading } from '../../ui/QueryState';
import { isMember, isStaff, useViewer } from '../auth/viewer';
import { AgendaList } from './AgendaList';
import { MeetingThemes } from './MeetingThemes';
import { MeetingThreads } from './MeetingThreads';
import { Minutes, RenderedMarkdown } from './Minutes';
import { MEETING_QUERY, MEETING_REGISTRATIONS_QUERY, meetingDetailsOf } from './queries';

/** Facilitators: who was there, by name. */
function AttendeeNames({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(MEETING_REGISTRATIONS_QUERY, { variables: { id: meetingId } });
  const present = data?.meeting?.registrations.filter((registration) => registration.attended) ?? [];
  if (!data) return null;
  return (
    <>
      <p>{t('meetings.report.attendanceCount', { count: present.length })}</p>
      <ul className="report__attendees">
        {present.map((registration) => (
          <li key={registration.id}>{registration.user.displayName}</li>
        ))}
      </ul>
    </>
  );
}

/** /ontmoetingsmomenten/:id/verslag — the report to print: agenda, minutes, attendance, themes, threads. */
export function MeetingReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(MEETING_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  if (!data) return error ? <LoadError onRetry={() => void refetch()} /> : <Loading />;
  const meeting = meetingDetailsOf(data.meeting);
  if (!meeting) return <NotFoundOrSignIn />;

  return (
    <article className="meeting-report">
      <PageTitle title={t('meetings.report.title', { title: meeting.title })} />
      <p>
        <time dateTime={meeting.startsAt}>{formatDateTimeRange(meeting.startsAt, meeting.endsAt, locale)}</time>
        {meeting.location && ` · ${meeting.location}`}
      </p>
      <p className="no-print actions">
        <Button variant="primary" onClick={() => window.print()}>
          {t('meetings.report.print')}
        </Button>{' '}
        <Link to={`/ontmoetingsmomenten/${meeting.id}`}>{t('meetings.report.back')}</Link>
      </p>
      <section aria-labelledby="report-agenda">
        <h2 id="report-agenda">{t('meetings.page.agenda')}</h2>
        <AgendaList agenda={meeting.agenda} />
      </section>
      {isMember(viewer) && (
        <section aria-labelledby="report-minutes">
          <h2 id="report-minutes">{t('meetings.page.minutes')}</h2>
          {meeting.minutesHtml ? (
            <RenderedMarkdown html={meeting.minutesHtml} />
          ) : meeting.minutes ? (
            <Minutes minutes={meeting.minutes} />
          ) : (
            <p>{t('meetings.page.noMinutes')}</p>
          )}
        </section>
      )}
      {isMember(viewer) && (
        <section aria-labelledby="report-attendance">
          <h2 id="report-attendance">{t('meetings.report.attendance')}</h2>
          {meeting.attendingOrganisations.length === 0 ? (
            <p>{t('meetings.report.noAttendance')}</p>
          ) : (
            <ul>
              {meeting.attendingOrganisations.map((organisation) => (
                <li key={organisation.id}>{organisation.name}</li>
              ))}
            </ul>
          )}
          {isStaff(viewer.role) && <AttendeeNames meetingId={meeting.id} />}
        </section>
      )}
      <section aria-labelledby="report-themes">
        <h2 id="report-themes">{t('meetings.page.themes')}</h2>
        <MeetingThemes themes={meeting.themes} />
      </section>
      {isMember(viewer) && (
        <section aria-labelledby="report-threads">
          <h2 id="report-threads">{t('meetings.report.threads')}</h2>
          <MeetingThreads meetingId={meeting.id} />
        </section>
      )}
    </article>
  );
}
