import { Migration } from '@mikro-orm/migrations';

/** Leaving the network: the request, the choice for the posts, and when the account was purged; the audit actions for it. */
export class Migration20261130171649 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check";`);

    this.addSql(`alter table "app_user" add column "deletion_requested_at" timestamptz null, add column "leaving_posts" text check ("leaving_posts" in ('KEEP_ANONYMOUS', 'REMOVE')) null, add column "deleted_at" timestamptz null;`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('ROLE_CHANGED', 'MEMBERSHIP_APPROVED', 'MEMBERSHIP_REJECTED', 'MEMBERSHIP_REMOVED', 'ORGANISATION_CREATED', 'ORGANISATION_UPDATED', 'ORGANISATION_ADMITTED', 'REPORT_APPROVED', 'REPORT_SENT_BACK', 'PRACTICE_APPROVED', 'PRACTICE_REJECTED', 'POST_HIDDEN', 'POST_SHOWN', 'MEETING_CANCELLED', 'INVITATION_SENT', 'PASSWORD_RESET', 'SESSIONS_REVOKED', 'LOGIN_THROTTLED', 'ACCOUNT_DELETION_REQUESTED', 'ACCOUNT_DELETION_CANCELLED', 'ACCOUNT_DELETED'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "audit_entry" drop constraint if exists "audit_entry_action_check";`);

    this.addSql(`alter table "app_user" drop column "deletion_requested_at", drop column "leaving_posts", drop column "deleted_at";`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_action_check" check("action" in ('ROLE_CHANGED', 'MEMBERSHIP_APPROVED', 'MEMBERSHIP_REJECTED', 'MEMBERSHIP_REMOVED', 'ORGANISATION_CREATED', 'ORGANISATION_UPDATED', 'ORGANISATION_ADMITTED', 'REPORT_APPROVED', 'REPORT_SENT_BACK', 'PRACTICE_APPROVED', 'PRACTICE_REJECTED', 'POST_HIDDEN', 'POST_SHOWN', 'MEETING_CANCELLED', 'INVITATION_SENT', 'PASSWORD_RESET', 'SESSIONS_REVOKED', 'LOGIN_THROTTLED'));`);

  }

}
