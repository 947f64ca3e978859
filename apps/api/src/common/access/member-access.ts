import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import type { GraphqlContext } from '../graphql/graphql-context';
import { loaderFor } from '../graphql/loaders';
import { networkMemberSql } from './visibility';

/**
 * Is this person a member of the network right now (staff by role, others with an approved membership, never a
 * deactivated account)? Checked for every live event (not only at subscribe time),
 * batched over all subscribers of the event: one query per event.
 */
@Injectable()
export class MemberAccess {
  constructor(private readonly em: EntityManager) {}

  isMemberNow(context: GraphqlContext, userId: string): Promise<boolean> {
    return loaderFor<string, boolean>(context, 'access.memberNow', async (userIds) => {
      const rows: Array<{ id: string }> = await this.em
        .getConnection()
        .execute(`select u.id from app_user u where u.id in (?) and ${networkMemberSql('u')}`, [[...userIds]]);
      const members = new Set(rows.map((row) => row.id));
      return userIds.map((id) => members.has(id));
    }).load(userId);
  }
}
