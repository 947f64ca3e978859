import { INPUT_RULES } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../ui/Button';
import { ActionError } from '../../../ui/LiveStatus';
import { useAction } from '../../../ui/useAction';
import { ReportDetails, type ReportData } from '../../projects/ReportDetails';
import { ReasonForm } from '../../../ui/ReasonForm';
import { useReviewProjectReport } from './useReviewProjectReport';
import { useSendBackProjectReport } from './useSendBackProjectReport';
import { Card } from '../../../ui/Card';

/** One project's report in the follow-up list; a submitted report can be approved or sent back. */
export function FollowUpItem({
  projectTitle,
  report,
  onDone,
}: {
  projectTitle: string;
  report: ReportData;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const review = useAction(useReviewProjectReport());
  const sendBack = useAction(useSendBackProjectReport());
  const [sendingBack, setSendingBack] = useState(false);
  const names = { project: projectTitle, kind: t(`projects.reportKind.${report.kind}`) };
  const headingId = `follow-up-${report.id}`;

  return (
    <Card accent aria-labelledby={headingId}>
      <h3 id={headingId} className="card__title">
        {t('admin.reports.heading', names)}
      </h3>
      <ReportDetails report={report} />
      <ActionError message={review.error ?? sendBack.error} />
      {report.status === 'SUBMITTED' &&
        (sendingBack ? (
          <ReasonForm
            id={`send-back-${report.id}`}
            label={t('admin.reports.remark')}
            submitLabel={t('admin.reports.confirmSendBack')}
            inputRules={INPUT_RULES.sendBackProjectReport}
            field="remark"
            busy={sendBack.busy}
            required
            onCancel={() => setSendingBack(false)}
            onSubmit={async (remark) => {
              if (await sendBack.run(report.id, remark)) {
                setSendingBack(false);
                onDone(t('admin.reports.sentBack', names));
              }
            }}
          />
        ) : (
          <div className="actions">
            <Button
              variant="primary"
              busy={review.busy}
              aria-label={t('admin.reports.reviewLabel', names)}
              onClick={() => {
                void review.run(report.id).then((done) => {
                  if (done) onDone(t('admin.reports.reviewed', names));
                });
              }}
            >
              {t('admin.reports.review')}
            </Button>
            <Button aria-label={t('admin.reports.sendBackLabel', names)} onClick={() => setSendingBack(true)}>
              {t('admin.reports.sendBack')}
            </Button>
          </div>
        ))}
    </Card>
  );
}
