import { Migration } from '@mikro-orm/migrations';

/** When a notification's mail job was queued: a post's notifications are queued after its commit, and recovered. */
export class Migration20261130090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "mail_queued_at" timestamptz null;`);
    this.addSql(`update "notification" set "mail_queued_at" = "created_at";`);
    this.addSql(
      `create index "notification_mail_unqueued_idx" on "notification" ("created_at") where "mail_queued_at" is null and "emailed_at" is null and "digest" is null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "notification_mail_unqueued_idx";`);
    this.addSql(`alter table "notification" drop column "mail_queued_at";`);
  }
}
