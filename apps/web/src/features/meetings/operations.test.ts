import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as mutations from './mutations';
import * as queries from './queries';

// The meetings pages' operations must be valid against the API's committed schema.
const schema = buildSchema(readFileSync(resolve(__dirname, '../../../../api/schema.gql'), 'utf8'));

const operations = Object.entries({ ...queries, ...mutations }).filter(
  (entry): entry is [string, DocumentNode] =>
    typeof entry[1] === 'object' && entry[1] !== null && (entry[1] as DocumentNode).kind === 'Document' && !entry[0].endsWith('_FRAGMENT'),
);

describe('meetings operations against schema.gql', () => {
  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations)('%s is valid', (_name, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
