import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFound } from '../../lib/NotFound';
import { PageTitle } from '../../ui/PageTitle';
import { LoadError, Loading } from '../../ui/QueryState';
import { emptyMeetingForm, meetingFormFrom } from './meetingFormValues';
import { MeetingForm } from './MeetingForm';
import { usePlanMeeting, useUpdateMeeting } from './mutations';
import { MEETING_QUERY, meetingDetailsOf } from './queries';
import { toBrusselsLocal } from './brusselsTime';

/** /ontmoetingsmomenten/nieuw — facilitators plan a meeting; then its page opens. */
export function PlanMeetingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const plan = usePlanMeeting();
  return (
    <>
      <PageTitle title={t('meetings.form.planTitle')} />
      <MeetingForm
        initial={emptyMeetingForm()}
        initialAgenda={[]}
        submitLabel={t('meetings.form.plan')}
        onSubmit={async (input) => {
          const meeting = await plan(input);
          await navigate(`/ontmoetingsmomenten/${meeting.id}`);
        }}
      />
    </>
  );
}

/** /ontmoetingsmomenten/:id/bewerken — facilitators change a meeting (with its version: a change meanwhile is a conflict). */
export function EditMeetingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateMeeting();
  const { data, error, refetch } = useQuery(MEETING_QUERY, { variables: { id }, fetchPolicy: 'network-only' });
  if (!data) return error ? <LoadError onRetry={() => void refetch()} /> : <Loading />;
  const meeting = meetingDetailsOf(data.meeting);
  if (!meeting) return <NotFound />;
  const { values, agenda } = meetingFormFrom(meeting);
  return (
    <>
      <PageTitle title={t('meetings.form.editTitle')} />
      <p>
        <Link to={`/ontmoetingsmomenten/${meeting.id}`}>{meeting.title}</Link>
      </p>
      <MeetingForm
        key={meeting.version}
        initial={values}
        initialAgenda={agenda}
        originalStart={toBrusselsLocal(meeting.startsAt)}
        submitLabel={t('meetings.form.save')}
        onSubmit={async (input) => {
          await update(meeting.id, input, meeting.version);
          await navigate(`/ontmoetingsmomenten/${meeting.id}`);
        }}
      />
    </>
  );
}
