import { describe, expect, it } from 'vitest';
import { applyThemeChange, openBottleneckIds, sortThemes } from './themeList';
import { ThemeOrder, ThemeStatus } from '@ln/domain';
import type { ThemeData } from './queries';

const theme = (id: string, supportCount: number, createdAt: string, extra: Partial<ThemeData> = {}): ThemeData => ({
  __typename: 'Theme',
  id,
  title: `Thema ${id}`,
  description: null,
  status: ThemeStatus.PROPOSED,
  supportCount,
  viewerSupports: false,
  competences: [],
  createdAt,
  collectedAt: null,
  ...extra,
});

const a = theme('a', 3, '2026-11-01T10:00:00Z');
const b = theme('b', 5, '2026-11-02T10:00:00Z');
const c = theme('c', 3, '2026-11-03T10:00:00Z');

describe('sortThemes', () => {
  it('orders by support, newest first among equals', () => {
    expect(sortThemes([a, b, c], ThemeOrder.SUPPORT).map((t) => t.id)).toEqual(['b', 'c', 'a']);
  });
  it('orders by recency', () => {
    expect(sortThemes([a, b, c], ThemeOrder.RECENT).map((t) => t.id)).toEqual(['c', 'b', 'a']);
  });
});

describe('applyThemeChange', () => {
  it('moves a theme up when its support grows, without duplicating it', () => {
    const list = applyThemeChange([b, c, a], { ...a, supportCount: 9 }, {}, ThemeOrder.SUPPORT);
    expect(list.map((t) => [t.id, t.supportCount])).toEqual([
      ['a', 9],
      ['b', 5],
      ['c', 3],
    ]);
  });
  it('adds a new proposal that matches, and leaves out one that does not', () => {
    const fresh = theme('d', 0, '2026-11-04T10:00:00Z', { collectedAt: { __typename: 'Meeting', id: 'm1', title: 'M' } });
    expect(applyThemeChange([b], fresh, { meetingId: 'm1' }, ThemeOrder.RECENT).map((t) => t.id)).toEqual(['d', 'b']);
    expect(applyThemeChange([b], fresh, { meetingId: 'm2' }, ThemeOrder.RECENT).map((t) => t.id)).toEqual(['b']);
  });
  it('drops a theme whose status no longer matches the filter', () => {
    expect(
      applyThemeChange([a, b], { ...a, status: ThemeStatus.ADOPTED }, { status: ThemeStatus.PROPOSED }, ThemeOrder.SUPPORT).map(
        (t) => t.id,
      ),
    ).toEqual(['b']);
  });
});

describe('openBottleneckIds', () => {
  it('names the bottlenecks without a lever', () => {
    expect(openBottleneckIds({ openBottlenecks: [{ id: 'p1' }] })).toEqual(new Set(['p1']));
  });
});
