import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { isStaff, useViewer } from '../auth/viewer';
import { CompetenceFigure } from './CompetenceFigure';
import { PutOnAgenda } from './PutOnAgenda';
import { LEARNING_OUTCOMES_QUERY } from './queries';

/** /leerresultaten (members) — the network's average self-assessment per key competence over time, and its weakest. */
export function LearningOutcomesPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(LEARNING_OUTCOMES_QUERY, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageTitle title={t('learning.title')}>{t('learning.lead')}</PageTitle>
      <QueryResult data={data?.learningOutcomes} error={error} onRetry={refetch}>
        {(learning) => (
          <>
            <CompetenceFigure
              id="network-learning"
              points={learning.outcomes.map((outcome) => ({ ...outcome, score: outcome.averageScore }))}
              caption={t('learning.networkSummary')}
            />
            <p className="lead-text">
              {learning.weakest ? t('learning.weakest', { competence: t(`competence.${learning.weakest}`) }) : t('learning.weakestNone')}
            </p>
            {learning.weakest && isStaff(viewer?.role) && <PutOnAgenda competence={learning.weakest} />}
          </>
        )}
      </QueryResult>
    </>
  );
}
