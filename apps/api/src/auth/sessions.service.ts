import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { PubSubEngine } from 'graphql-subscriptions';
import { NetworkRole } from '@ln/domain';
import { announceSessionsEnded } from '../common/auth/live-sessions';
import type { Viewer } from '../common/auth/viewer';
import type { ViewerSession } from '../common/auth/viewer-resolver';
import { AppConfig } from '../config/app-config';
import { SessionCache } from './session-cache';
import { hashToken, newToken } from './tokens';

interface ViewerRow {
  session_id: string;
  expires_at: Date;
  user_id: string;
  role: NetworkRole;
  organisation_ids: string[] | null;
}

/** Opaque session tokens; a revoked token stops at once (the cache hears of it through the pub/sub). */
@Injectable()
export class SessionsService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: AppConfig,
    private readonly pubSub: PubSubEngine,
    private readonly cache: SessionCache,
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

  /** The live session, its person's role and approved memberships: from the cache, else one statement. */
  async sessionForToken(token: string): Promise<ViewerSession | null> {
    const tokenHash = hashToken(token);
    const cached = this.cache.get(tokenHash);
    if (cached) return cached;
    const rows: ViewerRow[] = await this.em.getConnection().execute(
      `select s.id as session_id, s.expires_at, u.id as user_id, u.role,
              array_remove(array_agg(m.organisation_id), null) as organisation_ids
         from auth_session s
         join app_user u on u.id = s.user_id and u.deactivated_at is null
         left join membership m on m.user_id = u.id
        where s.token_hash = ? and s.revoked_at is null and s.expires_at > now()
        group by s.id, s.expires_at, u.id, u.role`,
      [tokenHash],
    );
    const row = rows.at(0);
    if (!row) return null;
    const session: ViewerSession = {
      sessionId: row.session_id,
      expiresAt: new Date(row.expires_at),
      viewer: { userId: row.user_id, role: row.role, organisationIds: row.organisation_ids ?? [] },
    };
    this.cache.set(tokenHash, session);
    return session;
  }

  async viewerForToken(token: string): Promise<Viewer | null> {
    return (await this.sessionForToken(token))?.viewer ?? null;
  }

  async revoke(token: string): Promise<void> {
    const ended: Array<{ id: string }> = await this.em
      .getConnection()
      .execute('update auth_session set revoked_at = now() where token_hash = ? and revoked_at is null returning id', [hashToken(token)]);
    await announceSessionsEnded(
      this.pubSub,
      ended.map((row) => row.id),
    );
  }

  /**
   * Revokes every session of a person inside the caller's transaction; returns their ids, to `announceEnded` once it
   * has committed (before that, a cache that heard of it would load the sessions again as still valid).
   */
  async revokeAllIn(tx: EntityManager, userId: string): Promise<string[]> {
    const ended: Array<{ id: string }> = await tx.execute(
      'update auth_session set revoked_at = now() where user_id = ? and revoked_at is null returning id',
      [userId],
    );
    return ended.map((row) => row.id);
  }

  announceEnded(sessionIds: string[]): Promise<void> {
    return announceSessionsEnded(this.pubSub, sessionIds);
  }
}
