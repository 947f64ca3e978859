import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { API_ROOT } from '../../config/paths';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed SDL (apps/api/schema.gql): a change to the API shows up in review. */
export const SCHEMA_FILE = resolve(API_ROOT, 'schema.gql');

const HEADER = '# Generated from the code-first schema by the API at start-up (outside production). Do not edit.\n\n';

export function renderSchema(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Writes schema.gql when it differs; returns whether it changed. */
export function writeSchemaFile(schema: GraphQLSchema): boolean {
  const sdl = renderSchema(schema);
  if (existsSync(SCHEMA_FILE) && readFileSync(SCHEMA_FILE, 'utf8') === sdl) return false;
  writeFileSync(SCHEMA_FILE, sdl);
  return true;
}
