import type { EntityManager } from '@mikro-orm/postgresql';
import type { AuditAction } from '@ln/domain';
import { AuditEntry } from './audit-entry.entity';

export interface AuditRecord {
  action: AuditAction;
  /** Who acted (null: the platform itself, or someone acting through a one-time link). */
  actorId: string | null;
  /** The person the action concerns. */
  personId?: string | null;
  organisationId?: string | null;
  subject?: { type: string; id: string };
  details?: Record<string, unknown>;
}

/**
 * Adds a line to the audit trail in the unit of work of `em`: it is written by the same flush (the same transaction)
 * as the change it records, so a failed change leaves no line and a successful one exactly one.
 */
export function recordAudit(em: EntityManager, record: AuditRecord): void {
  em.create(AuditEntry, {
    action: record.action,
    actor: record.actorId ? em.getReference('User', record.actorId) : null,
    person: record.personId ? em.getReference('User', record.personId) : null,
    organisation: record.organisationId ? em.getReference('Organisation', record.organisationId) : null,
    subjectType: record.subject?.type ?? null,
    subjectId: record.subject?.id ?? null,
    details: record.details ?? {},
  } as never);
}
