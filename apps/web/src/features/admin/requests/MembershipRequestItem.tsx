import { INPUT_RULES } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dateFormat';
import { useLocale } from '../../../lib/useLocale';
import { Button } from '../../../ui/Button';
import { ActionError } from '../../../ui/LiveStatus';
import { useAction } from '../../../ui/useAction';
import { ReasonForm } from '../../../ui/ReasonForm';
import type { PendingRequest } from './queries';
import { useApproveMembership } from './useApproveMembership';
import { useRejectMembership } from './useRejectMembership';
import { Card } from '../../../ui/Card';

/** One pending request: who, for which organisation, their message; approve, or reject with a reason. */
export function MembershipRequestItem({ request, onDone }: { request: PendingRequest; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const approve = useAction(useApproveMembership());
  const reject = useAction(useRejectMembership());
  const [rejecting, setRejecting] = useState(false);
  const names = { name: request.user.displayName, organisation: request.organisation.name };
  const headingId = `request-${request.id}`;

  return (
    <Card accent aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {t('admin.requests.heading', names)}
      </h3>
      <p className="muted">
        {request.user.email} · <time dateTime={request.createdAt}>{formatDateTime(request.createdAt, locale)}</time>
      </p>
      {request.message && <blockquote className="prose prose--plain">{request.message}</blockquote>}
      <ActionError message={approve.error ?? reject.error} />
      {rejecting ? (
        <ReasonForm
          id={`reject-${request.id}`}
          label={t('admin.requests.reason')}
          hint={t('admin.requests.reasonHint')}
          submitLabel={t('admin.requests.confirmReject')}
          inputRules={INPUT_RULES.rejectMembershipRequest}
          busy={reject.busy}
          onCancel={() => setRejecting(false)}
          onSubmit={async (reason) => {
            if (await reject.run(request.id, reason || null)) onDone(t('admin.requests.rejected', names));
          }}
        />
      ) : (
        <div className="actions">
          <Button
            variant="primary"
            busy={approve.busy}
            aria-label={t('admin.requests.approveLabel', names)}
            onClick={() => {
              void approve.run(request.id).then((done) => {
                if (done) onDone(t('admin.requests.approved', names));
              });
            }}
          >
            {t('admin.requests.approve')}
          </Button>
          <Button aria-label={t('admin.requests.rejectLabel', names)} onClick={() => setRejecting(true)}>
            {t('admin.requests.reject')}
          </Button>
        </div>
      )}
    </Card>
  );
}
