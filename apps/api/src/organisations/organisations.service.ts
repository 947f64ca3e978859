import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { LIMITS } from '@ln/domain';
import { isFacilitator, type Viewer } from '../common/auth/viewer';
import { badInput } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { byIdLoader, groupByKeys, loaderFor } from '../common/graphql/loaders';
import { decodeOffsetCursor, offsetConnection, pageSize, type Connection } from '../common/graphql/pagination';
import { isUuid } from '../common/ids';
import { LeanRows } from '../common/database/lean-rows';
import type { OrganisationFilter } from './organisation.inputs';
import { Organisation } from './organisation.entity';
import { visibilityFilterFor } from '../common/access/visibility';

interface LinkRow {
  partnership_id: string;
  member_id: string;
}

@Injectable()
export class OrganisationsService {
  constructor(
    private readonly em: EntityManager,
    private readonly lean: LeanRows,
  ) {}

  /** Members see members-only organisations; only facilitators see applicants that are not admitted yet. */
  private visibleTo(viewer: Viewer | null): FilterQuery<Organisation> {
    const admitted: FilterQuery<Organisation> = isFacilitator(viewer) ? {} : { admittedAt: { $ne: null } };
    return { ...admitted, ...visibilityFilterFor(viewer) };
  }

  async list(
    viewer: Viewer | null,
    filter: OrganisationFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<Organisation>> {
    const limit = pageSize(first);
    const offset = decodeOffsetCursor(after);
    const where: FilterQuery<Organisation>[] = [this.visibleTo(viewer), { admittedAt: { $ne: null } }];
    if (filter?.types?.length) where.push({ type: { $in: filter.types } });
    if (typeof filter?.subsidised === 'boolean') where.push({ subsidised: filter.subsidised });
    if (filter?.nameContains) {
      if (filter.nameContains.length > LIMITS.searchQueryMaxLength) {
        throw badInput({ nameContains: `Maximaal ${LIMITS.searchQueryMaxLength} tekens.` });
      }
      where.push({ name: { $ilike: `%${filter.nameContains.replace(/[%_\\]/g, (c) => `\\${c}`)}%` } });
    }
    if (filter?.topLevelOnly) where.push({ partOf: { $none: {} } });
    const [nodes, totalCount] = await this.em.findAndCount(
      Organisation,
      { $and: where },
      { orderBy: { name: 'asc', id: 'asc' }, limit, offset },
    );
    return offsetConnection(nodes, offset, totalCount);
  }

  async byId(viewer: Viewer | null, id: string): Promise<Organisation | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(Organisation, { $and: [{ id }, this.visibleTo(viewer)] });
  }

  /** A partnership's members, batched per operation. */
  membersOf(context: GraphqlContext, organisationId: string): Promise<Organisation[]> {
    return loaderFor<string, Organisation[]>(context, 'organisation.members', (ids) =>
      this.linked(context.viewer, ids, 'partnership_id', 'member_id'),
    ).load(organisationId);
  }

  /** What an organisation is part of, batched per operation. */
  partOf(context: GraphqlContext, organisationId: string): Promise<Organisation[]> {
    return loaderFor<string, Organisation[]>(context, 'organisation.partOf', (ids) =>
      this.linked(context.viewer, ids, 'member_id', 'partnership_id'),
    ).load(organisationId);
  }

  byIdBatched(context: GraphqlContext, id: string): Promise<Organisation | null> {
    return loaderFor<string, Organisation | null>(context, 'organisation.byId', async (ids) => {
      const rows = await this.em.find(Organisation, { $and: [{ id: { $in: [...ids] } }, this.visibleTo(context.viewer)] });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((key) => byId.get(key) ?? null);
    }).load(id);
  }

  /** For references the viewer already may see (their own memberships): no visibility filter. */
  byIdUnfiltered(context: GraphqlContext, id: string): Promise<Organisation | null> {
    return byIdLoader(context, this.lean, Organisation).load(id);
  }

  private async linked(
    viewer: Viewer | null,
    ids: readonly string[],
    fromColumn: keyof LinkRow,
    toColumn: keyof LinkRow,
  ): Promise<Organisation[][]> {
    const links: LinkRow[] = await this.em
      .getConnection()
      .execute(`select partnership_id, member_id from organisation_member where ${fromColumn} in (?)`, [[...ids]]);
    const targets = await this.em.find(
      Organisation,
      { $and: [{ id: { $in: [...new Set(links.map((link) => link[toColumn]))] } }, this.visibleTo(viewer)] },
      { orderBy: { name: 'asc' } },
    );
    const byId = new Map(targets.map((org) => [org.id, org]));
    const grouped = groupByKeys(ids, links, (link) => link[fromColumn]);
    return grouped.map((group) =>
      group
        .map((link) => byId.get(link[toColumn]))
        .filter((org): org is Organisation => org !== undefined)
        .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    );
  }
}
