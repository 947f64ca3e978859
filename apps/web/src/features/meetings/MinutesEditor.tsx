import { useMutation } from '@apollo/client/react';
import { ErrorCode } from '@ln/domain';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { readRequestProblem } from '../../ui/formErrors';
import { ActionError, LiveStatus } from '../../ui/LiveStatus';
import { TextArea } from '../../ui/TextField';
import { RECORD_MINUTES_MUTATION } from './mutations';
import { getFragmentData, type FragmentType } from '../../gql';
import { FilePicker } from '../files/FilePicker';
import { FILE_LIST_FRAGMENT } from '../files/FileList';
import { useFileUploads } from '../files/useFileUploads';

/**
 * Facilitators keep the minutes. Sent with the version the page was loaded with: a
 * change by someone else meanwhile is refused (CONFLICT) and said so, the text stays.
 */
export function MinutesEditor({
  meetingId,
  minutes,
  version,
  files = [],
}: {
  meetingId: string;
  minutes: string | null;
  version: number;
  files?: ReadonlyArray<FragmentType<typeof FILE_LIST_FRAGMENT>>;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(minutes ?? '');
  const [baseVersion, setBaseVersion] = useState(version);
  const [status, setStatus] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [record] = useMutation(RECORD_MINUTES_MUTATION);
  const uploads = useFileUploads(getFragmentData(FILE_LIST_FRAGMENT, files));

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const filesProblem = uploads.problem(false);
    if (filesProblem) {
      setError(t(`form.validation.${filesProblem.key}`));
      return;
    }
    setBusy(true);
    setError(undefined);
    setStatus(undefined);
    try {
      const { data } = await record({
        variables: { meetingId, minutes: text, expectedVersion: baseVersion, files: uploads.attachments() },
      });
      if (data) setBaseVersion(data.recordMinutes.version);
      setStatus(t('meetings.facilitator.minutesSaved'));
    } catch (caught) {
      const problem = readRequestProblem(caught);
      const fields = Object.values(problem.fields);
      setError(
        problem.code === ErrorCode.CONFLICT
          ? t('meetings.facilitator.minutesConflict')
          : fields.length > 0
            ? fields.join(' ')
            : t(`errors.${problem.code}`),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-label={t('meetings.page.minutes')}>
      <TextArea
        id="meeting-minutes-text"
        name="minutes"
        label={t('meetings.facilitator.minutes')}
        hint={t('meetings.facilitator.minutesHint')}
        value={text}
        onChange={setText}
        rows={10}
      />
      <FilePicker id="meeting-minutes-files" label={t('files.documents')} uploads={uploads} withAlt />
      <ActionError message={error} />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={busy}>
          {t('meetings.facilitator.saveMinutes')}
        </Button>
      </div>
      <LiveStatus message={status} />
    </form>
  );
}
