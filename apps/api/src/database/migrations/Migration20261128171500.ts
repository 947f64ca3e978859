import { Migration } from '@mikro-orm/migrations';

/**
 * Knowledge sharing and search: practice links and review bookkeeping; the practice's Dutch search vector
 * (generated: title A, summary B, body C) with a GIN index, a trigram index on its title, and pg_trgm for
 * typo-tolerant names.
 */
export class Migration20261128171500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`alter table "practice" add column "links" text[] not null default '{}', add column "review_remark" text null, add column "reviewed_at" timestamptz null;`);
    this.addSql(`alter table "practice" add column "search_vector" tsvector generated always as (setweight(to_tsvector('dutch'::regconfig, (coalesce(title, ''::character varying))::text), 'A'::"char") || setweight(to_tsvector('dutch'::regconfig, coalesce(summary, ''::text)), 'B'::"char") || setweight(to_tsvector('dutch'::regconfig, coalesce(body, ''::text)), 'C'::"char")) stored;`);
    this.addSql(`create index "practice_search_vector_index" on "practice" using gin ("search_vector");`);
    this.addSql(`create index "practice_title_trgm_index" on "practice" using gin ("title" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "practice_title_trgm_index";`);
    this.addSql(`drop index if exists "practice_search_vector_index";`);
    this.addSql(`alter table "practice" drop column "search_vector", drop column "links", drop column "review_remark", drop column "reviewed_at";`);
  }
}
