import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MapPostData, ThemeMapData } from './queries';
import { openBottleneckIds } from './themeList';

const SECTIONS = ['bottlenecks', 'levers', 'goodPractices', 'solutionStrategies'] as const;

/** The theme's map: per kind, the posts across its threads; bottlenecks without a lever carry a label that says so. */
export function ThemeMap({ map, headingLevel = 3 }: { map: ThemeMapData; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const open = openBottleneckIds(map);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <p className={open.size > 0 ? 'notice notice--info' : 'muted'}>
        {open.size > 0 ? t('themes.map.openCount', { count: open.size }) : map.bottlenecks.length > 0 ? t('themes.map.allAnswered') : null}
      </p>
      <div className="theme-map">
        {SECTIONS.map((section) => (
          <section key={section} className="theme-map__section" aria-labelledby={`map-${section}`}>
            <Heading id={`map-${section}`}>
              {t(`themes.map.sections.${section}`)} ({map[section].length})
            </Heading>
            {map[section].length === 0 ? (
              <p className="muted">{t('themes.map.none')}</p>
            ) : (
              <ul className="theme-map__list">
                {map[section].map((post) => (
                  <MapItem key={post.id} post={post} open={section === 'bottlenecks' && open.has(post.id)} />
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}

function MapItem({ post, open }: { post: MapPostData; open: boolean }) {
  const { t } = useTranslation();
  return (
    <li className={open ? 'theme-map__item theme-map__item--open' : 'theme-map__item'}>
      {open && <p className="theme-map__open">{t('themes.map.noLever')}</p>}
      {/* bodyHtml is sanitised by the server, as on the thread page */}
      {post.bodyHtml !== null && <div className="prose" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />}
      <p className="muted">
        {t('themes.map.by', { name: post.author.displayName })}{' '}
        <Link to={`/discussies/${post.thread.id}`}>{t('themes.map.inThread', { title: post.thread.title })}</Link>
      </p>
    </li>
  );
}
