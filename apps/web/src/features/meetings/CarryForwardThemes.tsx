import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { ActionError, LiveStatus } from '../../ui/LiveStatus';
import { useAction } from '../../ui/useAction';
import { CARRY_FORWARD_THEMES_MUTATION } from './mutations';
import { MEETING_SUMMARY_FRAGMENT, MEETINGS_QUERY } from './queries';
import { getFragmentData } from '../../gql';

/** Puts this meeting's adopted themes on the agenda of the next planned meeting. */
export function CarryForwardThemes({ meetingId, startsAt }: { meetingId: string; startsAt: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(MEETINGS_QUERY, { variables: { filter: { upcoming: true }, first: 20 } });
  const next = getFragmentData(MEETING_SUMMARY_FRAGMENT, data?.meetings.nodes)?.find(
    (meeting) => meeting.id !== meetingId && Date.parse(meeting.startsAt) > Date.parse(startsAt),
  );
  const [carry] = useMutation(CARRY_FORWARD_THEMES_MUTATION);
  const [status, setStatus] = useState<string>();
  const action = useAction(async (toMeetingId: string, title: string) => {
    await carry({ variables: { fromMeetingId: meetingId, toMeetingId } });
    setStatus(t('meetings.facilitator.carriedForward', { title }));
  });

  return (
    <div>
      <h3>{t('meetings.facilitator.carryForward')}</h3>
      <p className="muted">{t('meetings.facilitator.carryForwardHint')}</p>
      {data && !next && <p>{t('meetings.facilitator.noNextMeeting')}</p>}
      {next && (
        <p>
          <Button busy={action.busy} onClick={() => void action.run(next.id, next.title)}>
            {t('meetings.facilitator.carryForwardTo', { title: next.title })}
          </Button>{' '}
          <Link to={`/ontmoetingsmomenten/${next.id}`}>{next.title}</Link>
        </p>
      )}
      <ActionError message={action.error} />
      <LiveStatus message={status} />
    </div>
  );
}
