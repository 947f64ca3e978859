import { Injectable } from '@nestjs/common';
import { isFacilitator, isNetworkMember } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { loaderFor } from '../common/graphql/loaders';
import type { ProjectReport } from './project-report.entity';
import { ProjectReportsService } from './project-reports.service';

/**
 * Who sees what of a project report. Outsiders see the schedule only (kind, due date, status); summary and link are
 * for members of the network; the review remark for the project's own members and the facilitators. The project's
 * organisations are read in one batch per operation, however many reports a page shows.
 */
@Injectable()
export class ReportVisibility {
  constructor(private readonly reports: ProjectReportsService) {}

  content(context: GraphqlContext, value: string | null | undefined): string | null {
    return isNetworkMember(context.viewer) ? (value ?? null) : null;
  }

  async reviewRemark(context: GraphqlContext, report: ProjectReport): Promise<string | null> {
    if (!report.reviewRemark) return null;
    return (await this.isProjectInsider(context, report.project.id)) ? report.reviewRemark : null;
  }

  /** Facilitators, and members of the project's partnership or of its member organisations. */
  async isProjectInsider(context: GraphqlContext, projectId: string): Promise<boolean> {
    const viewer = context.viewer;
    if (isFacilitator(viewer)) return true;
    if (!viewer?.organisationIds.length) return false;
    const organisations = await loaderFor<string, Set<string>>(context, 'project.organisationIds', async (ids) => {
      const byProject = await this.reports.organisationIdsOf(ids);
      return ids.map((id) => byProject.get(id) ?? new Set<string>());
    }).load(projectId);
    return viewer.organisationIds.some((id) => organisations.has(id));
  }
}
