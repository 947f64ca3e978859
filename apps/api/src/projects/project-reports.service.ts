import { Injectable } from '@nestjs/common';
import { EntityManager, LockMode } from '@mikro-orm/postgresql';
import { AuditAction, INPUT_RULES, ReportKind, type Locale } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { conflict, forbidden, notFound } from '../common/errors/domain-error';
import { brusselsDate } from '../common/time';
import { isUuid } from '../common/ids';
import { recordAudit } from '../common/audit/audit-trail';
import type { AuditRecord } from '../common/audit/audit-trail';
import { InputValidator } from '../common/validation';
import { AppConfig } from '../config/app-config';
import type { Notification } from '../notifications/notification.entity';
import { NotificationsService } from '../notifications/notifications.service';
import { User } from '../people/user.entity';
import { PilotProject } from './pilot-project.entity';
import { ProjectReport } from './project-report.entity';
import { findByIdOr404 } from '../common/database/find-by-id';
import { attachFiles } from '../files/file-attachments';
import type { FileRef } from '../files/file-owner';
import { FilesService, ormRunner } from '../files/files.service';

export interface SubmitReportInput {
  projectId: string;
  kind: ReportKind;
  summary: string;
  link?: string | null;
  files?: FileRef[] | null;
}

const KIND_NL: Record<ReportKind, string> = {
  [ReportKind.INTERIM_PROGRESS]: 'tussentijds voortgangsrapport',
  [ReportKind.FINAL_CONTENT]: 'inhoudelijk eindverslag',
  [ReportKind.FINANCIAL]: 'financieel verslag',
};

/** Reports a pilot project owes: submitted by its members, reviewed or sent back by facilitators, reminded before due. */
@Injectable()
export class ProjectReportsService {
  constructor(
    private readonly em: EntityManager,
    private readonly notifications: NotificationsService,
    private readonly config: AppConfig,
    private readonly files: FilesService,
  ) {}

  /** The organisations whose members act for a project: its partnership and the partnership's members. */
  async organisationIdsOf(projectIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const rows: Array<{ project_id: string; organisation_id: string }> = await this.em.getConnection().execute(
      `select p.id as project_id, p.partnership_id as organisation_id from pilot_project p where p.id in (?)
       union
       select p.id, om.member_id from pilot_project p join organisation_member om on om.partnership_id = p.partnership_id where p.id in (?)`,
      [[...projectIds], [...projectIds]],
    );
    const result = new Map<string, Set<string>>(projectIds.map((id) => [id, new Set<string>()]));
    for (const row of rows) result.get(row.project_id)?.add(row.organisation_id);
    return result;
  }

  async canSubmit(viewer: Viewer | null, projectId: string): Promise<boolean> {
    if (!viewer) return false;
    const organisations = (await this.organisationIdsOf([projectId])).get(projectId) ?? new Set();
    return viewer.organisationIds.some((id) => organisations.has(id));
  }

  async submit(viewer: Viewer, input: SubmitReportInput, locale: Locale): Promise<ProjectReport> {
    const v = new InputValidator(locale);
    const fields = v.input(INPUT_RULES.submitProjectReport, input);
    v.done();
    const summary = fields!.summary;
    const link = fields!.link || null;
    if (!isUuid(input.projectId) || !(await this.em.count(PilotProject, { id: input.projectId }))) {
      throw notFound('projectNotFound');
    }
    if (!(await this.canSubmit(viewer, input.projectId))) {
      throw forbidden('reportProjectMembersOnly');
    }
    let dropped: string[] = [];
    const submitted = await this.em.transactional(async (tx) => {
      const report = await tx.findOne(
        ProjectReport,
        { project: input.projectId, kind: input.kind },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!report) throw notFound('reportNotFoundForProject');
      if (report.reviewedAt) throw conflict('reportAlreadyApproved');
      report.summary = summary;
      report.link = link;
      report.submittedAt = new Date();
      report.submittedBy = tx.getReference(User, viewer.userId);
      if (input.files) {
        dropped = await attachFiles(
          ormRunner(tx),
          viewer.userId,
          input.files,
          { kind: 'report', id: report.id },
          { requireAlt: false, replace: true },
        );
      }
      await tx.flush();
      return report;
    });
    await this.files.discard(dropped);
    return submitted;
  }

  async review(viewer: Viewer, reportId: string): Promise<ProjectReport> {
    return this.decide(reportId, async (tx, report, queued) => {
      report.reviewedAt = new Date();
      report.reviewedBy = tx.getReference(User, viewer.userId);
      report.reviewRemark = null;
      recordAudit(tx, reportAudit(AuditAction.REPORT_APPROVED, viewer, report));
      await this.notifyProject(
        tx,
        report,
        'REPORT_REVIEWED',
        `Het ${KIND_NL[report.kind]} van ${report.project.title} is goedgekeurd.`,
        queued,
      );
    });
  }

  async sendBack(viewer: Viewer, reportId: string, remark: string, locale: Locale): Promise<ProjectReport> {
    const v = new InputValidator(locale);
    const text = v.input(INPUT_RULES.sendBackProjectReport, { remark })?.remark;
    v.done();
    return this.decide(reportId, async (tx, report, queued) => {
      report.submittedAt = null;
      report.sentBackAt = new Date();
      report.reviewRemark = text;
      report.reviewedBy = tx.getReference(User, viewer.userId);
      recordAudit(tx, { ...reportAudit(AuditAction.REPORT_SENT_BACK, viewer, report), details: { kind: report.kind, remark: text } });
      await this.notifyProject(
        tx,
        report,
        'REPORT_SENT_BACK',
        `Het ${KIND_NL[report.kind]} van ${report.project.title} werd teruggestuurd: ${text}`,
        queued,
      );
    });
  }

  /**
   * Reminds each project's members of reports due within the reminder window (once per report).
   * Runs hourly on its own; `asOf` makes it testable and lets facilitators send reminders now.
   */
  async sendDueReminders(asOf: Date): Promise<number> {
    const from = brusselsDate(asOf);
    const until = brusselsDate(new Date(asOf.getTime() + this.config.reminderDaysBeforeDue * 86_400_000));
    const queued: Notification[] = [];
    const count = await this.em.fork().transactional(async (tx) => {
      const reports = await tx.find(
        ProjectReport,
        { submittedAt: null, reviewedAt: null, reminderSentAt: null, dueOn: { $gte: from, $lte: until } },
        { populate: ['project'], lockMode: LockMode.PESSIMISTIC_WRITE_OR_FAIL },
      );
      for (const report of reports) {
        report.reminderSentAt = asOf;
        // The notification also goes out by e-mail, by each person's preference (immediately by default).
        await this.notifyProject(
          tx,
          report,
          'REPORT_DUE',
          `Het ${KIND_NL[report.kind]} van ${report.project.title} is verschuldigd op ${report.dueOn}.`,
          queued,
        );
      }
      await tx.flush();
      return reports.length;
    });
    await this.notifications.announce(queued);
    return count;
  }

  private async decide(
    reportId: string,
    change: (tx: EntityManager, report: ProjectReport, queued: Notification[]) => Promise<void>,
  ): Promise<ProjectReport> {
    const queued: Notification[] = [];
    const result = await this.em.transactional(async (tx) => {
      const report = await findByIdOr404(tx, ProjectReport, reportId, 'reportNotFound', { lockMode: LockMode.PESSIMISTIC_WRITE });
      await tx.populate(report, ['project']);
      if (!report.submittedAt || report.reviewedAt) throw conflict('reportNotAwaitingReview');
      await change(tx, report, queued);
      await tx.flush();
      return report;
    });
    await this.notifications.announce(queued);
    return result;
  }

  private async notifyProject(
    tx: EntityManager,
    report: ProjectReport,
    kind: string,
    subject: string,
    queued: Notification[],
  ): Promise<void> {
    const organisations = [...((await this.organisationIdsOf([report.project.id])).get(report.project.id) ?? [])];
    const users = organisations.length
      ? await tx.find(User, { memberships: { organisation: { $in: organisations } }, deactivatedAt: null })
      : [];
    queued.push(
      ...this.notifications.queue(
        tx,
        users.map((u) => u.id),
        { kind, subject, link: `/projecten/${report.project.id}` },
      ),
    );
  }
}

/** A review decision in the audit trail: about the report, for the project's partnership. */
function reportAudit(action: AuditAction, viewer: Viewer, report: ProjectReport): AuditRecord {
  return {
    action,
    actorId: viewer.userId,
    organisationId: report.project.partnership.id,
    subject: { type: 'projectReport', id: report.id },
    details: { kind: report.kind },
  };
}
