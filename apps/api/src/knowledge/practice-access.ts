import type { FilterQuery } from '@mikro-orm/core';
import { PracticeStatus, Visibility } from '@ln/domain';
import { isNetworkMember, type Viewer } from '../common/auth/viewer';
import type { Practice } from './practice.entity';

/** Outsiders: public, published practices. Members: also members-only ones and those awaiting review. */
export function practicesVisibleTo(viewer: Viewer | null): FilterQuery<Practice> {
  if (isNetworkMember(viewer)) return { status: { $in: [PracticeStatus.PUBLISHED, PracticeStatus.IN_REVIEW] } };
  return { visibility: Visibility.PUBLIC, status: PracticeStatus.PUBLISHED };
}

export function isPublicPractice(practice: Pick<Practice, 'visibility' | 'status'>): boolean {
  return practice.visibility === Visibility.PUBLIC && practice.status === PracticeStatus.PUBLISHED;
}
