import { NetworkRole } from '@ln/domain';

/** The person behind a request, as far as access checks need to know. */
export interface Viewer {
  userId: string;
  role: NetworkRole;
  /** Organisations the person has an approved membership of. */
  organisationIds: string[];
}

/** MEMBER needs an approved membership; facilitators and admins are members of the network by their role. */
export function isNetworkMember(viewer: Viewer | null): boolean {
  if (!viewer) return false;
  return viewer.role !== NetworkRole.MEMBER || viewer.organisationIds.length > 0;
}

export function isFacilitator(viewer: Viewer | null): boolean {
  return viewer?.role === NetworkRole.FACILITATOR || viewer?.role === NetworkRole.ADMIN;
}
