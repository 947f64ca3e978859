import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Skeleton } from '../../ui/Skeleton';
import { PracticeCard } from '../practices/PracticeCard';
import { PRACTICES_QUERY } from '../practices/queries';

/** What the network publishes, for every municipality: the latest public practices, the library and the feed. */
export function LatestPractices() {
  const { t } = useTranslation();
  const { data } = useQuery(PRACTICES_QUERY, { variables: { filter: null, first: 3 } });
  return (
    <section aria-labelledby="praktijken" className="section">
      <h2 id="praktijken">{t('landing.practicesTitle')}</h2>
      {!data ? (
        <Skeleton lines={4} card />
      ) : (
        data.practices.nodes.length > 0 && (
          <ul className="card-list card-list--single">
            {data.practices.nodes.map((practice) => (
              <PracticeCard key={practice.id} practice={practice} headingLevel={3} />
            ))}
          </ul>
        )
      )}
      <p className="section__more">
        <Link to="/praktijken">{t('practices.toLibrary')}</Link>
        <a href="/feeds/praktijken.atom" type="application/atom+xml">
          {t('practices.feed')}
        </a>
      </p>
    </section>
  );
}
