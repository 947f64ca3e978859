import { Migration } from '@mikro-orm/migrations';

export class Migration20261128212300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "thread" add column "search_vector" tsvector generated always as (setweight(to_tsvector('dutch'::regconfig, (coalesce(title, ''::character varying))::text), 'A'::"char")) stored null;`);
    this.addSql(`create index "thread_search_vector_index" on "thread" using gin ("search_vector");`);

    this.addSql(`alter table "post" add column "search_vector" tsvector generated always as (setweight(to_tsvector('dutch'::regconfig, coalesce(body, ''::text)), 'C'::"char")) stored null;`);
    this.addSql(`create index "post_search_vector_index" on "post" using gin ("search_vector");`);

  }

  override async down(): Promise<void> {

    this.addSql(`drop index "post_search_vector_index";`);
    this.addSql(`alter table "post" drop column "search_vector";`);

    this.addSql(`drop index "thread_search_vector_index";`);
    this.addSql(`alter table "thread" drop column "search_vector";`);
  }

}
