import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { LIMITS } from '@ln/domain';
import { isNetworkMember, type Viewer } from '../common/auth/viewer';
import { badInput } from '../common/errors/domain-error';
import { pageSize } from '../common/graphql/pagination';
import { Post } from '../discussions/post.entity';
import { Thread } from '../discussions/thread.entity';
import { Practice } from '../knowledge/practice.entity';
import { Meeting } from '../meetings/meeting.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Theme } from '../themes/theme.entity';
import { searchSql, SearchType } from './search-sql';
import type { SearchNode } from './search.models';

export interface SearchResult {
  score: number;
  snippet: string;
  type: SearchType;
  node: SearchNode;
}

interface HitRow {
  type: SearchType;
  id: string;
  score: number | string;
  snippet: string;
}

const ENTITY: Record<SearchType, new () => SearchNode> = {
  [SearchType.THREAD]: Thread,
  [SearchType.POST]: Post,
  [SearchType.THEME]: Theme,
  [SearchType.MEETING]: Meeting,
  [SearchType.PRACTICE]: Practice,
  [SearchType.ORGANISATION]: Organisation,
};

/** Dutch full-text search with ranking, snippets and typo-tolerant names, over what the viewer may see. */
/** Deeper than this nobody pages; it also bounds the work per request. */
const MAX_OFFSET = 1000;

@Injectable()
export class SearchService {
  constructor(private readonly em: EntityManager) {}

  async search(
    viewer: Viewer | null,
    query: string,
    first?: number | null,
    types?: SearchType[] | null,
    offset?: number | null,
  ): Promise<SearchResult[]> {
    const text = query.trim();
    if (text.length > LIMITS.searchQueryMaxLength) throw badInput({ query: `Maximaal ${LIMITS.searchQueryMaxLength} tekens.` });
    const limit = pageSize(first);
    const skip = offset ?? 0;
    if (!Number.isInteger(skip) || skip < 0 || skip > MAX_OFFSET) throw badInput({ offset: `Een getal van 0 tot ${MAX_OFFSET}.` });
    const sql = searchSql(types?.length ? types : Object.values(SearchType), isNetworkMember(viewer));
    if (!text || !sql) return [];
    const rows: HitRow[] = await this.em.getConnection().execute(sql, [text, text, limit, skip]);
    const nodes = await this.load(rows);
    return rows.flatMap((row) => {
      const node = nodes.get(`${row.type}:${row.id}`);
      return node ? [{ score: Number(row.score), snippet: row.snippet, type: row.type, node }] : [];
    });
  }

  /** One query per kind that has hits. */
  private async load(rows: HitRow[]): Promise<Map<string, SearchNode>> {
    const byType = new Map<SearchType, string[]>();
    for (const row of rows) byType.set(row.type, [...(byType.get(row.type) ?? []), row.id]);
    const loaded = new Map<string, SearchNode>();
    await Promise.all(
      [...byType].map(async ([type, ids]) => {
        // Loaded for a union of entity classes, MikroORM's rows are typed any.
        const found = (await this.em.find(ENTITY[type], { id: { $in: ids } })) as SearchNode[];
        for (const node of found) loaded.set(`${type}:${node.id}`, node);
      }),
    );
    return loaded;
  }
}
