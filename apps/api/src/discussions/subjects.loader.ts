import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loaders';
import { AgendaItem } from '../meetings/agenda-item.entity';
import { Meeting } from '../meetings/meeting.entity';
import { PilotProject } from '../projects/pilot-project.entity';
import { Theme } from '../themes/theme.entity';

/** What a thread hangs on, batched per operation (or per live event). */
@Injectable()
export class SubjectsLoader {
  constructor(private readonly em: EntityManager) {}

  theme(context: GraphqlContext, id: string) {
    return this.byId(context, Theme, 'subject.theme', id);
  }

  meeting(context: GraphqlContext, id: string) {
    return this.byId(context, Meeting, 'subject.meeting', id);
  }

  agendaItem(context: GraphqlContext, id: string) {
    return this.byId(context, AgendaItem, 'subject.agendaItem', id);
  }

  pilotProject(context: GraphqlContext, id: string) {
    return this.byId(context, PilotProject, 'subject.pilotProject', id, ['partnership', 'leadOrganisation', 'reports']);
  }

  private byId<T extends { id: string }>(
    context: GraphqlContext,
    entity: EntityName<T>,
    key: string,
    id: string,
    populate: string[] = [],
  ): Promise<T | null> {
    return loaderFor<string, T | null>(context, key, async (ids) => {
      const rows = await this.em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>, { populate: populate as never });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((k) => byId.get(k) ?? null);
    }).load(id);
  }
}
