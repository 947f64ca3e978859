import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { NetworkRole } from '@ln/domain';
import type { Viewer } from '../common/auth/viewer';
import { AppConfig } from '../config/app-config';
import { hashToken, newToken } from './tokens';

interface ViewerRow {
  user_id: string;
  role: NetworkRole;
  organisation_ids: string[] | null;
}

/** Opaque session tokens, checked against the database on every request: a revoked token stops at once. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: AppConfig,
  ) {}

  async create(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newToken('ln');
    const expiresAt = new Date(Date.now() + this.config.sessionTtlMs);
    await this.em
      .getConnection()
      .execute('insert into auth_session (id, user_id, token_hash, expires_at) values (gen_random_uuid(), ?, ?, ?)', [
        userId,
        hashToken(token),
        expiresAt,
      ]);
    return { token, expiresAt };
  }

  /** One statement: the live session, its person's role and approved memberships (so role changes apply at once). */
  async viewerForToken(token: string): Promise<Viewer | null> {
    const rows: ViewerRow[] = await this.em.getConnection().execute(
      `select u.id as user_id, u.role, array_remove(array_agg(m.organisation_id), null) as organisation_ids
         from auth_session s
         join app_user u on u.id = s.user_id and u.deactivated_at is null
         left join membership m on m.user_id = u.id
        where s.token_hash = ? and s.revoked_at is null and s.expires_at > now()
        group by u.id, u.role`,
      [hashToken(token)],
    );
    const row = rows[0];
    return row ? { userId: row.user_id, role: row.role, organisationIds: row.organisation_ids ?? [] } : null;
  }

  async revoke(token: string): Promise<void> {
    await this.em
      .getConnection()
      .execute('update auth_session set revoked_at = now() where token_hash = ? and revoked_at is null', [hashToken(token)]);
  }

  async revokeAllOf(userId: string): Promise<void> {
    await this.em
      .getConnection()
      .execute('update auth_session set revoked_at = now() where user_id = ? and revoked_at is null', [userId]);
  }
}
