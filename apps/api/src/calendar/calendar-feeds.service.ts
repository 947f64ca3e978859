import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../common/auth/viewer';
import { OneTimeToken, OneTimeTokenPurpose } from '../auth/one-time-token.entity';
import { hashToken, newToken } from '../auth/tokens';
import { AppConfig } from '../config/app-config';
import { User } from '../people/user.entity';

/** A calendar client keeps the URL for years; it ends when revoked (or when a new one replaces it). */
const NEVER = new Date('2999-12-31T00:00:00Z');

interface FeedOwnerRow {
  user_id: string;
  role: Viewer['role'];
  organisation_ids: string[] | null;
}

/**
 * Personal calendar feeds: a secret URL per person, stored only as a hash (one-time-token table, purpose
 * CALENDAR_FEED; "used" means revoked). Asking for a new URL revokes the previous one.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly em: EntityManager,
    private readonly config: AppConfig,
  ) {}

  async newFeedUrl(viewer: Viewer): Promise<string> {
    const token = newToken('cal');
    await this.em.transactional(async (tx) => {
      await this.revokeIn(tx, viewer.userId);
      tx.create(OneTimeToken, {
        purpose: OneTimeTokenPurpose.CALENDAR_FEED,
        tokenHash: hashToken(token),
        user: tx.getReference(User, viewer.userId),
        createdBy: tx.getReference(User, viewer.userId),
        expiresAt: NEVER,
      });
    });
    return `${this.config.publicUrl.replace(/\/+$/, '')}/calendar/${token}.ics`;
  }

  async revoke(viewer: Viewer): Promise<boolean> {
    return (await this.revokeIn(this.em, viewer.userId)) > 0;
  }

  /** The person a feed token belongs to, as a viewer (current role and memberships), or null. */
  async viewerFor(token: string): Promise<Viewer | null> {
    if (!/^cal_[A-Za-z0-9_-]{20,}$/.test(token)) return null;
    const rows: FeedOwnerRow[] = await this.em.getConnection().execute(
      `select u.id as user_id, u.role, array_remove(array_agg(m.organisation_id), null) as organisation_ids
         from one_time_token t
         join app_user u on u.id = t.user_id and u.deactivated_at is null
         left join membership m on m.user_id = u.id
        where t.token_hash = ? and t.purpose = ? and t.used_at is null and t.expires_at > now()
        group by u.id, u.role`,
      [hashToken(token), OneTimeTokenPurpose.CALENDAR_FEED],
    );
    const row = rows.at(0);
    return row ? { userId: row.user_id, role: row.role, organisationIds: row.organisation_ids ?? [] } : null;
  }

  private revokeIn(em: EntityManager, userId: string): Promise<number> {
    return em.nativeUpdate(
      OneTimeToken,
      { user: userId, purpose: OneTimeTokenPurpose.CALENDAR_FEED, usedAt: null },
      { usedAt: new Date() },
    );
  }
}
