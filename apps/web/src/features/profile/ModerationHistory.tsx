import { useQuery } from '@apollo/client/react';
import { AuditAction } from '@ln/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { graphql } from '../../gql';

export const MY_MODERATION_QUERY = graphql(`
  query MyModerationLog {
    myModerationLog {
      id
      at
      action
      actorName
      details {
        name
        value
      }
    }
  }
`);

/** On /profiel: when a facilitator hid one of your contributions (and why), or showed it again. Nothing shown when none. */
export function ModerationHistory() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data } = useQuery(MY_MODERATION_QUERY, { fetchPolicy: 'cache-and-network' });
  const entries = data?.myModerationLog ?? [];
  if (entries.length === 0) return null;
  const detail = (entry: (typeof entries)[number], name: string) => entry.details.find((d) => d.name === name)?.value;

  return (
    <section aria-labelledby="profile-moderation" className="section">
      <h2 id="profile-moderation">{t('profile.moderation.title')}</h2>
      <p className="muted">{t('profile.moderation.lead')}</p>
      <ul className="plain-list">
        {entries.map((entry) => {
          const threadId = detail(entry, 'threadId');
          const reason = detail(entry, 'reason');
          const by = entry.actorName ?? t('admin.audit.formerMember');
          return (
            <li key={entry.id}>
              <time dateTime={entry.at}>{formatDateTime(entry.at, locale)}</time>:{' '}
              {t(entry.action === AuditAction.POST_HIDDEN ? 'profile.moderation.hidden' : 'profile.moderation.shown', { name: by })}
              {reason && <>: “{reason}”</>}
              {threadId && (
                <>
                  {' '}
                  <Link to={`/discussies/${threadId}`}>{t('profile.moderation.open')}</Link>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
