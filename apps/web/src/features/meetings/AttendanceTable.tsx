import { useMutation, useQuery } from '@apollo/client/react';
import { RegistrationStatus } from '@ln/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError, LiveStatus } from '../../ui/LiveStatus';
import { QueryResult } from '../../ui/QueryState';
import { useAction } from '../../ui/useAction';
import { RECORD_ATTENDANCE_MUTATION } from './mutations';
import { MEETING_REGISTRATIONS_QUERY, type RegistrationData } from './queries';

/** Facilitators: everyone who registered (and the waiting list), with present / absent per person. */
export function AttendanceTable({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(MEETING_REGISTRATIONS_QUERY, {
    variables: { id: meetingId },
    fetchPolicy: 'cache-and-network',
  });
  // The meeting's attending organisations follow from the attendance.
  const [record] = useMutation(RECORD_ATTENDANCE_MUTATION, { refetchQueries: ['MeetingPage'] });
  const [status, setStatus] = useState<string>();
  const action = useAction(async (registration: RegistrationData, attended: boolean) => {
    await record({ variables: { meetingId, userId: registration.user.id, attended } });
    setStatus(t('meetings.facilitator.attendanceSaved', { name: registration.user.displayName }));
  });

  const value = (attended: boolean | null) => (attended === null ? '' : attended ? 'yes' : 'no');

  return (
    <QueryResult
      data={data?.meeting?.registrations.filter((registration) => registration.status !== RegistrationStatus.CANCELLED)}
      error={error}
      onRetry={refetch}
      isEmpty={(rows) => rows.length === 0}
      empty={t('meetings.facilitator.noRegistrations')}
    >
      {(rows) => (
        <>
          <table className="table">
            <caption className="visually-hidden">{t('meetings.facilitator.attendance')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.facilitator.person')}</th>
                <th scope="col">{t('meetings.facilitator.status')}</th>
                <th scope="col">{t('meetings.facilitator.attended')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((registration) => (
                <tr key={registration.id}>
                  <th scope="row">{registration.user.displayName}</th>
                  <td>{t(`meetings.facilitator.registrationStatus.${registration.status}`)}</td>
                  <td>
                    <select
                      aria-label={`${t('meetings.facilitator.attended')}: ${registration.user.displayName}`}
                      value={value(registration.attended)}
                      onChange={(event) => {
                        if (event.target.value) void action.run(registration, event.target.value === 'yes');
                      }}
                    >
                      <option value="" disabled>
                        {t('meetings.facilitator.unknown')}
                      </option>
                      <option value="yes">{t('meetings.facilitator.present')}</option>
                      <option value="no">{t('meetings.facilitator.absent')}</option>
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ActionError message={action.error} />
          <LiveStatus message={status} />
        </>
      )}
    </QueryResult>
  );
}
