import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SuccessNotice } from '../../ui/Notice';
import { QueryResult } from '../../ui/QueryState';
import { useAction } from '../../ui/useAction';
import { groupKinds } from './kindGroups';
import { EMAIL_FREQUENCIES, NOTIFICATION_PREFERENCES_QUERY, SET_NOTIFICATION_PREFERENCE, type EmailFrequency } from './queries';

/**
 * Per kind of notification: only in the bell, or also by e-mail — at once, or bundled in a daily or weekly digest.
 * Every choice is saved when it is made and confirmed politely.
 */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const query = useQuery(NOTIFICATION_PREFERENCES_QUERY);
  const [mutate] = useMutation(SET_NOTIFICATION_PREFERENCE);
  const [savedKind, setSavedKind] = useState<string>();
  // The choice shows at once; it falls back to the saved one if saving fails.
  const [pending, setPending] = useState<{ kind: string; email: EmailFrequency }>();
  const save = useAction(async (kind: string, email: EmailFrequency) => {
    setSavedKind(undefined);
    setPending({ kind, email });
    try {
      await mutate({
        variables: { kind, email },
        update: (cache, { data }) => {
          if (data)
            cache.writeQuery({ query: NOTIFICATION_PREFERENCES_QUERY, data: { notificationPreferences: data.setNotificationPreference } });
        },
      });
    } finally {
      setPending(undefined);
    }
    setSavedKind(kind);
  });

  return (
    <QueryResult data={query.data?.notificationPreferences} error={query.error} onRetry={query.refetch}>
      {(preferences) => {
        const chosen = new Map(preferences.map((preference) => [preference.kind, preference.email]));
        const shown = (kind: string) => (pending?.kind === kind ? pending.email : chosen.get(kind));
        return (
          <div className="notification-settings">
            <p className="muted">{t('notificationSettings.lead')}</p>
            {save.error && (
              <div role="alert" className="notice notice--error">
                <p>{save.error}</p>
              </div>
            )}
            {savedKind && (
              <SuccessNotice>
                <p>
                  {t('notificationSettings.saved', { kind: t(`notificationSettings.kinds.${savedKind}`, { defaultValue: savedKind }) })}
                </p>
              </SuccessNotice>
            )}
            {groupKinds([...chosen.keys()]).map(({ group, kinds }) => (
              <section key={group} aria-labelledby={`notification-group-${group}`}>
                <h3 id={`notification-group-${group}`}>{t(`notificationSettings.groups.${group}`)}</h3>
                {kinds.map((kind) => (
                  <fieldset key={kind} className="choice-group" aria-busy={pending?.kind === kind}>
                    <legend>{t(`notificationSettings.kinds.${kind}`, { defaultValue: kind })}</legend>
                    {EMAIL_FREQUENCIES.map((frequency) => (
                      <label key={frequency} className="choice">
                        <input
                          type="radio"
                          name={`notification-${kind}`}
                          value={frequency}
                          checked={shown(kind) === frequency}
                          onChange={() => void save.run(kind, frequency)}
                        />{' '}
                        {t(`notificationSettings.frequency.${frequency}`)}
                      </label>
                    ))}
                  </fieldset>
                ))}
              </section>
            ))}
          </div>
        );
      }}
    </QueryResult>
  );
}
