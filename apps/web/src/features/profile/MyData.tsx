import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Button, buttonClass } from '../../ui/Button';
import { ActionError, LiveStatus } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { graphql } from '../../gql';

export const MY_DATA_EXPORTS_QUERY = graphql(`
  query MyDataExports {
    myDataExports {
      id
      requestedAt
      readyAt
      expiresAt
      size
      url
    }
  }
`);

export const REQUEST_MY_DATA_MUTATION = graphql(`
  mutation RequestMyData {
    requestMyData {
      id
    }
  }
`);

/** While a file is being made, the list looks again every few seconds (the notification bell says so too). */
const POLL_MS = 3_000;

/** On /profiel: ask for everything the platform holds about you, as a ZIP made in the background. */
export function MyData() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, refetch, startPolling, stopPolling } = useQuery(MY_DATA_EXPORTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [requestMyData] = useMutation(REQUEST_MY_DATA_MUTATION);
  const exports = data?.myDataExports ?? [];
  const making = exports.some((found) => !found.readyAt);
  useEffect(() => {
    if (!making) return;
    startPolling(POLL_MS);
    return stopPolling;
  }, [making, startPolling, stopPolling]);
  const request = useAction(async () => {
    await requestMyData();
    await refetch();
  });

  return (
    <section aria-labelledby="mijn-gegevens" className="section">
      <h2 id="mijn-gegevens">{t('profile.myData.title')}</h2>
      <p>{t('profile.myData.lead')}</p>
      <LiveStatus message={making ? t('profile.myData.making') : undefined} />
      {exports.length > 0 && (
        <ul className="plain-list">
          {exports.map((found) => (
            <li key={found.id}>
              {found.readyAt && found.url && found.expiresAt ? (
                <>
                  <a className={buttonClass('secondary')} href={found.url} download>
                    {t('profile.myData.download', { size: Math.max(1, Math.round((found.size ?? 0) / 1024)) })}
                  </a>{' '}
                  <span className="muted">{t('profile.myData.until', { date: formatDateTime(found.expiresAt, locale) })}</span>
                </>
              ) : (
                <span>{t('profile.myData.requested', { date: formatDateTime(found.requestedAt, locale) })}</span>
              )}
            </li>
          ))}
        </ul>
      )}
      {!making && (
        <Button busy={request.busy} onClick={() => void request.run()}>
          {t('profile.myData.request')}
        </Button>
      )}
      <ActionError message={request.error} />
    </section>
  );
}
