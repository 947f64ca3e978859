import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128152820 } from './Migration20261128152820';

/** Every migration in order. Add a new one here after `pnpm --filter @ln/api db:migration:create`; never edit a landed one. */
export const MIGRATIONS: MigrationObject[] = [{ name: 'Migration20261128152820', class: Migration20261128152820 }];
