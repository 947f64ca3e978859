import { useQuery } from '@apollo/client/react';
import { PracticeStatus, Visibility } from '@ln/domain';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { FileList } from '../files/FileList';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { ExternalLink } from '../../ui/ExternalLink';
import { PageTitle } from '../../ui/PageTitle';
import { shiftHeadings } from '../../ui/headings';
import { QueryResult } from '../../ui/QueryState';
import { PRACTICE_QUERY, practiceOf } from './queries';
import { SignInPrompt } from '../auth/SignInPrompt';
import { useViewer } from '../auth/viewer';
import './practices.css';

/** /praktijken/:slug — one practice, readable by anyone when public; printable, and downloadable as Markdown. */
export function PracticePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const locale = useLocale();
  const { data, error, refetch } = useQuery(PRACTICE_QUERY, { variables: { slug } });
  const practice = data?.practiceBySlug && practiceOf(data.practiceBySlug);
  const viewer = useViewer();

  useEffect(() => {
    const description = document.querySelector('meta[name="description"]');
    if (practice && description) description.setAttribute('content', practice.summary);
  }, [practice]);

  return (
    <QueryResult data={data && { found: practice ?? null }} error={error} onRetry={refetch}>
      {({ found }) =>
        !found ? (
          viewer.known && !viewer.viewer ? (
            <SignInPrompt />
          ) : (
            <>
              <PageTitle title={t('notFound.title')} />
              <p>{t('practices.page.notFound')}</p>
              <p>
                <Link to="/praktijken">{t('practices.page.backToLibrary')}</Link>
              </p>
            </>
          )
        ) : (
          <article className="practice">
            <PageTitle title={found.title} />
            <p>
              {found.visibility === Visibility.MEMBERS && <Badge tone="neutral">{t('practices.membersOnly')}</Badge>}{' '}
              {found.status === PracticeStatus.IN_REVIEW && <Badge tone="warning">{t('practices.inReview')}</Badge>}
            </p>
            <p className="lead">{found.summary}</p>
            <p className="muted">
              {found.organisation && (
                <>
                  <Link to={`/organisaties/${found.organisation.id}`}>
                    {t('practices.byOrganisation', { name: found.organisation.name })}
                  </Link>
                  {found.publishedAt && ' · '}
                </>
              )}
              {found.publishedAt && t('practices.published', { date: formatDate(found.publishedAt, locale) })}
            </p>
            {(found.theme || found.competences.length > 0) && (
              <p>
                {found.theme && <Link to={`/themas/${found.theme.id}`}>{t('practices.page.theme', { title: found.theme.title })}</Link>}
                {found.theme && found.competences.length > 0 && ' · '}
                {found.competences.map((competence) => t(`competence.${competence}`)).join(' · ')}
              </p>
            )}
            {/* bodyHtml is sanitised by the server */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: shiftHeadings(found.bodyHtml, 2) }} />
            {found.files.length > 0 && (
              <section aria-labelledby="practice-files">
                <h2 id="practice-files">{t('files.documents')}</h2>
                <FileList files={found.files} />
              </section>
            )}
            {found.links.length > 0 && (
              <section aria-labelledby="practice-links">
                <h2 id="practice-links">{t('practices.page.links')}</h2>
                <ul>
                  {found.links.map((link) => (
                    <li key={link}>
                      <ExternalLink href={link}>{link}</ExternalLink>
                    </li>
                  ))}
                </ul>
              </section>
            )}
            {found.sourcePostId && (
              <p className="muted">
                {t('practices.page.fromDiscussion')}{' '}
                {found.sourceThreadId && (
                  <Link to={`/discussies/${found.sourceThreadId}#bijdrage-${found.sourcePostId}`}>{t('practices.page.toDiscussion')}</Link>
                )}
              </p>
            )}
            {found.reviewRemark && (
              <p className="notice notice--info">{t('practices.page.reviewRemark', { remark: found.reviewRemark })}</p>
            )}
            <p className="no-print">
              <Button onClick={() => window.print()}>{t('practices.page.print')}</Button>{' '}
              <a href={`/praktijken/${found.slug}.md`} download>
                {t('practices.page.markdown')}
              </a>
              {' · '}
              <Link to="/praktijken">{t('practices.page.backToLibrary')}</Link>
            </p>
          </article>
        )
      }
    </QueryResult>
  );
}
