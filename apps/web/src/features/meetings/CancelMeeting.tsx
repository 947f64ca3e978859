import { INPUT_RULES } from '@ln/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ActionError, LiveStatus } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { ReasonForm } from '../../ui/ReasonForm';
import { CANCEL_MEETING_MUTATION } from './mutations';

/** Cancel a meeting: a button, then the reason (required) and a confirmation. */
export function CancelMeeting({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string>();
  const [cancel] = useMutation(CANCEL_MEETING_MUTATION, { refetchQueries: ['MeetingsList'] });
  const action = useAction(async (reason: string) => {
    await cancel({ variables: { id: meetingId, reason } });
    setOpen(false);
    setStatus(t('meetings.facilitator.cancelled'));
  });

  return (
    <div>
      <h3>{t('meetings.facilitator.cancel')}</h3>
      {open ? (
        <ReasonForm
          id="cancel-meeting"
          label={t('meetings.facilitator.cancelReason')}
          hint={t('meetings.facilitator.cancelReasonHint')}
          submitLabel={t('meetings.facilitator.cancelConfirm')}
          inputRules={INPUT_RULES.cancelMeeting}
          busy={action.busy}
          required
          onSubmit={async (reason) => {
            await action.run(reason);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        !status && (
          <Button variant="danger" onClick={() => setOpen(true)}>
            {t('meetings.facilitator.cancel')}
          </Button>
        )
      )}
      <ActionError message={action.error} />
      <LiveStatus message={status} />
    </div>
  );
}
