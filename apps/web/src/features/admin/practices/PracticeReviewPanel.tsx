import { INPUT_RULES, PracticeStatus } from '@ln/domain';
import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import { ActionError, LiveStatus } from '../../../ui/LiveStatus';
import { QueryResult } from '../../../ui/QueryState';
import { useAction } from '../../../ui/useAction';
import { getFragmentData } from '../../../gql';
import { PracticeCard_practice } from '../../practices/PracticeCard';
import { PRACTICES_QUERY, REVIEW_PRACTICE, type PracticeSummaryData } from '../../practices/queries';
import { ReasonForm } from '../../../ui/ReasonForm';

const QUEUE = { filter: { status: PracticeStatus.IN_REVIEW }, first: 100 };

/** /beheer/praktijken — practices asking to become public: make public, or keep members-only with a remark. */
export function PracticeReviewPanel() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(PRACTICES_QUERY, { variables: QUEUE, fetchPolicy: 'cache-and-network' });
  const [done, setDone] = useState<string>();
  return (
    <section aria-labelledby="practice-review-title">
      <h2 id="practice-review-title">{t('practices.review.title')}</h2>
      <p>{t('practices.review.lead')}</p>
      <LiveStatus message={done} />
      <QueryResult
        data={data && getFragmentData(PracticeCard_practice, data.practices.nodes)}
        error={error}
        onRetry={refetch}
        isEmpty={(nodes) => nodes.length === 0}
        empty={t('practices.review.empty')}
      >
        {(nodes) => (
          <ul className="plain-list">
            {nodes.map((practice) => (
              <ReviewItem key={practice.id} practice={practice} onDone={setDone} />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

function ReviewItem({ practice, onDone }: { practice: PracticeSummaryData; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [rejecting, setRejecting] = useState(false);
  const [review] = useMutation(REVIEW_PRACTICE, { refetchQueries: [{ query: PRACTICES_QUERY, variables: QUEUE }] });
  const action = useAction(async (approve: boolean, remark?: string) => {
    await review({ variables: { practiceId: practice.id, approve, remark: remark ?? null } });
    onDone(t(approve ? 'practices.review.approved' : 'practices.review.rejected', { title: practice.title }));
  });
  return (
    <li className="review-item">
      <h3>
        <Link to={`/praktijken/${practice.slug}`}>{practice.title}</Link>
      </h3>
      <p>{practice.summary}</p>
      {rejecting ? (
        <ReasonForm
          id={`reject-${practice.id}`}
          label={t('practices.review.remark')}
          submitLabel={t('practices.review.rejectSubmit')}
          inputRules={INPUT_RULES.reviewPractice}
          field="remark"
          busy={action.busy}
          required
          onSubmit={async (remark) => {
            if (await action.run(false, remark)) setRejecting(false);
          }}
          onCancel={() => setRejecting(false)}
        />
      ) : (
        <div className="actions">
          <Button
            variant="primary"
            busy={action.busy}
            onClick={() => void action.run(true)}
            aria-label={`${t('practices.review.approve')}: ${practice.title}`}
          >
            {t('practices.review.approve')}
          </Button>
          <Button onClick={() => setRejecting(true)} aria-label={`${t('practices.review.reject')}: ${practice.title}`}>
            {t('practices.review.reject')}
          </Button>
        </div>
      )}
      <ActionError message={action.error} />
    </li>
  );
}
