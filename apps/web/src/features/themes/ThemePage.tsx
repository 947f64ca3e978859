import { useQuery, useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundOrSignIn } from '../auth/SignInPrompt';
import { Badge } from '../../ui/Badge';
import { LiveStatus } from '../../ui/LiveStatus';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { isMember, isStaff, useViewer } from '../auth/viewer';
import { ThreadList } from '../discussions/ThreadList';
import { THEME_CHANGED_SUBSCRIPTION, THEME_QUERY, themeOf } from './queries';
import { SupportButton } from './SupportButton';
import { ThemeMap } from './ThemeMap';
import { ThemeStatusForm } from './ThemeStatusForm';
import './themes.css';
import { themeStatusTone } from './themeStatus';

/** /themas/:id — a theme: what it is, its status and support, its map and its discussions. */
export function ThemePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const member = isMember(viewer);
  const { data, error, refetch } = useQuery(THEME_QUERY, { variables: { id } });
  useSubscription(THEME_CHANGED_SUBSCRIPTION, { variables: { meetingId: null }, ignoreResults: true });
  const [message, setMessage] = useState<string>();

  return (
    <QueryResult data={data && { theme: data.theme && themeOf(data.theme) }} error={error} onRetry={refetch}>
      {({ theme }) =>
        !theme ? (
          <NotFoundOrSignIn />
        ) : (
          <>
            <PageTitle title={theme.title} />
            <p>
              <Badge tone={themeStatusTone(theme.status)}>{t(`themes.status.${theme.status}`)}</Badge>{' '}
              <strong>{t('themes.supports', { count: theme.supportCount })}</strong>
              {theme.viewerSupports && <span className="muted"> · {t('themes.supportedByYou')}</span>}
            </p>
            {theme.description && <p className="lead">{theme.description}</p>}
            {theme.competences.length > 0 && (
              <p>
                <strong>{t('themes.page.competences')}:</strong> {theme.competences.map((c) => t(`competence.${c}`)).join(' · ')}
              </p>
            )}
            {theme.collectedAt && (
              <p>
                <Link to={`/ontmoetingsmomenten/${theme.collectedAt.id}`}>
                  {t('themes.collectedAt', { title: theme.collectedAt.title })}
                </Link>
              </p>
            )}
            {member && <SupportButton theme={theme} onDone={setMessage} />}
            <LiveStatus message={message} />
            {isStaff(viewer?.role) && <ThemeStatusForm key={theme.status} theme={theme} />}

            <section aria-labelledby="theme-map-title" className="section">
              <h2 id="theme-map-title">{t('themes.map.title')}</h2>
              {member ? (
                <>
                  <p className="muted">{t('themes.map.lead')}</p>
                  <ThemeMap map={theme.map} />
                  <p>
                    <Link to={`/themas/${theme.id}/kaart`}>{t('themes.page.printMap')}</Link>
                    {' · '}
                    <a href={`/themes/${theme.id}/map.md`} download>
                      {t('themes.page.downloadMap')}
                    </a>
                  </p>
                </>
              ) : (
                <p className="notice notice--info">{t('themes.map.membersOnly')}</p>
              )}
            </section>

            {member && (
              <section aria-labelledby="theme-discussions" className="section">
                <h2 id="theme-discussions">{t('themes.page.discussions')}</h2>
                <ThreadList filter={{ themeId: theme.id }} />
              </section>
            )}
            <p>
              <Link to="/themas">{t('themes.page.backToList')}</Link>
            </p>
          </>
        )
      }
    </QueryResult>
  );
}
