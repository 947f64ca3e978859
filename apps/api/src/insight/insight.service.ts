import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { Competence, PracticeStatus, TIME_ZONE } from '@ln/domain';
import type { CompetencePracticesModel, MonthFigureModel, ThemeWeekActivityModel } from './insight.models';

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

  /**
   * The supporters of the five most supported themes at the end of each of the last `months` Brussels months.
   * A withdrawn support leaves no trace, so this is the current supporters by the day they joined.
   */
  async themeSupportOverTime(months: number, asOf: Date): Promise<MonthFigureModel[]> {
    return this.em.getConnection().execute<MonthFigureModel[]>(
      `with top as (select id, title from theme order by support_count desc, created_at, id limit 5),
            months as (
              select generate_series(date_trunc('month', ?::timestamptz at time zone ?) - make_interval(months => ? - 1),
                                     date_trunc('month', ?::timestamptz at time zone ?), interval '1 month') as m)
       select to_char(months.m, 'YYYY-MM') as month, top.id as "seriesId", top.title as "seriesName",
              (select count(*) from theme_support s
                where s.theme_id = top.id and s.created_at < (months.m + interval '1 month') at time zone ?)::int as value
         from months cross join top
        order by months.m, top.title`,
      [asOf, TIME_ZONE, months, asOf, TIME_ZONE, TIME_ZONE],
    );
  }

  /**
   * Who came to the meetings, per organisation per Brussels month of the last `months` months: people marked present
   * at a meeting that took place (cancelled ones do not count), under each organisation they are a member of.
   */
  async attendanceOverTime(months: number, asOf: Date): Promise<MonthFigureModel[]> {
    return this.em.getConnection().execute<MonthFigureModel[]>(
      `select to_char(date_trunc('month', m.starts_at at time zone ?), 'YYYY-MM') as month, o.id as "seriesId",
              o.name as "seriesName", count(*)::int as value
         from meeting_registration r
         join meeting m on m.id = r.meeting_id and m.cancelled_at is null
         join membership ms on ms.user_id = r.user_id
         join organisation o on o.id = ms.organisation_id
        where r.attended = true
          and m.starts_at >= (date_trunc('month', ?::timestamptz at time zone ?) - make_interval(months => ? - 1)) at time zone ?
          and m.starts_at <= ?
        group by 1, o.id, o.name
        order by 1, o.name`,
      [TIME_ZONE, asOf, TIME_ZONE, months, TIME_ZONE, asOf],
    );
  }
}
