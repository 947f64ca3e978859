import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Competence, PracticeStatus, TIME_ZONE } from '@ln/domain';
import type { CompetencePracticesModel, ThemeWeekActivityModel } from './insight.models';

/** The network's activity in figures, each computed by PostgreSQL in one statement. */
@Injectable()
export class InsightService {
  constructor(private readonly em: EntityManager) {}

  /**
   * Posts per Brussels week per theme (a thread's theme; null for threads without one), over the last `weeks` weeks
   * up to `asOf`; deleted and hidden posts do not count. Weeks without posts are absent.
   */
  async activityPerWeek(weeks: number, asOf: Date): Promise<ThemeWeekActivityModel[]> {
    const rows: Array<{ week_start: string; theme_id: string | null; theme_title: string | null; posts: number }> = await this.em
      .getConnection()
      .execute(
        `select to_char(date_trunc('week', p.created_at at time zone ?), 'YYYY-MM-DD') as week_start,
                t.theme_id, th.title as theme_title, count(*)::int as posts
           from post p join thread t on t.id = p.thread_id left join theme th on th.id = t.theme_id
          where p.deleted_at is null and p.hidden_at is null
            and p.created_at > ?::timestamptz - make_interval(weeks => ?) and p.created_at <= ?
          group by 1, t.theme_id, th.title
          order by 1, th.title nulls last`,
        [TIME_ZONE, asOf, weeks, asOf],
      );
    return rows.map((row) => ({ weekStart: row.week_start, themeId: row.theme_id, themeTitle: row.theme_title, posts: row.posts }));
  }

  /** Published practices per competence (a practice with two competences counts for both); every competence listed. */
  async practicesPerCompetence(): Promise<CompetencePracticesModel[]> {
    const rows: Array<{ competence: Competence; practices: number }> = await this.em.getConnection().execute(
      `select c.competence, count(p.id)::int as practices
         from unnest(array[?]::text[]) with ordinality as c(competence, position)
         left join practice p on p.status = ? and c.competence = any(p.competences::text[])
        group by c.competence, c.position order by c.position`,
      [Object.values(Competence), PracticeStatus.PUBLISHED],
    );
    return rows;
  }
}
