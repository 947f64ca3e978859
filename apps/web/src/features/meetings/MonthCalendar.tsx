import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from '../../app/i18n';
import { useLocale } from '../../lib/useLocale';
import { Button } from '../../ui/Button';
import { LoadError } from '../../ui/QueryState';
import { brusselsDayOf } from './brusselsTime';
import { MeetingRow } from './MeetingRow';
import { addMonths, buildMonthGrid, groupByDay, monthOfDay, monthRange, shiftDay, type Month } from './monthGrid';
import { MEETING_SUMMARY_FRAGMENT, MEETINGS_QUERY } from './queries';
import { getFragmentData } from '../../gql';

const KEY_STEPS: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };

function dayLabel(day: string, locale: string, options: Intl.DateTimeFormatOptions) {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }).format(new Date(Date.UTC(year, month - 1, date)));
}

/**
 * A month of meetings (Monday first, Brussels days). Keyboard: the chosen day is the
 * one tab stop; arrows move by day or week (into the next month too), Page Up/Down by
 * month; the chosen day's meetings are listed under the grid.
 */
export function MonthCalendar({ month, onMonthChange }: { month: Month; onMonthChange: (month: Month) => void }) {
  const { t } = useTranslation();
  const intlLocale = INTL_LOCALE[useLocale()];
  const range = monthRange(month);
  const { data, error, refetch } = useQuery(MEETINGS_QUERY, {
    variables: { filter: { from: range.from, to: range.to }, first: 100 },
    fetchPolicy: 'cache-and-network',
  });
  const today = brusselsDayOf(new Date());
  const [selected, setSelected] = useState(() =>
    monthOfDay(today).month === month.month && monthOfDay(today).year === month.year
      ? today
      : `${month.year}-${String(month.month).padStart(2, '0')}-01`,
  );
  const focusAfterMove = useRef(false);
  const gridRef = useRef<HTMLTableElement>(null);

  // A month chosen with the buttons selects its first day, unless the selection is already in it (only a change of
  // month moves the selection; set while rendering the new month, not in an effect after it).
  const monthShown = `${month.year}-${month.month}`;
  const [selectionMonth, setSelectionMonth] = useState(monthShown);
  if (selectionMonth !== monthShown) {
    setSelectionMonth(monthShown);
    const current = monthOfDay(selected);
    if (current.year !== month.year || current.month !== month.month)
      setSelected(`${month.year}-${String(month.month).padStart(2, '0')}-01`);
  }

  useEffect(() => {
    if (!focusAfterMove.current) return;
    focusAfterMove.current = false;
    gridRef.current?.querySelector<HTMLButtonElement>(`[data-day="${selected}"]`)?.focus();
  }, [selected]);

  const weeks = buildMonthGrid(month);
  const byDay = groupByDay(getFragmentData(MEETING_SUMMARY_FRAGMENT, data?.meetings.nodes) ?? []);
  const weekdays = weeks[0]!.map((day) => ({
    short: dayLabel(day.date, intlLocale, { weekday: 'short' }),
    long: dayLabel(day.date, intlLocale, { weekday: 'long' }),
  }));
  const caption = dayLabel(`${month.year}-${String(month.month).padStart(2, '0')}-01`, intlLocale, { month: 'long', year: 'numeric' });
  const selectedMeetings = byDay.get(selected) ?? [];

  function moveTo(day: string) {
    focusAfterMove.current = true;
    setSelected(day);
    const target = monthOfDay(day);
    if (target.year !== month.year || target.month !== month.month) onMonthChange(target);
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const step = KEY_STEPS[event.key];
    let next: string | undefined;
    if (step !== undefined) next = shiftDay(selected, step);
    else if (event.key === 'PageUp' || event.key === 'PageDown') {
      const target = addMonths(monthOfDay(selected), event.key === 'PageUp' ? -1 : 1);
      next = `${target.year}-${String(target.month).padStart(2, '0')}-01`;
    }
    if (!next) return;
    event.preventDefault();
    moveTo(next);
  }

  return (
    <section aria-labelledby="meetings-calendar-caption" className="section month-calendar">
      <div className="month-calendar__nav">
        <Button onClick={() => onMonthChange(addMonths(month, -1))}>{t('meetings.calendar.previous')}</Button>
        <h2 id="meetings-calendar-caption" aria-live="polite" className="month-calendar__caption">
          {caption}
        </h2>
        <Button onClick={() => onMonthChange(addMonths(month, 1))}>{t('meetings.calendar.next')}</Button>
        <Button variant="link" onClick={() => onMonthChange(monthOfDay(today))}>
          {t('meetings.calendar.today')}
        </Button>
      </div>
      <p id="meetings-calendar-hint" className="muted">
        {t('meetings.calendar.keyboardHint')}
      </p>
      {error && <LoadError onRetry={() => void refetch()} />}
      <table
        ref={gridRef}
        className="month-calendar__grid"
        aria-labelledby="meetings-calendar-caption"
        aria-describedby="meetings-calendar-hint"
      >
        <thead>
          <tr>
            {weekdays.map((weekday) => (
              <th key={weekday.long} scope="col">
                <abbr title={weekday.long}>{weekday.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]!.date}>
              {week.map((day) => {
                const meetings = byDay.get(day.date) ?? [];
                const isSelected = day.date === selected;
                const name = `${dayLabel(day.date, intlLocale, { day: 'numeric', month: 'long' })}: ${t('meetings.calendar.dayMeetings', { count: meetings.length })}`;
                return (
                  <td
                    key={day.date}
                    className={[
                      'month-calendar__day',
                      day.inMonth ? '' : 'month-calendar__day--outside',
                      day.date === today ? 'month-calendar__day--today' : '',
                    ]
                      .filter(Boolean)
                      .join(' ')}
                  >
                    <button
                      type="button"
                      data-day={day.date}
                      className="month-calendar__day-button"
                      tabIndex={isSelected ? 0 : -1}
                      aria-pressed={isSelected}
                      aria-label={name}
                      aria-current={day.date === today ? 'date' : undefined}
                      onClick={() => moveTo(day.date)}
                      onKeyDown={onKeyDown}
                    >
                      {day.day}
                    </button>
                    {meetings.length > 0 && (
                      <ul className="month-calendar__titles" aria-hidden="true">
                        {meetings.map((meeting) => (
                          <li key={meeting.id} className={meeting.cancelledAt ? 'month-calendar__title--cancelled' : undefined}>
                            {meeting.title}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div aria-live="polite">
        <h3>
          {t('meetings.calendar.selectedDay', {
            day: dayLabel(selected, intlLocale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
          })}
        </h3>
        {selectedMeetings.length === 0 ? (
          <p className="muted">{t('meetings.calendar.noneOnDay')}</p>
        ) : (
          <ul className="card-list card-list--single">
            {selectedMeetings.map((meeting) => (
              <MeetingRow key={meeting.id} meeting={meeting} headingLevel={4} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
