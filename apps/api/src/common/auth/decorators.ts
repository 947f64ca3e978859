import { SetMetadata } from '@nestjs/common';
import type { NetworkRole } from '@ln/domain';

export const PUBLIC_KEY = 'ln:public';
export const ROLES_KEY = 'ln:roles';
export const MEMBERS_ONLY_KEY = 'ln:membersOnly';

/** Open to anonymous visitors. Everything else needs a signed-in person. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these staff roles (FACILITATOR, ADMIN). */
export const Roles = (...roles: NetworkRole[]) => SetMetadata(ROLES_KEY, roles);

/** Only members of the network (an approved membership, or a staff role). */
export const MembersOnly = () => SetMetadata(MEMBERS_ONLY_KEY, true);
