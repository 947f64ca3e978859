import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { stringify } from 'csv-stringify';
import { AuditAction, NetworkRole } from '@ln/domain';
import { Public } from '../common/auth/decorators';
import { ViewerResolver } from '../common/auth/viewer-resolver';
import { forbidden, invalidField, unauthenticated } from '../common/errors/domain-error';
import type { AuditFilter } from './audit.model';
import { AuditLogService } from './audit-log.service';

const COLUMNS = [
  'at',
  'action',
  'actor_id',
  'actor_name',
  'person_id',
  'person_name',
  'organisation_id',
  'organisation_name',
  'subject_type',
  'subject_id',
  'details',
];

/**
 * GET /audit/log.csv?personId=&organisationId=&action=&from=&to= — the audit log for admins, oldest first, streamed
 * in batches (memory stays flat however long the log). `from`/`to` are ISO dates or times; `to` is exclusive.
 */
@Public()
@Controller()
export class AuditCsvController {
  constructor(
    private readonly log: AuditLogService,
    private readonly viewers: ViewerResolver,
  ) {}

  @Get('audit/log.csv')
  async download(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.viewers.fromRequest(req);
    if (!viewer) throw unauthenticated('auditLogAdminsOnly');
    if (viewer.role !== NetworkRole.ADMIN) throw forbidden('auditLogAdminsOnly');
    const filter = filterOf(query);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Content-Disposition', 'attachment; filename="logboek.csv"');
    res.type('text/csv; charset=utf-8');
    const csv = stringify({ header: true, columns: COLUMNS });
    csv.pipe(res);
    for await (const batch of this.log.all(filter)) {
      for (const entry of batch) {
        const ok = csv.write([
          entry.at.toISOString(),
          entry.action,
          entry.actorId,
          entry.actorName,
          entry.personId,
          entry.personName,
          entry.organisationId,
          entry.organisationName,
          entry.subjectType,
          entry.subjectId,
          JSON.stringify(Object.fromEntries(entry.details.map((detail) => [detail.name, detail.value]))),
        ]);
        if (!ok) await new Promise((resolve) => csv.once('drain', resolve));
      }
    }
    csv.end();
  }
}

function filterOf(query: Record<string, unknown>): AuditFilter {
  const text = (name: string): string | null => (typeof query[name] === 'string' && query[name] ? query[name] : null);
  const date = (name: string): Date | null => {
    const value = text(name);
    if (!value) return null;
    const parsed = new Date(value);
    if (Number.isNaN(parsed.getTime())) throw invalidField(name, 'invalidDate');
    return parsed;
  };
  const action = text('action');
  if (action && !Object.values(AuditAction).includes(action as AuditAction)) throw invalidField('action', 'unknownAuditAction');
  return {
    personId: text('personId'),
    organisationId: text('organisationId'),
    action: action as AuditAction | null,
    from: date('from'),
    to: date('to'),
  };
}
