import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { createCache } from '../../app/apollo';
import { createI18n } from '../../app/i18n';
import { MonthCalendar } from './MonthCalendar';
import { monthRange, type Month } from './monthGrid';
import { MEETINGS_QUERY } from './queries';

function meeting(id: string, title: string, startsAt: string) {
  return {
    __typename: 'Meeting',
    id,
    title,
    startsAt,
    endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
    location: 'Brussel',
    onlineUrl: null,
    visibility: 'PUBLIC',
    capacity: null,
    registrationCount: 3,
    viewerRegistration: null,
    cancelledAt: null,
  };
}

function monthMock(month: Month, nodes: unknown[]) {
  const { from, to } = monthRange(month);
  return {
    request: { query: MEETINGS_QUERY, variables: { filter: { from, to }, first: 100 } },
    result: {
      data: {
        meetings: {
          __typename: 'MeetingConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          nodes,
        },
      },
    },
    maxUsageCount: 5,
  };
}

function Harness({ start }: { start: Month }) {
  const [month, setMonth] = useState(start);
  return <MonthCalendar month={month} onMonthChange={setMonth} />;
}

function renderCalendar() {
  const march = { year: 2026, month: 3 };
  const april = { year: 2026, month: 4 };
  render(
    <I18nextProvider i18n={createI18n('nl')}>
      <MockedProvider
        cache={createCache()}
        mocks={[
          // 00:30 on 29 March in Brussels is still 28 March in UTC.
          monthMock(march, [
            meeting('m1', 'Nachtelijke intervisie', '2026-03-28T23:30:00Z'),
            meeting('m2', 'Tweede bijeenkomst', '2026-03-29T08:00:00Z'),
          ]),
          monthMock(april, []),
        ]}
      >
        <MemoryRouter>
          <Harness start={march} />
        </MemoryRouter>
      </MockedProvider>
    </I18nextProvider>,
  );
}

describe('MonthCalendar', () => {
  it('puts meetings on their Brussels day and lists the chosen day under the grid', async () => {
    renderCalendar();
    const day = await screen.findByRole('button', { name: '29 maart: 2 ontmoetingsmomenten' });
    expect(screen.getByRole('button', { name: '28 maart: Geen ontmoetingsmomenten' })).toBeTruthy();
    fireEvent.click(day);
    const list = screen.getByRole('heading', { name: /Ontmoetingsmomenten op zondag 29 maart 2026/ }).parentElement!;
    expect(within(list).getByRole('link', { name: 'Nachtelijke intervisie' }).getAttribute('href')).toBe('/ontmoetingsmomenten/m1');
    expect(within(list).getByRole('link', { name: 'Tweede bijeenkomst' })).toBeTruthy();
  });

  it('has one tab stop and moves with the arrow keys, into the next month too', async () => {
    renderCalendar();
    await screen.findByRole('button', { name: '29 maart: 2 ontmoetingsmomenten' });
    const tabbable = screen.getAllByRole('button', { pressed: true });
    expect(tabbable).toHaveLength(1);
    expect(tabbable[0]!.getAttribute('tabindex')).toBe('0');
    expect(tabbable[0]!.getAttribute('data-day')).toBe('2026-03-01');

    act(() => tabbable[0]!.focus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-03-02');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-03-09');
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowLeft' });
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-03-01');

    // A week down from 30 March is 6 April: the calendar turns to April.
    fireEvent.click(screen.getByRole('button', { name: '30 maart: Geen ontmoetingsmomenten' }));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(await screen.findByRole('heading', { level: 2, name: 'april 2026' })).toBeTruthy();
    expect(document.activeElement?.getAttribute('data-day')).toBe('2026-04-06');
  });

  it('goes to the previous and next month with the buttons', async () => {
    renderCalendar();
    await screen.findByRole('heading', { level: 2, name: 'maart 2026' });
    fireEvent.click(screen.getByRole('button', { name: 'Volgende maand' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'april 2026' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vorige maand' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'maart 2026' })).toBeTruthy();
  });
});
