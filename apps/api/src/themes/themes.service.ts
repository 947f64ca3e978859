import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { ThemeOrder } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { groupByKeys, loaderFor } from '../common/graphql/loaders';
import { decodeOffsetCursor, offsetConnection, pageSize, type Connection } from '../common/graphql/pagination';
import { isUuid } from '../common/ids';
import { MeetingsService } from '../meetings/meetings.service';
import { ThemeSupport } from './theme-support.entity';
import { Theme } from './theme.entity';
import type { ThemeFilter } from './theme.model';

const ORDER: Record<ThemeOrder, QueryOrderMap<Theme>> = {
  [ThemeOrder.SUPPORT]: { supportCount: 'desc', createdAt: 'desc', id: 'asc' },
  [ThemeOrder.RECENT]: { createdAt: 'desc', id: 'asc' },
};

/** Reading themes: public, like the network's agenda; a meeting filter respects the meeting's visibility. */
@Injectable()
export class ThemesService {
  constructor(
    private readonly em: EntityManager,
    private readonly meetings: MeetingsService,
  ) {}

  async list(
    viewer: Viewer | null,
    filter: ThemeFilter | null | undefined,
    orderBy: ThemeOrder | null | undefined,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<Theme>> {
    const limit = pageSize(first);
    const offset = decodeOffsetCursor(after);
    const where: FilterQuery<Theme>[] = [];
    if (filter?.meetingId) {
      if (!(await this.meetings.byId(viewer, filter.meetingId))) return offsetConnection([], 0, 0);
      where.push({ collectedAt: filter.meetingId });
    }
    if (filter?.status) where.push({ status: filter.status });
    if (filter?.competence) where.push({ competences: { $contains: [filter.competence] } });
    if (filter?.supportedByViewer) {
      if (!viewer) return offsetConnection([], 0, 0);
      const supported: Array<{ theme_id: string }> = await this.em
        .getConnection()
        .execute('select theme_id from theme_support where user_id = ?', [viewer.userId]);
      where.push({ id: { $in: supported.map((row) => row.theme_id) } });
    }
    const [nodes, total] = await this.em.findAndCount(
      Theme,
      { $and: where },
      { orderBy: ORDER[orderBy ?? ThemeOrder.SUPPORT], limit, offset },
    );
    return offsetConnection(nodes, offset, total);
  }

  byId(id: string): Promise<Theme | null> {
    return isUuid(id) ? this.em.findOne(Theme, { id }) : Promise.resolve(null);
  }

  byIdBatched(context: GraphqlContext, id: string): Promise<Theme | null> {
    return loaderFor<string, Theme | null>(context, 'theme.byId', async (ids) => {
      const rows = await this.em.find(Theme, { id: { $in: [...ids] } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }

  /** Themes collected at a meeting, most supported first. */
  collectedAt(context: GraphqlContext, meetingId: string): Promise<Theme[]> {
    return loaderFor<string, Theme[]>(context, 'theme.collectedAt', async (ids) => {
      const rows = await this.em.find(Theme, { collectedAt: { $in: [...ids] } }, { orderBy: ORDER[ThemeOrder.SUPPORT] });
      return groupByKeys(ids, rows, (row) => row.collectedAt!.id);
    }).load(meetingId);
  }

  /** Per viewer (the key says whose): live events share loaders between subscribers. */
  viewerSupports(context: GraphqlContext, themeId: string): Promise<boolean> {
    const viewer = context.viewer;
    if (!viewer) return Promise.resolve(false);
    return loaderFor<string, boolean>(context, `theme.viewerSupports:${viewer.userId}`, async (ids) => {
      const rows = await this.em.find(ThemeSupport, { theme: { $in: [...ids] }, user: viewer.userId });
      const supported = new Set(rows.map((row) => row.theme.id));
      return ids.map((id) => supported.has(id));
    }).load(themeId);
  }
}
