import { Migration } from '@mikro-orm/migrations';

export class Migration20261128160325 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "thread_read" ("thread_id" uuid not null, "user_id" uuid not null, "last_read_at" timestamptz not null, constraint "thread_read_pkey" primary key ("thread_id", "user_id"));`);

    this.addSql(`create table "follow" ("id" uuid not null, "user_id" uuid not null, "thread_id" uuid null, "theme_id" uuid null, "created_at" timestamptz not null default now(), constraint "follow_pkey" primary key ("id"), constraint follow_target_check check (num_nonnulls(thread_id, theme_id) = 1));`);
    this.addSql(`create index "follow_thread_id_index" on "follow" ("thread_id");`);
    this.addSql(`create index "follow_theme_id_index" on "follow" ("theme_id");`);
    this.addSql(`alter table "follow" add constraint "follow_user_id_theme_id_unique" unique ("user_id", "theme_id");`);
    this.addSql(`alter table "follow" add constraint "follow_user_id_thread_id_unique" unique ("user_id", "thread_id");`);

    this.addSql(`alter table "thread_read" add constraint "thread_read_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "thread_read" add constraint "thread_read_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "follow" add constraint "follow_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow" add constraint "follow_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow" add constraint "follow_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "thread_read" cascade;`);

    this.addSql(`drop table if exists "follow" cascade;`);

  }

}
