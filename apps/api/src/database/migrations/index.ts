import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128152820 } from './Migration20261128152820';
import { Migration20261128154039 } from './Migration20261128154039';

/**
 * Every migration in order. Add a new one here after `pnpm --filter @ln/api db:migration:create`; never edit a landed
 * one. The generator also proposes dropping the check constraints of competence_info.code, reaction.reaction and
 * organisation_member (it cannot see them on the entities): delete those lines from a new migration.
 */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261128152820', class: Migration20261128152820 },
  { name: 'Migration20261128154039', class: Migration20261128154039 },
];
