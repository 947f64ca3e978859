import { NetworkRole, PracticeStatus, Visibility } from '@ln/domain';
import { isFacilitator, isNetworkMember, type Viewer } from '../auth/viewer';

/**
 * Who sees what, once for every feature. Public things are for everyone; members-only things for members of the
 * network (staff by role, others with an approved membership: `isNetworkMember`). Live events re-check membership
 * as it is now, in one batch per event (`MemberAccess`); the SQL copy of the rule is `NETWORK_MEMBER_SQL`.
 */

/** A filter on `visibility` (meetings, organisations): members see everything, others the public things. */
export function visibilityFilterFor(viewer: Viewer | null): { visibility?: Visibility } {
  return isNetworkMember(viewer) ? {} : { visibility: Visibility.PUBLIC };
}

export function canSee(viewer: Viewer | null, thing: { visibility: Visibility }): boolean {
  return thing.visibility === Visibility.PUBLIC || isNetworkMember(viewer);
}

/** Practices: outsiders read public, published ones; members also members-only ones and those awaiting review. */
export function practiceFilterFor(
  viewer: Viewer | null,
): { status: { $in: PracticeStatus[] } } | { visibility: Visibility; status: PracticeStatus } {
  if (isNetworkMember(viewer)) return { status: { $in: [PracticeStatus.PUBLISHED, PracticeStatus.IN_REVIEW] } };
  return { visibility: Visibility.PUBLIC, status: PracticeStatus.PUBLISHED };
}

export function isPublicPractice(practice: { visibility: Visibility; status: PracticeStatus }): boolean {
  return practice.visibility === Visibility.PUBLIC && practice.status === PracticeStatus.PUBLISHED;
}

/** A post's text: gone once deleted; once hidden by a facilitator, still there for facilitators and its author. */
export function canReadPost(viewer: Viewer | null, post: { deletedAt?: Date | null; hiddenAt?: Date | null; authorId: string }): boolean {
  if (post.deletedAt) return false;
  return !post.hiddenAt || canSeeHiddenPost(viewer, post);
}

export function canSeeHiddenPost(viewer: Viewer | null, post: { authorId: string }): boolean {
  return isFacilitator(viewer) || viewer?.userId === post.authorId;
}

/** `isNetworkMember` as a MikroORM filter on User (with `deactivatedAt: null`, or `networkMemberSql` in SQL). */
export function networkMemberFilter() {
  return {
    deactivatedAt: null,
    $or: [{ role: { $in: [NetworkRole.FACILITATOR, NetworkRole.ADMIN] } }, { memberships: { $some: {} } }],
  };
}

/** `isNetworkMember` in SQL, for the person row `alias` (app_user): never a deactivated account. */
export function networkMemberSql(alias: string): string {
  return `${alias}.deactivated_at is null and (${alias}.role <> 'MEMBER' or exists (select 1 from membership m where m.user_id = ${alias}.id))`;
}
