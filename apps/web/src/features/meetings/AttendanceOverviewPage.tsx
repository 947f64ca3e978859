import './meetings.css';
import { useQuery } from '@apollo/client/react';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/dateFormat';
import { useLocale } from '../../lib/useLocale';
import { Button } from '../../ui/Button';
import { PageTitle } from '../../ui/PageTitle';
import { QueryResult } from '../../ui/QueryState';
import { TextField } from '../../ui/TextField';
import { brusselsDayOf, fromBrusselsLocal } from './brusselsTime';
import { shiftDay } from './monthGrid';
import { ATTENDANCE_BY_ORGANISATION_QUERY } from './queries';

function defaultPeriod() {
  const today = brusselsDayOf(new Date());
  return { from: `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`, to: today };
}

/** The Brussels days of the period as instants: from its first midnight to the midnight after its last day. */
export function periodRange(period: { from: string; to: string }) {
  return {
    from: fromBrusselsLocal({ date: period.from, time: '00:00' }) ?? null,
    to: fromBrusselsLocal({ date: shiftDay(period.to, 1), time: '00:00' }) ?? null,
  };
}

/** /ontmoetingsmomenten/aanwezigheid — facilitators: attendance per organisation over a period. */
export function AttendanceOverviewPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [draft, setDraft] = useState(defaultPeriod);
  const [period, setPeriod] = useState(defaultPeriod);
  const { data, error, refetch } = useQuery(ATTENDANCE_BY_ORGANISATION_QUERY, { variables: periodRange(period) });

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setPeriod(draft);
  }

  return (
    <>
      <PageTitle title={t('meetings.attendanceOverview.title')}>{t('meetings.attendanceOverview.lead')}</PageTitle>
      <form className="form form--inline" noValidate onSubmit={submit} aria-label={t('meetings.attendanceOverview.title')}>
        <TextField
          id="attendance-from"
          name="from"
          type="date"
          label={t('meetings.attendanceOverview.from')}
          value={draft.from}
          onChange={(from) => setDraft({ ...draft, from })}
        />
        <TextField
          id="attendance-to"
          name="to"
          type="date"
          label={t('meetings.attendanceOverview.to')}
          value={draft.to}
          onChange={(to) => setDraft({ ...draft, to })}
        />
        <Button type="submit">{t('meetings.attendanceOverview.show')}</Button>
      </form>
      <QueryResult
        data={data?.attendanceByOrganisation}
        error={error}
        onRetry={refetch}
        isEmpty={(rows) => rows.length === 0}
        empty={t('meetings.attendanceOverview.empty')}
      >
        {(rows) => (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('meetings.attendanceOverview.organisation')}</th>
                <th scope="col">{t('meetings.attendanceOverview.meetingsAttended')}</th>
                <th scope="col">{t('meetings.attendanceOverview.attendees')}</th>
                <th scope="col">{t('meetings.attendanceOverview.lastAttendedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.organisation.id}>
                  <th scope="row">{row.organisation.name}</th>
                  <td>{row.meetingsAttended}</td>
                  <td>{row.attendees}</td>
                  <td>
                    <time dateTime={row.lastAttendedAt}>{formatDateTime(row.lastAttendedAt, locale)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryResult>
    </>
  );
}
