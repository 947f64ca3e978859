import { Migration } from '@mikro-orm/migrations';

/** Sessions and e-mailed one-time tokens (accounts issue); organisations can await admission. */
export class Migration20261128154039 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "one_time_token_purpose" as enum ('PASSWORD_RESET', 'INVITATION', 'CALENDAR_FEED');`);
    this.addSql(`create table "one_time_token" ("id" uuid not null, "purpose" "one_time_token_purpose" not null, "token_hash" varchar(64) not null, "user_id" uuid null, "email" varchar(320) null, "organisation_id" uuid null, "created_by_id" uuid null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "used_at" timestamptz null, constraint "one_time_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "one_time_token" add constraint "one_time_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "auth_session" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "auth_session_pkey" primary key ("id"));`);
    this.addSql(`alter table "auth_session" add constraint "auth_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "auth_session_user_id_revoked_at_index" on "auth_session" ("user_id", "revoked_at");`);

    this.addSql(`alter table "one_time_token" add constraint "one_time_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "one_time_token" add constraint "one_time_token_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "one_time_token" add constraint "one_time_token_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "auth_session" add constraint "auth_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organisation" add column "admitted_at" timestamptz null default now();`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "one_time_token" cascade;`);

    this.addSql(`drop table if exists "auth_session" cascade;`);

    this.addSql(`alter table "organisation" drop column "admitted_at";`);

    this.addSql(`drop type "one_time_token_purpose";`);
  }

}
