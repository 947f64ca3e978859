/** The name of every migration, in order; written by `db:migration:create` beside index.ts. */
export const MIGRATION_NAMES: readonly string[] = [
  'Migration20261128152820',
  'Migration20261128154039',
  'Migration20261128154950',
  'Migration20261128160325',
  'Migration20261128161130',
  'Migration20261128162000',
  'Migration20261128171500',
  'Migration20261128171850',
  'Migration20261128212300',
  'Migration20261130090000',
  'Migration20261130164849',
  'Migration20261130171515',
  'Migration20261130171649',
  'Migration20261130173411',
  'Migration20261130192957',
];
