import { Migration } from '@mikro-orm/migrations';

/** A member's "download my data": the ZIP and until when it can be downloaded. */
export class Migration20261130171515 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "personal_data_export" ("id" uuid not null, "user_id" uuid not null, "requested_at" timestamptz not null default now(), "ready_at" timestamptz null, "expires_at" timestamptz null, "size" int null, "bytes" bytea null, constraint "personal_data_export_pkey" primary key ("id"));`);
    this.addSql(`create index "personal_data_export_user_id_requested_at_index" on "personal_data_export" ("user_id", "requested_at");`);

    this.addSql(`alter table "personal_data_export" add constraint "personal_data_export_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "personal_data_export" cascade;`);

  }

}
