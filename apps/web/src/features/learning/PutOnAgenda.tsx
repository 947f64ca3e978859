import { useMutation, useQuery } from '@apollo/client/react';
import type { Competence } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Button } from '../../ui/Button';
import { ActionError, LiveStatus } from '../../ui/LiveStatus';
import { SelectField } from '../../ui/SelectField';
import { useAction } from '../../ui/useAction';
import { PUT_COMPETENCE_ON_AGENDA_MUTATION, UPCOMING_MEETING_OPTIONS_QUERY } from './queries';

/** Facilitators: put the weakest competence on an upcoming meeting's agenda, as a theme. */
export function PutOnAgenda({ competence }: { competence: Competence }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { data } = useQuery(UPCOMING_MEETING_OPTIONS_QUERY);
  const [put] = useMutation(PUT_COMPETENCE_ON_AGENDA_MUTATION);
  const [meetingId, setMeetingId] = useState('');
  const [done, setDone] = useState<string>();
  const meetings = data?.meetings.nodes ?? [];
  const name = t(`competence.${competence}`);
  const action = useAction(async () => {
    const chosen = meetings.find((meeting) => meeting.id === meetingId);
    if (!chosen) return;
    await put({ variables: { competence, meetingId } });
    setDone(t('learning.agenda.done', { competence: name, meeting: chosen.title }));
  });

  return (
    <section aria-labelledby="learning-agenda" className="section">
      <h2 id="learning-agenda">{t('learning.agenda.title')}</h2>
      {meetings.length === 0 ? (
        <p className="muted">{t('learning.agenda.noMeetings')}</p>
      ) : (
        <div className="toolbar">
          <SelectField
            id="learning-agenda-meeting"
            name="meeting"
            label={t('learning.agenda.meeting')}
            value={meetingId}
            onChange={setMeetingId}
          >
            <option value="">{t('learning.agenda.choose')}</option>
            {meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {meeting.title} ({formatDateTime(meeting.startsAt, locale)})
              </option>
            ))}
          </SelectField>
          <Button busy={action.busy} disabled={!meetingId} onClick={() => void action.run()}>
            {t('learning.agenda.submit', { competence: name })}
          </Button>
        </div>
      )}
      <LiveStatus message={done} />
      <ActionError message={action.error} />
    </section>
  );
}
