import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../ui/PageTitle';
import { LiveStatus } from '../../ui/LiveStatus';
import { QueryResult } from '../../ui/QueryState';
import { isMember, useViewer } from '../auth/viewer';
import { ProposeThemeForm } from './ProposeThemeForm';
import { getFragmentData } from '../../gql';
import { THEME_FIELDS, THEME_STATUSES, ThemeOrder, type ThemeFilter } from './queries';
import { isOneOf } from '../../ui/oneOf';
import { ThemeCard } from './ThemeCard';
import { useThemes } from './useThemes';
import './themes.css';

/** The URL keeps the view: ?volgorde=recent, ?status=ADOPTED, ?ontmoeting=<meeting id> (themes collected there). */
export function readThemeView(params: URLSearchParams): { order: ThemeOrder; filter: ThemeFilter } {
  const status = params.get('status');
  return {
    order: params.get('volgorde') === 'recent' ? ThemeOrder.RECENT : ThemeOrder.SUPPORT,
    filter: {
      status: isOneOf(THEME_STATUSES, status) ? status : null,
      meetingId: params.get('ontmoeting'),
    },
  };
}

/** /themas — the themes overview: order, status filter, proposing and supporting, live. Works on a phone in the room. */
export function ThemesPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const member = isMember(viewer);
  const [params, setParams] = useSearchParams();
  const { order, filter } = readThemeView(params);
  const { data, error, refetch, lastChange } = useThemes(filter, order);
  const [message, setMessage] = useState<string>();
  const meetingId = filter.meetingId ?? null;

  function change(name: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  }

  const live =
    lastChange &&
    (lastChange.isNew
      ? t('themes.liveNew', { title: lastChange.theme.title })
      : t('themes.liveChange', { title: lastChange.theme.title, count: lastChange.theme.supportCount }));

  return (
    <>
      <PageTitle title={meetingId ? t('themes.atMeeting') : t('themes.title')} />
      <p className="lead">{t('themes.lead')}</p>
      <p>
        <Link to={meetingId ? `/themas/bord?ontmoeting=${meetingId}` : '/themas/bord'}>{t('themes.board')}</Link>
        {meetingId && (
          <>
            {' · '}
            <Link to="/themas">{t('themes.allThemes')}</Link>
          </>
        )}
      </p>
      {member ? (
        <section aria-labelledby="theme-proposal-heading" className="section">
          <h2 id="theme-proposal-heading">{t('themes.propose.title')}</h2>
          <ProposeThemeForm meetingId={meetingId} onProposed={setMessage} />
        </section>
      ) : (
        <p className="notice notice--info">
          <Link to={`/aanmelden?terug=${encodeURIComponent(`/themas${params.size ? `?${params}` : ''}`)}`}>
            {t('themes.signInToTakePart')}
          </Link>
        </p>
      )}
      <LiveStatus message={message} />
      <section aria-labelledby="themes-list-title" className="section">
        <h2 id="themes-list-title">{t('themes.title')}</h2>
        <div className="theme-controls">
          <fieldset className="choice-group">
            <legend>{t('themes.order')}</legend>
            {[ThemeOrder.SUPPORT, ThemeOrder.RECENT].map((value) => (
              <label key={value} className="choice">
                <input
                  type="radio"
                  name="theme-order"
                  checked={order === value}
                  onChange={() => change('volgorde', value === ThemeOrder.RECENT ? 'recent' : null)}
                />{' '}
                {t(`themes.orderBy.${value}`)}
              </label>
            ))}
          </fieldset>
          <label className="field">
            <span className="field__label">{t('themes.statusFilter')}</span>
            <select value={filter.status ?? ''} onChange={(event) => change('status', event.target.value || null)}>
              <option value="">{t('themes.allStatuses')}</option>
              {THEME_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`themes.status.${status}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <QueryResult
          data={data?.themes}
          error={error}
          onRetry={refetch}
          isEmpty={(themes) => themes.nodes.length === 0}
          empty={t('themes.empty')}
        >
          {(themes) => (
            <>
              <p className="muted">{t('themes.count', { count: themes.totalCount })}</p>
              <ul className="card-list card-list--single">
                {getFragmentData(THEME_FIELDS, themes.nodes).map((theme) => (
                  <ThemeCard key={theme.id} theme={theme} canSupport={member} onDone={setMessage} />
                ))}
              </ul>
            </>
          )}
        </QueryResult>
        <p className="visually-hidden" aria-live="polite">
          {live}
        </p>
      </section>
    </>
  );
}
