import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261128152820 } from './Migration20261128152820';
import { Migration20261128154039 } from './Migration20261128154039';
import { Migration20261128154950 } from './Migration20261128154950';
import { Migration20261128160325 } from './Migration20261128160325';
import { Migration20261128161130 } from './Migration20261128161130';
import { Migration20261128162000 } from './Migration20261128162000';
import { Migration20261128171500 } from './Migration20261128171500';
import { Migration20261128171850 } from './Migration20261128171850';
import { Migration20261128212300 } from './Migration20261128212300';
import { Migration20261130090000 } from './Migration20261130090000';
import { Migration20261130164849 } from './Migration20261130164849';
import { Migration20261130171515 } from './Migration20261130171515';
import { Migration20261130171649 } from './Migration20261130171649';
import { Migration20261130173411 } from './Migration20261130173411';
import { Migration20261130192957 } from './Migration20261130192957';

/** Every migration in order; written by `db:migration:create`. Never edit a landed migration. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261128152820', class: Migration20261128152820 },
  { name: 'Migration20261128154039', class: Migration20261128154039 },
  { name: 'Migration20261128154950', class: Migration20261128154950 },
  { name: 'Migration20261128160325', class: Migration20261128160325 },
  { name: 'Migration20261128161130', class: Migration20261128161130 },
  { name: 'Migration20261128162000', class: Migration20261128162000 },
  { name: 'Migration20261128171500', class: Migration20261128171500 },
  { name: 'Migration20261128171850', class: Migration20261128171850 },
  { name: 'Migration20261128212300', class: Migration20261128212300 },
  { name: 'Migration20261130090000', class: Migration20261130090000 },
  { name: 'Migration20261130164849', class: Migration20261130164849 },
  { name: 'Migration20261130171515', class: Migration20261130171515 },
  { name: 'Migration20261130171649', class: Migration20261130171649 },
  { name: 'Migration20261130173411', class: Migration20261130173411 },
  { name: 'Migration20261130192957', class: Migration20261130192957 },
];
