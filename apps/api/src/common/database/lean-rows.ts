import { ReferenceKind, type EntityClass, type EntityMetadata, type MetadataStorage } from '@mikro-orm/core';
import type { SqlClient } from './sql-client';

interface ColumnMapping {
  column: string;
  property: string;
  /** Many-to-one: the row holds the id, the object gets `{ id }` as the entity's reference would. */
  reference: boolean;
}

/**
 * Rows read with plain SQL, shaped like MikroORM's entities (scalar properties under their property names, many-to-one
 * references as `{ id }`), so the same field resolvers serve both. They are read-only: never flush one.
 */
export class LeanRows {
  private readonly mappings = new Map<string, ColumnMapping[]>();

  constructor(
    private readonly metadata: MetadataStorage,
    readonly sql: SqlClient,
  ) {}

  /** Rows by id, in no particular order (one prepared statement per entity). */
  async byIds<T>(entity: EntityClass<T>, ids: readonly string[]): Promise<T[]> {
    const table = this.metadata.get(entity.name).tableName;
    const rows = await this.sql.query(
      `${entity.name}.byIds`,
      `select ${this.columns(entity as EntityClass<object>, 't')} from "${table}" t where t.id = any($1::uuid[])`,
      [ids],
    );
    return rows.map((row) => this.map(entity, row));
  }

  /** `alias.column as "prefix_column", …` for a select list; lazy properties (password hashes, search vectors) are left out. */
  columns(entity: EntityClass<object>, alias: string, prefix = ''): string {
    return this.mappingOf(entity)
      .map((m) => `${alias}.${m.column} as "${prefix}${m.column}"`)
      .join(', ');
  }

  map<T>(entity: EntityClass<T>, row: Record<string, unknown>, prefix = ''): T {
    const result: Record<string, unknown> = {};
    for (const m of this.mappingOf(entity)) {
      const value = row[prefix + m.column];
      result[m.property] = m.reference ? (value == null ? null : { id: value }) : value;
    }
    return result as T;
  }

  private mappingOf(entity: EntityClass<object>): ColumnMapping[] {
    let mapping = this.mappings.get(entity.name);
    if (!mapping) {
      mapping = buildMapping(this.metadata.get(entity.name));
      this.mappings.set(entity.name, mapping);
    }
    return mapping;
  }
}

function buildMapping(meta: EntityMetadata): ColumnMapping[] {
  const mapping: ColumnMapping[] = [];
  for (const prop of meta.props) {
    // Not every property has columns (virtual, formula), whatever the metadata's type says.
    if (prop.lazy || prop.persist === false || !(prop.fieldNames as string[] | undefined)?.length) continue;
    if (prop.kind === ReferenceKind.SCALAR) mapping.push({ column: prop.fieldNames[0], property: prop.name, reference: false });
    else if (prop.kind === ReferenceKind.MANY_TO_ONE && prop.fieldNames.length === 1) {
      mapping.push({ column: prop.fieldNames[0], property: prop.name, reference: true });
    }
  }
  return mapping;
}
