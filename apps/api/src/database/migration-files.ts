import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The schema differ cannot see three check constraints that are not on entities (enum primary keys, a pivot table)
// and proposes to drop them in every new migration. These lines are removed from generated files.
export const SPURIOUS = [
  /"competence_info" drop constraint if exists "competence_info_code_check"/,
  /"competence_info" add constraint "competence_info_code_check"/,
  /"competence_info" alter column "code" type text/,
  /"reaction" drop constraint if exists "reaction_reaction_check"/,
  /"reaction" add constraint "reaction_reaction_check"/,
  /"reaction" alter column "reaction" type text/,
  /organisation_member_not_self_check/,
];

export function cleanGeneratedMigration(file: string): void {
  const lines = readFileSync(file, 'utf8').split('\n');
  const kept = lines.filter((line) => !SPURIOUS.some((pattern) => pattern.test(line)));
  writeFileSync(file, kept.join('\n').replace(/\n{3,}/g, '\n\n'));
}

/** Rewrites migrations/index.ts to list every Migration*.ts file in order. */
export function writeMigrationIndex(dir: string): void {
  const names = readdirSync(dir)
    .filter((name) => /^Migration\d+\.ts$/.test(name))
    .map((name) => name.replace(/\.ts$/, ''))
    .sort();
  const source = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((name) => `import { ${name} } from './${name}';`),
    '',
    '/** Every migration in order; written by `db:migration:create`. Never edit a landed migration. */',
    'export const MIGRATIONS: MigrationObject[] = [',
    ...names.map((name) => `  { name: '${name}', class: ${name} },`),
    '];',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'index.ts'), source);
  // The names alone, for the check at every start (migrate.ts), which must not load the migrator to read them.
  const namesSource = [
    '/** The name of every migration, in order; written by `db:migration:create` beside index.ts. */',
    'export const MIGRATION_NAMES: readonly string[] = [',
    ...names.map((name) => `  '${name}',`),
    '];',
    '',
  ].join('\n');
  writeFileSync(join(dir, 'names.ts'), namesSource);
}
