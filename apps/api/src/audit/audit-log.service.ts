import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { MODERATION_ACTIONS } from '@ln/domain';
import { isUuid } from '../common/ids';
import type { AuditEntryModel, AuditFilter } from './audit.model';

interface AuditRow {
  id: string;
  at: Date;
  action: AuditEntryModel['action'];
  actor_id: string | null;
  actor_name: string | null;
  person_id: string | null;
  person_name: string | null;
  organisation_id: string | null;
  organisation_name: string | null;
  subject_type: string | null;
  subject_id: string | null;
  details: Record<string, unknown>;
  /** The time as PostgreSQL writes it, to the microsecond: the keyset of the download. */
  at_key: string;
}

const SELECT = `select a.id, a.at, a.action, a.actor_id, actor.display_name as actor_name, a.person_id,
    person.display_name as person_name, a.organisation_id, o.name as organisation_name, a.subject_type, a.subject_id, a.details,
    a.at::text as at_key
  from audit_entry a
  left join app_user actor on actor.id = a.actor_id
  left join app_user person on person.id = a.person_id
  left join organisation o on o.id = a.organisation_id`;

/** Reads the audit trail: for admins by filter (newest first), for a member the moderation of their own posts. */
@Injectable()
export class AuditLogService {
  constructor(private readonly em: EntityManager) {}

  /** One page and the total, in two statements. */
  async page(filter: AuditFilter, limit: number, offset: number): Promise<{ entries: AuditEntryModel[]; total: number }> {
    const { where, params } = whereOf(filter);
    const connection = this.em.getConnection();
    const [rows, counted] = await Promise.all([
      connection.execute<AuditRow[]>(`${SELECT} ${where} order by a.at desc, a.id desc limit ? offset ?`, [...params, limit, offset]),
      connection.execute<Array<{ total: string }>>(`select count(*) as total from audit_entry a ${where}`, params),
    ]);
    return { entries: rows.map(toModel), total: Number(counted[0]?.total ?? 0) };
  }

  /** Every matching line, oldest first, a batch at a time (the CSV download streams them). */
  async *all(filter: AuditFilter, batchSize = 500): AsyncGenerator<AuditEntryModel[]> {
    const { where, params } = whereOf(filter);
    let after: { at: string; id: string } | null = null;
    for (;;) {
      const keyset: string = after ? `${where ? `${where} and` : 'where'} (a.at, a.id) > (?::timestamptz, ?)` : where;
      const rows: AuditRow[] = await this.em
        .getConnection()
        .execute<AuditRow[]>(`${SELECT} ${keyset} order by a.at, a.id limit ?`, [
          ...params,
          ...(after ? [after.at, after.id] : []),
          batchSize,
        ]);
      if (rows.length === 0) return;
      yield rows.map(toModel);
      const last = rows[rows.length - 1];
      after = { at: last.at_key, id: last.id };
    }
  }

  /** The moderation of the viewer's own posts (hidden, shown again), newest first. */
  async moderationOf(userId: string): Promise<AuditEntryModel[]> {
    const rows = await this.em
      .getConnection()
      .execute<AuditRow[]>(`${SELECT} where a.person_id = ? and a.action in (?) order by a.at desc, a.id desc limit 200`, [
        userId,
        [...MODERATION_ACTIONS],
      ]);
    return rows.map(toModel);
  }
}

/** A filter as SQL; an id that is not a UUID matches nothing (rather than failing the query). */
function whereOf(filter: AuditFilter): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const id = (value: string) => (isUuid(value) ? value : '00000000-0000-0000-0000-000000000000');
  if (filter.personId) {
    conditions.push('(a.actor_id = ? or a.person_id = ?)');
    params.push(id(filter.personId), id(filter.personId));
  }
  if (filter.organisationId) {
    conditions.push('a.organisation_id = ?');
    params.push(id(filter.organisationId));
  }
  if (filter.action) {
    conditions.push('a.action = ?');
    params.push(filter.action);
  }
  if (filter.from) {
    conditions.push('a.at >= ?');
    params.push(filter.from);
  }
  if (filter.to) {
    conditions.push('a.at < ?');
    params.push(filter.to);
  }
  return { where: conditions.length ? `where ${conditions.join(' and ')}` : '', params };
}

function toModel(row: AuditRow): AuditEntryModel {
  return {
    id: row.id,
    at: new Date(row.at),
    action: row.action,
    actorId: row.actor_id,
    actorName: row.actor_name,
    personId: row.person_id,
    personName: row.person_name,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    details: Object.entries(row.details)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => ({ name, value: typeof value === 'string' ? value : JSON.stringify(value) })),
  };
}
