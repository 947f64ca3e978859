import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findByIdOr404 } from '../common/database/find-by-id';
import { Meeting } from './meeting.entity';

/** Locks the meeting row for the rest of the transaction (SELECT … FOR UPDATE); NOT_FOUND when it does not exist. */
export async function lockMeeting(tx: EntityManager, meetingId: string): Promise<Meeting> {
  const meeting = await findByIdOr404(tx, Meeting, meetingId, 'meetingNotFound', { lockMode: LockMode.PESSIMISTIC_WRITE });
  return meeting;
}
