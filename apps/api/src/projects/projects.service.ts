import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loaders';
import { isUuid } from '../common/ids';
import { Organisation } from '../organisations/organisation.entity';
import { PilotProject } from './pilot-project.entity';

const POPULATE = ['partnership', 'leadOrganisation', 'reports'] as const;

@Injectable()
export class ProjectsService {
  constructor(private readonly em: EntityManager) {}

  list(): Promise<PilotProject[]> {
    return this.em.find(PilotProject, {}, { populate: POPULATE, orderBy: { title: 'asc' } });
  }

  byId(id: string): Promise<PilotProject | null> {
    return isUuid(id) ? this.em.findOne(PilotProject, { id }, { populate: POPULATE }) : Promise.resolve(null);
  }

  byPartnership(context: GraphqlContext, partnershipId: string): Promise<PilotProject | null> {
    return loaderFor<string, PilotProject | null>(context, 'project.byPartnership', async (ids) => {
      const projects = await this.em.find(PilotProject, { partnership: { $in: [...ids] } }, { populate: POPULATE });
      const byPartnership = new Map(projects.map((project) => [project.partnership.id, project]));
      return ids.map((id) => byPartnership.get(id) ?? null);
    }).load(partnershipId);
  }

  /** The partnership and its member organisations. */
  organisationsOf(context: GraphqlContext, project: PilotProject): Promise<Organisation[]> {
    return loaderFor<string, Organisation[]>(context, 'project.organisations', async (partnershipIds) => {
      const members = await this.em.find(
        Organisation,
        { partOf: { $in: [...partnershipIds] } },
        { populate: ['partOf'], orderBy: { name: 'asc' } },
      );
      const partnerships = await this.em.find(Organisation, { id: { $in: [...partnershipIds] } });
      return partnershipIds.map((id) => [
        ...partnerships.filter((p) => p.id === id),
        ...members.filter((m) => m.partOf.getItems().some((p) => p.id === id)),
      ]);
    }).load(project.partnership.id);
  }
}
