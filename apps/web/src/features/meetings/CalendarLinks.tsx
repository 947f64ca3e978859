import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ActionError, LiveStatus } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { useViewer } from '../auth/viewer';
import { CALENDAR_FEED_URL_MUTATION, REVOKE_CALENDAR_FEED_MUTATION } from './mutations';

/**
 * iCalendar links: the public feed for everyone; a signed-in person can make a personal
 * (secret) link, make a new one (the old one stops working) or revoke it. The API shows
 * a link only when it is made, so it is shown here right after.
 */
export function CalendarLinks() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [createFeed] = useMutation(CALENDAR_FEED_URL_MUTATION);
  const [revokeFeed] = useMutation(REVOKE_CALENDAR_FEED_MUTATION);
  const [url, setUrl] = useState<string>();
  const [status, setStatus] = useState<string>();
  const create = useAction(async () => {
    const { data } = await createFeed();
    setUrl(data?.calendarFeedUrl);
    setStatus(t('meetings.ical.created'));
  });
  const revoke = useAction(async () => {
    await revokeFeed();
    setUrl(undefined);
    setStatus(t('meetings.ical.revoked'));
  });

  return (
    <section aria-labelledby="meetings-ical" className="section">
      <h2 id="meetings-ical">{t('meetings.ical.title')}</h2>
      <p>
        <a href="/calendar.ics">{t('meetings.ical.public')}</a>
      </p>
      <p className="muted">{t('meetings.ical.publicHint')}</p>
      {viewer && (
        <>
          <h3>{t('meetings.ical.personal')}</h3>
          <p className="muted">{t('meetings.ical.personalHint')}</p>
          {url && (
            <div className="field">
              <label htmlFor="personal-feed-url" className="field__label">
                {t('meetings.ical.linkLabel')}
              </label>
              <input id="personal-feed-url" type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
            </div>
          )}
          <div className="actions">
            <Button busy={create.busy} onClick={() => void create.run()}>
              {t(url ? 'meetings.ical.regenerate' : 'meetings.ical.create')}
            </Button>
            <Button variant="danger" busy={revoke.busy} onClick={() => void revoke.run()}>
              {t('meetings.ical.revoke')}
            </Button>
          </div>
          <ActionError message={create.error ?? revoke.error} />
          <LiveStatus message={status} />
        </>
      )}
    </section>
  );
}
