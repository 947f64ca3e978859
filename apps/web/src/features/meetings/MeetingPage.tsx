import './meetings.css';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileList } from '../files/FileList';
import { Link, useParams } from 'react-router';
import { NotFoundOrSignIn } from '../auth/SignInPrompt';
import { formatDateTimeRange } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { ExternalLink } from '../../ui/ExternalLink';
import { PageTitle } from '../../ui/PageTitle';
import { LoadError, Loading } from '../../ui/QueryState';
import { isMember, isStaff, useViewer } from '../auth/viewer';
import { ThreadList } from '../discussions/ThreadList';
import { AgendaList } from './AgendaList';
import { FacilitatorPanel } from './FacilitatorPanel';
import { MeetingBadges } from './MeetingBadges';
import { MeetingThemes } from './MeetingThemes';
import { Minutes, RenderedMarkdown } from './Minutes';
import { MEETING_QUERY, meetingDetailsOf } from './queries';
import { RegistrationPanel } from './RegistrationPanel';
import { useMeetingLive } from './useMeetingLive';
import { ButtonLink } from '../../ui/Button';

/** /ontmoetingsmomenten/:id — one meeting: when and where, agenda, registration (live), minutes, themes, discussions. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  // The time the page was opened: rendering stays pure (the page is over when it ended before that).
  const [openedAt] = useState(() => Date.now());
  const locale = useLocale();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(MEETING_QUERY, { variables: { id }, fetchPolicy: 'cache-and-network' });
  useMeetingLive(id, refetch);

  if (!data) return error ? <LoadError onRetry={() => void refetch()} /> : <Loading />;
  const meeting = meetingDetailsOf(data.meeting);
  if (!meeting) return <NotFoundOrSignIn />;
  const ended = Date.parse(meeting.endsAt) < openedAt;
  const member = isMember(viewer);
  // The minutes; for a meeting that is over they are what people come for, so they come first.
  const report = (
    <section aria-labelledby="meeting-minutes" className="section">
      <h2 id="meeting-minutes">{t('meetings.page.minutes')}</h2>
      {meeting.minutesHtml ? (
        <RenderedMarkdown html={meeting.minutesHtml} />
      ) : meeting.minutes ? (
        <Minutes minutes={meeting.minutes} />
      ) : (
        <p className="muted">{t('meetings.page.noMinutes')}</p>
      )}
      <FileList files={meeting.files} label={t('files.documents')} />
      {ended && (
        <p>
          <Link to={`/ontmoetingsmomenten/${meeting.id}/verslag`}>{t('meetings.page.reportPage')}</Link>
        </p>
      )}
    </section>
  );

  return (
    <>
      <PageTitle title={meeting.title} />
      <p>
        <MeetingBadges meeting={meeting} />
      </p>
      {meeting.cancelledAt && (
        <div role="status" className="notice notice--error">
          <p>{t('meetings.page.cancelledOn')}</p>
          {meeting.cancelReason && <p>{t('meetings.page.cancelReason', { reason: meeting.cancelReason })}</p>}
        </div>
      )}
      <dl className="facts">
        <div>
          <dt>{t('meetings.page.when')}</dt>
          <dd>
            <time dateTime={meeting.startsAt}>{formatDateTimeRange(meeting.startsAt, meeting.endsAt, locale)}</time>
          </dd>
        </div>
        {(meeting.location || meeting.onlineUrl) && (
          <div>
            <dt>{t('meetings.page.where')}</dt>
            <dd>
              {meeting.location}
              {meeting.location && meeting.onlineUrl && <br />}
              <ExternalLink href={meeting.onlineUrl}>{t('meetings.joinOnline')}</ExternalLink>
            </dd>
          </div>
        )}
      </dl>
      {isStaff(viewer?.role) && (
        <p>
          <ButtonLink to={`/ontmoetingsmomenten/${meeting.id}/bewerken`}>{t('meetings.page.edit')}</ButtonLink>
        </p>
      )}
      {member && ended && report}
      {meeting.description && (
        <section aria-labelledby="meeting-description" className="section">
          <h2 id="meeting-description">{t('meetings.page.description')}</h2>
          {meeting.descriptionHtml ? <RenderedMarkdown html={meeting.descriptionHtml} /> : <Minutes minutes={meeting.description} />}
        </section>
      )}
      <RegistrationPanel meeting={meeting} ended={ended} />
      <section aria-labelledby="meeting-agenda" className="section">
        <h2 id="meeting-agenda">{t('meetings.page.agenda')}</h2>
        <AgendaList agenda={meeting.agenda} />
      </section>
      {meeting.invitedOrganisations.length > 0 && (
        <section aria-labelledby="meeting-invited" className="section">
          <h2 id="meeting-invited">{t('meetings.page.invited')}</h2>
          <ul>
            {meeting.invitedOrganisations.map((organisation) => (
              <li key={organisation.id}>
                <Link to={`/organisaties/${organisation.id}`}>{organisation.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {member && !ended && report}
      <section aria-labelledby="meeting-themes" className="section">
        <h2 id="meeting-themes">{t('meetings.page.themes')}</h2>
        <MeetingThemes themes={meeting.themes} />
        <p>
          <Link to={`/themas?ontmoeting=${meeting.id}`}>{t('meetings.page.proposeThemes')}</Link>
          {' · '}
          <Link to={`/themas/bord?ontmoeting=${meeting.id}`}>{t('meetings.page.themeBoard')}</Link>
        </p>
      </section>
      {member && (
        <section aria-labelledby="meeting-discussions" className="section">
          <h2 id="meeting-discussions">{t('meetings.page.threads')}</h2>
          <ThreadList filter={{ meetingId: meeting.id }} />
        </section>
      )}
      <section aria-labelledby="meeting-downloads" className="section">
        <h2 id="meeting-downloads">{t('meetings.page.downloads')}</h2>
        <ul>
          {!ended && !meeting.cancelledAt && (
            <li>
              <a href={`/meetings/${meeting.id}.ics`}>{t('meetings.page.ics')}</a>
            </li>
          )}
          <li>
            <a href={`/meetings/${meeting.id}/report.md`} download>
              {t('meetings.page.reportMd')}
            </a>
          </li>
          {!(member && ended) && (
            <li>
              <Link to={`/ontmoetingsmomenten/${meeting.id}/verslag`}>{t('meetings.page.reportPage')}</Link>
            </li>
          )}
        </ul>
      </section>
      {isStaff(viewer?.role) && <FacilitatorPanel meeting={meeting} />}
      <p>
        <Link to="/ontmoetingsmomenten">{t('meetings.page.backToList')}</Link>
      </p>
    </>
  );
}
