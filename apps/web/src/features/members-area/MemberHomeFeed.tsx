import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Badge } from '../../ui/Badge';
import { NOTIFICATIONS_QUERY } from '../notifications/queries';
import { awaitsSubmission } from '../projects/reportStatus';
import { MEMBER_HOME_QUERY } from './queries';

/**
 * A member's home: what is new for them (live: the bell's subscription updates the same notifications), their next
 * meetings and whether they are registered, the themes they support, their project's next report, recent practices.
 */
export function MemberHomeFeed() {
  const { t } = useTranslation();
  const locale = useLocale();
  const notifications = useQuery(NOTIFICATIONS_QUERY);
  const { data } = useQuery(MEMBER_HOME_QUERY, { fetchPolicy: 'cache-and-network' });
  const unread = (notifications.data?.notifications.nodes ?? []).filter((notification) => !notification.readAt);
  const nextReports = (data?.pilotProjects ?? [])
    .filter((project) => project.viewerCanSubmit)
    .flatMap((project) => {
      const next = [...project.reports]
        .filter((report) => awaitsSubmission(report.status))
        .sort((a, b) => a.dueOn.localeCompare(b.dueOn))[0];
      return next ? [{ project, report: next }] : [];
    });

  return (
    <>
      <section aria-labelledby="home-new" className="section">
        <h2 id="home-new">{t('membersArea.home.new')}</h2>
        {unread.length === 0 ? (
          <p className="muted">{t('membersArea.home.nothingNew')}</p>
        ) : (
          <ul className="plain-list" aria-live="polite">
            {unread.map((notification) => (
              <li key={notification.id}>
                <Link to={notification.link}>{notification.subject}</Link>{' '}
                <span className="muted">
                  <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, locale)}</time>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-meetings" className="section">
        <h2 id="home-meetings">{t('membersArea.home.meetings')}</h2>
        {(data?.meetings.nodes.length ?? 0) === 0 ? (
          <p className="muted">{t('membersArea.home.noMeetings')}</p>
        ) : (
          <ul className="plain-list">
            {data?.meetings.nodes.map((meeting) => (
              <li key={meeting.id}>
                <Link to={`/ontmoetingsmomenten/${meeting.id}`}>{meeting.title}</Link>{' '}
                <time dateTime={meeting.startsAt}>{formatDateTime(meeting.startsAt, locale)}</time>{' '}
                {meeting.viewerRegistration && (
                  <Badge tone="success">{t(`membersArea.home.registration.${meeting.viewerRegistration}`)}</Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="home-themes" className="section">
        <h2 id="home-themes">{t('membersArea.home.themes')}</h2>
        {(data?.themes.nodes.length ?? 0) === 0 ? (
          <p className="muted">
            {t('membersArea.home.noThemes')} <Link to="/themas">{t('membersArea.home.toThemes')}</Link>
          </p>
        ) : (
          <ul className="plain-list">
            {data?.themes.nodes.map((theme) => (
              <li key={theme.id}>
                <Link to={`/themas/${theme.id}`}>{theme.title}</Link> <Badge tone="neutral">{t(`themes.status.${theme.status}`)}</Badge>
              </li>
            ))}
          </ul>
        )}
      </section>
      {nextReports.length > 0 && (
        <section aria-labelledby="home-reports" className="section">
          <h2 id="home-reports">{t('membersArea.home.reports')}</h2>
          <ul className="plain-list">
            {nextReports.map(({ project, report }) => (
              <li key={report.id}>
                <Link to={`/projecten/${project.id}`}>{project.title}</Link>: {t(`projects.reportKind.${report.kind}`)},{' '}
                {t('projects.report.due')} <time dateTime={report.dueOn}>{formatDate(report.dueOn, locale)}</time>{' '}
                <Badge tone={report.status === 'OVERDUE' ? 'danger' : 'neutral'}>{t(`projects.reportStatus.${report.status}`)}</Badge>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="home-practices" className="section">
        <h2 id="home-practices">{t('membersArea.home.practices')}</h2>
        <ul className="plain-list">
          {data?.practices.nodes.map((practice) => (
            <li key={practice.id}>
              <Link to={`/praktijken/${practice.slug}`}>{practice.title}</Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
