import { Migration } from '@mikro-orm/migrations';

/** Notification e-mail preferences per kind, and digest bookkeeping on notifications. */
export class Migration20261128162000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "email_frequency" as enum ('NONE', 'IMMEDIATE', 'DAILY', 'WEEKLY');`);
    this.addSql(`create table "notification_preference" ("user_id" uuid not null, "kind" varchar(60) not null, "email" "email_frequency" not null, constraint "notification_preference_pkey" primary key ("user_id", "kind"));`);
    this.addSql(`alter table "notification_preference" add constraint "notification_preference_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add column "digest" varchar(10) null, add column "emailed_at" timestamptz null;`);
    this.addSql(`create index "notification_digest_pending_idx" on "notification" ("digest", "created_at") where "emailed_at" is null and "digest" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "notification_digest_pending_idx";`);
    this.addSql(`alter table "notification" drop column "digest", drop column "emailed_at";`);
    this.addSql(`drop table if exists "notification_preference" cascade;`);
    this.addSql(`drop type "email_frequency";`);
  }
}
