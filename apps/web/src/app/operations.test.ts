import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchema, Kind, validate, type DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';

// Every GraphQL operation the web app exports must be valid against the API's committed schema.
const schema = buildSchema(readFileSync(resolve(__dirname, '../../../api/schema.gql'), 'utf8'));

const modules = import.meta.glob<Record<string, unknown>>(['../features/**/*.{ts,tsx}', '!../features/**/*.test.{ts,tsx}'], {
  eager: true,
});

const isDocument = (value: unknown): value is DocumentNode =>
  typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === Kind.DOCUMENT;
const isOperation = (document: DocumentNode) => document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION);

const operations = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter((entry): entry is [string, DocumentNode] => isDocument(entry[1]) && isOperation(entry[1]))
    .map(([name, document]) => [`${file.replace('../features/', '')} ${name}`, document] as const),
);

describe('web operations against schema.gql', () => {
  it('finds the operations of every feature', () => {
    const features = new Set(operations.map(([label]) => label.split('/')[0]));
    expect([...features]).toEqual(expect.arrayContaining(['auth', 'discussions', 'meetings', 'notifications', 'projects']));
  });

  it.each(operations)('%s is valid', (_label, document) => {
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });
});
