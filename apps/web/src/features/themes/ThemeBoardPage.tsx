import { skipToken, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useEffect } from 'react';
import { THEME_STATUSES, ThemeOrder, ThemeStatus } from './queries';
import { JoinQrCode } from './JoinQrCode';
import { useThemes } from './useThemes';
import './themes.css';
import { graphql } from '../../gql';

const BOARD_MEETING = graphql(`
  query ThemeBoardMeeting($id: ID!) {
    meeting(id: $id) {
      id
      title
    }
  }
`);

const SHOWN: ThemeStatus[] = THEME_STATUSES.filter((status) => status !== ThemeStatus.ARCHIVED);

/**
 * /themas/bord[?ontmoeting=<id>] — for the projector in the meeting room: large, high-contrast, most supported first,
 * updated live as participants propose and support themes on their phones. No site frame around it.
 */
export function ThemeBoardPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const meetingId = params.get('ontmoeting');
  const { themes: all, error, lastChange } = useThemes({ meetingId }, ThemeOrder.SUPPORT);
  const meeting = useQuery(BOARD_MEETING, meetingId ? { variables: { id: meetingId } } : skipToken).data?.meeting;
  const title = meeting ? t('themes.boardPage.meetingTitle', { title: meeting.title }) : t('themes.boardPage.title');
  const phoneUrl = `${window.location.origin}/themas${meetingId ? `?ontmoeting=${meetingId}` : ''}`;
  const themes = (all ?? []).filter((theme) => SHOWN.includes(theme.status));

  useEffect(() => {
    document.title = title;
  }, [title]);

  return (
    <main className="theme-board" id="main">
      <div className="theme-board__top">
        <div>
          <h1>{title}</h1>
          <p className="theme-board__instruction">{t('themes.boardPage.instruction', { url: phoneUrl })}</p>
        </div>
        <JoinQrCode url={phoneUrl} />
      </div>
      {error && <p role="alert">{t('themes.boardPage.offline')}</p>}
      {all && themes.length === 0 && <p>{t('themes.boardPage.empty')}</p>}
      <ol className="theme-board__list" aria-label={title}>
        {themes.map((theme) => (
          <li key={theme.id} className="theme-board__item">
            <span>
              {theme.title}
              {theme.status !== ThemeStatus.PROPOSED && (
                <span className="theme-board__status"> · {t(`themes.status.${theme.status}`)}</span>
              )}
            </span>
            <span className="theme-board__count">{t('themes.supports', { count: theme.supportCount })}</span>
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {lastChange &&
          (lastChange.isNew
            ? t('themes.liveNew', { title: lastChange.theme.title })
            : t('themes.liveChange', { title: lastChange.theme.title, count: lastChange.theme.supportCount }))}
      </p>
    </main>
  );
}
