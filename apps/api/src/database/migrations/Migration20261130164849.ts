import { Migration } from '@mikro-orm/migrations';

/**
 * The audit trail. Append-only: a trigger refuses every change except the foreign keys' own `set null` (a deleted
 * person or organisation) and, for the retention job only (`set local ln.audit_maintenance = 'on'`), deleting old
 * lines and clearing their details.
 */
export class Migration20261130164849 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "audit_entry" ("id" uuid not null, "at" timestamptz not null default now(), "action" text check ("action" in ('ROLE_CHANGED', 'MEMBERSHIP_APPROVED', 'MEMBERSHIP_REJECTED', 'MEMBERSHIP_REMOVED', 'ORGANISATION_CREATED', 'ORGANISATION_UPDATED', 'ORGANISATION_ADMITTED', 'REPORT_APPROVED', 'REPORT_SENT_BACK', 'PRACTICE_APPROVED', 'PRACTICE_REJECTED', 'POST_HIDDEN', 'POST_SHOWN', 'MEETING_CANCELLED', 'INVITATION_SENT', 'PASSWORD_RESET', 'SESSIONS_REVOKED', 'LOGIN_THROTTLED')) not null, "actor_id" uuid null, "person_id" uuid null, "organisation_id" uuid null, "subject_type" varchar(30) null, "subject_id" uuid null, "details" jsonb not null, constraint "audit_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "audit_entry_organisation_id_at_index" on "audit_entry" ("organisation_id", "at");`);
    this.addSql(`create index "audit_entry_person_id_at_index" on "audit_entry" ("person_id", "at");`);
    this.addSql(`create index "audit_entry_actor_id_at_index" on "audit_entry" ("actor_id", "at");`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);

    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_actor_id_foreign" foreign key ("actor_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_person_id_foreign" foreign key ("person_id") references "app_user" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "audit_entry" add constraint "audit_entry_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create function "audit_entry_append_only"() returns trigger language plpgsql as $$
      begin
        if current_setting('ln.audit_maintenance', true) = 'on' then
          return case when tg_op = 'DELETE' then old else new end;
        end if;
        if tg_op = 'UPDATE'
          and new.id = old.id and new.at = old.at and new.action = old.action and new.details = old.details
          and new.subject_type is not distinct from old.subject_type and new.subject_id is not distinct from old.subject_id
          and (new.actor_id is null or new.actor_id = old.actor_id)
          and (new.person_id is null or new.person_id = old.person_id)
          and (new.organisation_id is null or new.organisation_id = old.organisation_id) then
          return new;
        end if;
        raise exception 'audit_entry is append-only' using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(
      `create trigger "audit_entry_append_only" before update or delete on "audit_entry" for each row execute function "audit_entry_append_only"();`,
    );
    this.addSql(`create trigger "audit_entry_no_truncate" before truncate on "audit_entry" execute function "audit_entry_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "audit_entry" cascade;`);
    this.addSql(`drop function if exists "audit_entry_append_only"();`);
  }
}
