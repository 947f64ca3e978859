import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { openBottleneckIds } from './themeList';

export const ThemeMap_post = graphql(`
  fragment ThemeMap_post on Post {
    id
    bodyHtml
    author {
      id
      displayName
    }
    thread {
      id
      title
    }
  }
`);

export const ThemeMap_map = graphql(`
  fragment ThemeMap_map on ThemeMap {
    bottlenecks {
      id
      ...ThemeMap_post
    }
    levers {
      id
      ...ThemeMap_post
    }
    goodPractices {
      id
      ...ThemeMap_post
    }
    solutionStrategies {
      id
      ...ThemeMap_post
    }
    openBottlenecks {
      id
    }
  }
`);

const SECTIONS = ['bottlenecks', 'levers', 'goodPractices', 'solutionStrategies'] as const;

/** The theme's map: per kind, the posts across its threads; bottlenecks without a lever carry a label that says so. */
export function ThemeMap({ headingLevel = 3, ...props }: { map: FragmentType<typeof ThemeMap_map>; headingLevel?: 2 | 3 }) {
  const map = getFragmentData(ThemeMap_map, props.map);
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

function MapItem({ open, ...props }: { post: FragmentType<typeof ThemeMap_post>; open: boolean }) {
  const post = getFragmentData(ThemeMap_post, props.post);
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
