import { useTranslation } from 'react-i18next';
import { AttendanceTable } from './AttendanceTable';
import { CancelMeeting } from './CancelMeeting';
import { CarryForwardThemes } from './CarryForwardThemes';
import { MinutesEditor } from './MinutesEditor';
import type { MeetingDetailsData } from './queries';

/** What facilitators do on a meeting's page: minutes, attendance, carry themes forward, cancel. */
export function FacilitatorPanel({ meeting }: { meeting: MeetingDetailsData }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="meeting-facilitator" className="section facilitator-panel">
      <h2 id="meeting-facilitator">{t('meetings.facilitator.title')}</h2>
      <MinutesEditor key={meeting.id} meetingId={meeting.id} minutes={meeting.minutes} version={meeting.version} files={meeting.files} />
      <h3>{t('meetings.facilitator.attendance')}</h3>
      <AttendanceTable meetingId={meeting.id} />
      <CarryForwardThemes meetingId={meeting.id} startsAt={meeting.startsAt} />
      {!meeting.cancelledAt && <CancelMeeting meetingId={meeting.id} />}
    </section>
  );
}
