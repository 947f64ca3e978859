import { describe, expect, it } from 'vitest';
import { activityRows } from './insightFigures';

const labels = { other: 'Andere', noTheme: 'Zonder thema' };

describe('the activity chart', () => {
  it('keeps the busiest themes as columns, folds the rest into “other”, and fills weeks without a theme’s posts with 0', () => {
    const figures = activityRows(
      [
        { weekStart: '2026-11-16', themeTitle: 'Onthaal', posts: 5 },
        { weekStart: '2026-11-16', themeTitle: 'Taal', posts: 1 },
        { weekStart: '2026-11-23', themeTitle: 'Werk', posts: 2 },
        { weekStart: '2026-11-23', themeTitle: null, posts: 3 },
      ],
      2,
      labels,
    );
    expect(figures.series).toEqual(['Onthaal', 'Zonder thema', 'Andere']);
    expect(figures.rows).toEqual([
      { x: '2026-11-16', Onthaal: 5, 'Zonder thema': 0, Andere: 1 },
      { x: '2026-11-23', Onthaal: 0, 'Zonder thema': 3, Andere: 2 },
    ]);
    expect(figures).toMatchObject({ total: 11, largest: 'Onthaal' });
  });

  it('is empty without posts', () => {
    expect(activityRows([], 5, labels)).toEqual({ series: [], rows: [], total: 0, largest: null });
  });
});
