import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { AppConfig } from '../config/app-config';
import { purgeAccount } from './account-purge';
import { FilesService } from '../files/files.service';

export interface RetentionReport {
  sessions: number;
  tokens: number;
  notifications: number;
  auditEntries: number;
  dataExports: number;
  /** People who left the network and whose grace period ended. */
  accounts: number;
  /** Uploads never attached within 24 h, and files whose owner is gone (also removed every hour). */
  abandonedFiles: number;
}

/** Rows per statement: a purge never holds many locks or a long transaction. */
const BATCH = 5000;

/**
 * Deletes what the platform no longer needs, after the periods of docs/privacy.md (RETENTION_* settings): sessions
 * that ended, one-time links that were used or expired, notifications read long ago, and audit lines past their
 * retention (the only deletion the audit trail's trigger allows, and only inside this transaction's setting).
 */
@Injectable()
export class RetentionService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: AppConfig,
    private readonly files: FilesService,
  ) {}

  async purge(now = new Date()): Promise<RetentionReport> {
    const accounts = await this.purgeDepartedAccounts(now);
    const { expiredSessionsDays, usedTokensDays, readNotificationsDays, auditYears } = this.config.retention;
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const sessionsBefore = daysAgo(expiredSessionsDays);
    const tokensBefore = daysAgo(usedTokensDays);
    const auditBefore = new Date(now);
    auditBefore.setUTCFullYear(auditBefore.getUTCFullYear() - auditYears);
    return {
      accounts,
      sessions: await this.inBatches(
        `delete from auth_session where id in (select id from auth_session
           where expires_at < ? or revoked_at < ? limit ${BATCH})`,
        [sessionsBefore, sessionsBefore],
      ),
      tokens: await this.inBatches(
        `delete from one_time_token where id in (select id from one_time_token
           where used_at < ? or expires_at < ? limit ${BATCH})`,
        [tokensBefore, tokensBefore],
      ),
      notifications: await this.inBatches(
        `delete from notification where id in (select id from notification where read_at < ? limit ${BATCH})`,
        [daysAgo(readNotificationsDays)],
      ),
      dataExports: await this.inBatches(
        `delete from personal_data_export where id in (select id from personal_data_export where expires_at < ? limit ${BATCH})`,
        [now],
      ),
      auditEntries: await this.inBatches(
        `delete from audit_entry where id in (select id from audit_entry where at < ? limit ${BATCH})`,
        [auditBefore],
        `set local ln.audit_maintenance = 'on'`,
      ),
      abandonedFiles: await this.files.removeAbandoned(now),
    };
  }

  /** Each account in its own transaction: one that fails does not keep the others. */
  private async purgeDepartedAccounts(now: Date): Promise<number> {
    const before = new Date(now.getTime() - this.config.accountDeletionGraceDays * 86_400_000);
    const due: Array<{ id: string }> = await this.em
      .getConnection()
      .execute('select id from app_user where deletion_requested_at <= ? and deleted_at is null order by deletion_requested_at', [before]);
    for (const { id } of due) {
      const files = await this.em.fork().transactional((tx) => purgeAccount(tx, id, this.config.jobs.schema));
      await this.files.discard(files);
    }
    return due.length;
  }

  /** Runs a `delete … limit` until it deletes less than a batch; each batch its own short transaction. */
  private async inBatches(sql: string, params: unknown[], setting?: string): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.em.fork().transactional(async (tx) => {
        if (setting) await tx.execute(setting);
        const rows: Array<{ id: string }> = await tx.execute(`${sql} returning id`, params);
        return rows.length;
      });
      total += deleted;
      if (deleted < BATCH) return total;
    }
  }
}
