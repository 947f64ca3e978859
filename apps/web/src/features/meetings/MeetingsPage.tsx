import './meetings.css';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isStaff, useViewer } from '../auth/viewer';
import { brusselsDayOf } from './brusselsTime';
import { CalendarLinks } from './CalendarLinks';
import { MeetingList } from './MeetingList';
import { MonthCalendar } from './MonthCalendar';
import { monthKey, monthOfDay, parseMonthKey } from './monthGrid';
import { ButtonLink } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';

type View = 'lijst' | 'kalender';

/** /ontmoetingsmomenten — upcoming and past meetings, or a month calendar (?weergave=kalender&maand=2026-03). */
export function MeetingsPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('weergave') === 'kalender' ? 'kalender' : 'lijst';
  const month = parseMonthKey(params.get('maand')) ?? monthOfDay(brusselsDayOf(new Date()));

  function show(next: View) {
    setParams((current) => {
      const copy = new URLSearchParams(current);
      copy.set('weergave', next);
      return copy;
    });
  }

  return (
    <>
      <PageHeader
        title={t('meetings.title')}
        lead={t('meetings.lead')}
        actions={
          isStaff(viewer?.role) && (
            <>
              <ButtonLink to="/ontmoetingsmomenten/nieuw" variant="primary">
                {t('meetings.plan')}
              </ButtonLink>
              <ButtonLink to="/ontmoetingsmomenten/aanwezigheid" variant="quiet">
                {t('meetings.attendanceLink')}
              </ButtonLink>
            </>
          )
        }
      />
      <div role="group" aria-label={t('meetings.views')} className="view-switch">
        {(['lijst', 'kalender'] as const).map((option) => (
          <button
            key={option}
            type="button"
            className="button button--secondary"
            aria-pressed={view === option}
            onClick={() => show(option)}
          >
            {t(option === 'lijst' ? 'meetings.listView' : 'meetings.calendarView')}
          </button>
        ))}
      </div>
      {view === 'lijst' ? (
        <>
          <MeetingList when="upcoming" />
          <MeetingList when="past" />
        </>
      ) : (
        <MonthCalendar
          month={month}
          onMonthChange={(next) =>
            setParams((current) => {
              const copy = new URLSearchParams(current);
              copy.set('maand', monthKey(next));
              return copy;
            })
          }
        />
      )}
      <CalendarLinks />
    </>
  );
}
