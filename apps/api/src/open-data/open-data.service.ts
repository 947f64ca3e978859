import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import { zipOf } from '../common/zip';
import { AppConfig } from '../config/app-config';
import { openDataReadme } from './open-data-readme';
import { openDataTables } from './open-data-tables';

export interface OpenDataZip {
  bytes: Buffer;
  etag: string;
  builtAt: Date;
}

/**
 * The open-data ZIP, built on demand from the database and kept for OPEN_DATA_CACHE_SECONDS: many downloads in a
 * row cost one build, and requests that arrive during a build wait for that build.
 */
@Injectable()
export class OpenDataService {
  private cached?: { zip: Promise<OpenDataZip>; until: number };

  constructor(
    private readonly em: EntityManager,
    private readonly config: AppConfig,
  ) {}

  zip(now = Date.now()): Promise<OpenDataZip> {
    if (!this.cached || this.cached.until <= now) {
      const zip = this.build();
      this.cached = { zip, until: now + this.config.openDataCacheSeconds * 1000 };
      zip.catch(() => (this.cached = undefined)); // a failed build is not kept
    }
    return this.cached.zip;
  }

  private async build(): Promise<OpenDataZip> {
    const siteUrl = this.config.publicUrl.replace(/\/+$/, '');
    const builtAt = new Date();
    const tables = await openDataTables(this.em.fork(), siteUrl);
    const bytes = await zipOf(
      [
        { name: 'README.md', content: openDataReadme(tables, builtAt, siteUrl) },
        ...tables.flatMap((table) => [
          {
            name: `${table.name}.csv`,
            content: stringify(table.rows, {
              header: true,
              columns: table.columns.map((column) => column.name),
              cast: { boolean: String },
            }),
          },
          { name: `${table.name}.json`, content: `${JSON.stringify(table.rows, null, 2)}\n` },
        ]),
      ],
      builtAt,
    );
    return { bytes, builtAt, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` };
  }
}
