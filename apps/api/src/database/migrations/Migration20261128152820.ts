import { Migration } from '@mikro-orm/migrations';

/** The whole domain of the public API contract. */
export class Migration20261128152820 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "organisation_type" as enum ('MUNICIPALITY', 'OCMW', 'PARTNERSHIP', 'WELFARE_REGION', 'AGENCY', 'ASSOCIATION', 'OTHER');`);
    this.addSql(`create type "visibility" as enum ('PUBLIC', 'MEMBERS');`);
    this.addSql(`create type "project_focus" as enum ('RECEPTION', 'INCLUSIVE');`);
    this.addSql(`create type "network_role" as enum ('MEMBER', 'FACILITATOR', 'ADMIN');`);
    this.addSql(`create type "report_kind" as enum ('INTERIM_PROGRESS', 'FINAL_CONTENT', 'FINANCIAL');`);
    this.addSql(`create type "membership_request_status" as enum ('PENDING', 'APPROVED', 'REJECTED');`);
    this.addSql(`create type "theme_status" as enum ('PROPOSED', 'ADOPTED', 'ADDRESSED', 'ARCHIVED');`);
    this.addSql(`create type "competence" as enum ('RESISTANCE', 'SUPPORT_AND_URGENCY', 'STRATEGIC_THINKING', 'COMMUNICATION', 'OTHER');`);
    this.addSql(`create type "registration_status" as enum ('REGISTERED', 'WAITLISTED', 'CANCELLED');`);
    this.addSql(`create type "post_kind" as enum ('COMMENT', 'BOTTLENECK', 'LEVER', 'GOOD_PRACTICE', 'SOLUTION_STRATEGY');`);
    this.addSql(`create type "practice_status" as enum ('DRAFT', 'IN_REVIEW', 'PUBLISHED');`);
    this.addSql(`create table "competence_info" ("code" text not null, "name_nl" varchar(200) not null, "name_en" varchar(200) not null, "description_nl" text not null, "position" int not null, constraint "competence_info_pkey" primary key ("code"));`);

    this.addSql(`create table "organisation" ("id" uuid not null, "name" varchar(200) not null, "slug" varchar(200) not null, "type" "organisation_type" not null, "region" varchar(120) null, "subsidised" boolean not null default false, "visibility" "visibility" not null default 'PUBLIC', "description" text null, "website" varchar(500) null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "organisation_pkey" primary key ("id"));`);
    this.addSql(`alter table "organisation" add constraint "organisation_slug_unique" unique ("slug");`);
    this.addSql(`create index "organisation_type_index" on "organisation" ("type");`);

    this.addSql(`create table "organisation_member" ("partnership_id" uuid not null, "member_id" uuid not null, constraint "organisation_member_pkey" primary key ("partnership_id", "member_id"));`);

    this.addSql(`create table "pilot_project" ("id" uuid not null, "title" varchar(200) not null, "slug" varchar(200) not null, "focus" "project_focus" not null, "starts_on" date not null, "ends_on" date not null, "partnership_id" uuid not null, "lead_organisation_id" uuid not null, "description" text null, "created_at" timestamptz not null default now(), constraint "pilot_project_pkey" primary key ("id"));`);
    this.addSql(`alter table "pilot_project" add constraint "pilot_project_slug_unique" unique ("slug");`);
    this.addSql(`alter table "pilot_project" add constraint "pilot_project_partnership_id_unique" unique ("partnership_id");`);
    this.addSql(`create index "pilot_project_lead_organisation_id_index" on "pilot_project" ("lead_organisation_id");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "email" varchar(320) not null, "display_name" varchar(100) not null, "password_hash" varchar(200) not null, "role" "network_role" not null default 'MEMBER', "locale" varchar(5) not null default 'nl', "created_at" timestamptz not null default now(), "deactivated_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_unique" unique ("email");`);

    this.addSql(`create table "project_report" ("id" uuid not null, "project_id" uuid not null, "kind" "report_kind" not null, "due_on" date not null, "summary" text null, "link" varchar(1000) null, "submitted_at" timestamptz null, "submitted_by_id" uuid null, "reviewed_at" timestamptz null, "reviewed_by_id" uuid null, "review_remark" text null, "reminder_sent_at" timestamptz null, constraint "project_report_pkey" primary key ("id"));`);
    this.addSql(`create index "project_report_due_on_index" on "project_report" ("due_on");`);
    this.addSql(`alter table "project_report" add constraint "project_report_project_id_kind_unique" unique ("project_id", "kind");`);

    this.addSql(`create table "notification" ("id" uuid not null, "user_id" uuid not null, "kind" varchar(60) not null, "subject" varchar(300) not null, "link" varchar(500) not null, "created_at" timestamptz not null default now(), "read_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_user_id_created_at_index" on "notification" ("user_id", "created_at");`);

    this.addSql(`create table "membership_request" ("id" uuid not null, "user_id" uuid not null, "organisation_id" uuid not null, "status" "membership_request_status" not null default 'PENDING', "message" text null, "created_at" timestamptz not null default now(), "decided_at" timestamptz null, "decided_by_id" uuid null, constraint "membership_request_pkey" primary key ("id"));`);
    this.addSql(`create index "membership_request_user_id_index" on "membership_request" ("user_id");`);
    this.addSql(`create index "membership_request_status_created_at_index" on "membership_request" ("status", "created_at");`);

    this.addSql(`create table "membership" ("id" uuid not null, "user_id" uuid not null, "organisation_id" uuid not null, "created_at" timestamptz not null default now(), constraint "membership_pkey" primary key ("id"));`);
    this.addSql(`create index "membership_organisation_id_index" on "membership" ("organisation_id");`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_organisation_id_unique" unique ("user_id", "organisation_id");`);

    this.addSql(`create table "meeting" ("id" uuid not null, "title" varchar(200) not null, "description" text null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "location" varchar(300) null, "online_url" varchar(1000) null, "capacity" int null, "visibility" "visibility" not null default 'MEMBERS', "minutes" text null, "cancelled_at" timestamptz null, "cancel_reason" text null, "created_by_id" uuid null, "version" int not null default 1, "created_at" timestamptz not null default now(), constraint "meeting_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_starts_at_index" on "meeting" ("starts_at");`);

    this.addSql(`create table "theme" ("id" uuid not null, "title" varchar(200) not null, "description" text null, "status" "theme_status" not null default 'PROPOSED', "competences" "competence"[] not null default '{}', "collected_at_id" uuid null, "proposed_by_id" uuid null, "support_count" int not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "theme_pkey" primary key ("id"));`);
    this.addSql(`create index "theme_collected_at_id_index" on "theme" ("collected_at_id");`);
    this.addSql(`create index "theme_created_at_index" on "theme" ("created_at");`);
    this.addSql(`create index "theme_support_order_idx" on "theme" ("support_count" desc, "created_at" desc);`);

    this.addSql(`create table "theme_support" ("theme_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null default now(), constraint "theme_support_pkey" primary key ("theme_id", "user_id"));`);
    this.addSql(`create index "theme_support_user_id_index" on "theme_support" ("user_id");`);

    this.addSql(`create table "meeting_registration" ("id" uuid not null, "meeting_id" uuid not null, "user_id" uuid not null, "status" "registration_status" not null, "attended" boolean null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "meeting_registration_pkey" primary key ("id"));`);
    this.addSql(`create index "meeting_registration_user_id_index" on "meeting_registration" ("user_id");`);
    this.addSql(`create index "meeting_registration_meeting_id_status_created_at_index" on "meeting_registration" ("meeting_id", "status", "created_at");`);
    this.addSql(`alter table "meeting_registration" add constraint "meeting_registration_meeting_id_user_id_unique" unique ("meeting_id", "user_id");`);

    this.addSql(`create table "meeting_invitation" ("meeting_id" uuid not null, "organisation_id" uuid not null, constraint "meeting_invitation_pkey" primary key ("meeting_id", "organisation_id"));`);

    this.addSql(`create table "agenda_item" ("id" uuid not null, "meeting_id" uuid not null, "position" int not null, "title" varchar(200) not null, "presenter_id" uuid null, constraint "agenda_item_pkey" primary key ("id"));`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_position_unique" unique ("meeting_id", "position");`);

    this.addSql(`create table "thread" ("id" uuid not null, "title" varchar(200) not null, "author_id" uuid not null, "theme_id" uuid null, "meeting_id" uuid null, "agenda_item_id" uuid null, "pilot_project_id" uuid null, "post_count" int not null default 0, "last_activity_at" timestamptz not null default now(), "created_at" timestamptz not null default now(), constraint "thread_pkey" primary key ("id"));`);
    this.addSql(`create index "thread_last_activity_at_index" on "thread" ("last_activity_at");`);
    this.addSql(`create index "thread_pilot_project_id_last_activity_at_index" on "thread" ("pilot_project_id", "last_activity_at");`);
    this.addSql(`create index "thread_meeting_id_last_activity_at_index" on "thread" ("meeting_id", "last_activity_at");`);
    this.addSql(`create index "thread_theme_id_last_activity_at_index" on "thread" ("theme_id", "last_activity_at");`);

    this.addSql(`create table "post" ("id" uuid not null, "thread_id" uuid not null, "author_id" uuid not null, "body" text not null, "body_html" text not null, "kind" "post_kind" not null default 'COMMENT', "reply_to_id" uuid null, "client_mutation_id" varchar(100) null, "created_at" timestamptz not null default now(), "edited_at" timestamptz null, "deleted_at" timestamptz null, "hidden_at" timestamptz null, "hidden_reason" text null, "hidden_by_id" uuid null, "version" int not null default 1, constraint "post_pkey" primary key ("id"));`);
    this.addSql(`create index "post_author_id_index" on "post" ("author_id");`);
    this.addSql(`create index "post_reply_to_id_index" on "post" ("reply_to_id");`);
    this.addSql(`create index "post_thread_order_idx" on "post" ("thread_id", "created_at", "id");`);
    this.addSql(`alter table "post" add constraint "post_author_client_mutation_id_unique" unique ("author_id", "client_mutation_id");`);

    this.addSql(`create table "practice" ("id" uuid not null, "title" varchar(200) not null, "slug" varchar(220) not null, "summary" text not null, "body" text not null, "body_html" text not null, "visibility" "visibility" not null default 'MEMBERS', "status" "practice_status" not null default 'DRAFT', "competences" "competence"[] not null default '{}', "organisation_id" uuid null, "theme_id" uuid null, "source_post_id" uuid null, "author_id" uuid null, "published_at" timestamptz null, "created_at" timestamptz not null default now(), constraint "practice_pkey" primary key ("id"));`);
    this.addSql(`alter table "practice" add constraint "practice_slug_unique" unique ("slug");`);
    this.addSql(`create index "practice_organisation_id_index" on "practice" ("organisation_id");`);
    this.addSql(`create index "practice_theme_id_index" on "practice" ("theme_id");`);
    this.addSql(`create index "practice_visibility_published_at_index" on "practice" ("visibility", "published_at");`);

    this.addSql(`create table "post_revision" ("id" uuid not null, "post_id" uuid not null, "version" int not null, "body" text not null, "edited_by_id" uuid null, "replaced_at" timestamptz not null default now(), constraint "post_revision_pkey" primary key ("id"));`);
    this.addSql(`alter table "post_revision" add constraint "post_revision_post_id_version_unique" unique ("post_id", "version");`);

    this.addSql(`create table "reaction" ("post_id" uuid not null, "user_id" uuid not null, "reaction" text not null, "created_at" timestamptz not null default now(), constraint "reaction_pkey" primary key ("post_id", "user_id", "reaction"));`);
    this.addSql(`create index "reaction_user_id_index" on "reaction" ("user_id");`);

    this.addSql(`alter table "organisation_member" add constraint "organisation_member_partnership_id_foreign" foreign key ("partnership_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "organisation_member" add constraint "organisation_member_member_id_foreign" foreign key ("member_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pilot_project" add constraint "pilot_project_partnership_id_foreign" foreign key ("partnership_id") references "organisation" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "pilot_project" add constraint "pilot_project_lead_organisation_id_foreign" foreign key ("lead_organisation_id") references "organisation" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "project_report" add constraint "project_report_project_id_foreign" foreign key ("project_id") references "pilot_project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "project_report" add constraint "project_report_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "project_report" add constraint "project_report_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "membership_request" add constraint "membership_request_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership_request" add constraint "membership_request_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership_request" add constraint "membership_request_decided_by_id_foreign" foreign key ("decided_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "meeting" add constraint "meeting_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "theme" add constraint "theme_collected_at_id_foreign" foreign key ("collected_at_id") references "meeting" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "theme" add constraint "theme_proposed_by_id_foreign" foreign key ("proposed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "theme_support" add constraint "theme_support_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "theme_support" add constraint "theme_support_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "meeting_registration" add constraint "meeting_registration_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_registration" add constraint "meeting_registration_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "meeting_invitation" add constraint "meeting_invitation_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "meeting_invitation" add constraint "meeting_invitation_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_presenter_id_foreign" foreign key ("presenter_id") references "organisation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "thread" add constraint "thread_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "thread" add constraint "thread_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "thread" add constraint "thread_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "thread" add constraint "thread_agenda_item_id_foreign" foreign key ("agenda_item_id") references "agenda_item" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "thread" add constraint "thread_pilot_project_id_foreign" foreign key ("pilot_project_id") references "pilot_project" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "post" add constraint "post_thread_id_foreign" foreign key ("thread_id") references "thread" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post" add constraint "post_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "post" add constraint "post_reply_to_id_foreign" foreign key ("reply_to_id") references "post" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "post" add constraint "post_hidden_by_id_foreign" foreign key ("hidden_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "practice" add constraint "practice_organisation_id_foreign" foreign key ("organisation_id") references "organisation" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "practice" add constraint "practice_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "practice" add constraint "practice_source_post_id_foreign" foreign key ("source_post_id") references "post" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "practice" add constraint "practice_author_id_foreign" foreign key ("author_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "post_revision" add constraint "post_revision_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "post_revision" add constraint "post_revision_edited_by_id_foreign" foreign key ("edited_by_id") references "app_user" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "reaction" add constraint "reaction_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "reaction" add constraint "reaction_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    // Rules the entities cannot express, guarded by the database itself.
    this.addSql(`alter table "reaction" add constraint "reaction_reaction_check" check ("reaction" in ('LIKE', 'THANKS', 'INSIGHTFUL'));`);
    this.addSql(`alter table "competence_info" add constraint "competence_info_code_check" check ("code" in ('RESISTANCE', 'SUPPORT_AND_URGENCY', 'STRATEGIC_THINKING', 'COMMUNICATION', 'OTHER'));`);
    this.addSql(`alter table "app_user" add constraint "app_user_email_lower_check" check ("email" = lower("email"));`);
    this.addSql(`alter table "meeting" add constraint "meeting_period_check" check ("ends_at" > "starts_at");`);
    this.addSql(`alter table "meeting" add constraint "meeting_capacity_check" check ("capacity" is null or "capacity" > 0);`);
    this.addSql(`alter table "theme" add constraint "theme_support_count_check" check ("support_count" >= 0);`);
    this.addSql(`alter table "thread" add constraint "thread_subject_check" check (num_nonnulls("theme_id", "meeting_id", "pilot_project_id") >= 1);`);
    this.addSql(`alter table "thread" add constraint "thread_post_count_check" check ("post_count" >= 0);`);
    this.addSql(`alter table "organisation_member" add constraint "organisation_member_not_self_check" check ("partnership_id" <> "member_id");`);
    this.addSql(`alter table "pilot_project" add constraint "pilot_project_period_check" check ("ends_on" >= "starts_on");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "organisation_member" drop constraint "organisation_member_partnership_id_foreign";`);

    this.addSql(`alter table "organisation_member" drop constraint "organisation_member_member_id_foreign";`);

    this.addSql(`alter table "pilot_project" drop constraint "pilot_project_partnership_id_foreign";`);

    this.addSql(`alter table "pilot_project" drop constraint "pilot_project_lead_organisation_id_foreign";`);

    this.addSql(`alter table "membership_request" drop constraint "membership_request_organisation_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_organisation_id_foreign";`);

    this.addSql(`alter table "meeting_invitation" drop constraint "meeting_invitation_organisation_id_foreign";`);

    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_presenter_id_foreign";`);

    this.addSql(`alter table "practice" drop constraint "practice_organisation_id_foreign";`);

    this.addSql(`alter table "project_report" drop constraint "project_report_project_id_foreign";`);

    this.addSql(`alter table "thread" drop constraint "thread_pilot_project_id_foreign";`);

    this.addSql(`alter table "project_report" drop constraint "project_report_submitted_by_id_foreign";`);

    this.addSql(`alter table "project_report" drop constraint "project_report_reviewed_by_id_foreign";`);

    this.addSql(`alter table "notification" drop constraint "notification_user_id_foreign";`);

    this.addSql(`alter table "membership_request" drop constraint "membership_request_user_id_foreign";`);

    this.addSql(`alter table "membership_request" drop constraint "membership_request_decided_by_id_foreign";`);

    this.addSql(`alter table "membership" drop constraint "membership_user_id_foreign";`);

    this.addSql(`alter table "meeting" drop constraint "meeting_created_by_id_foreign";`);

    this.addSql(`alter table "theme" drop constraint "theme_proposed_by_id_foreign";`);

    this.addSql(`alter table "theme_support" drop constraint "theme_support_user_id_foreign";`);

    this.addSql(`alter table "meeting_registration" drop constraint "meeting_registration_user_id_foreign";`);

    this.addSql(`alter table "thread" drop constraint "thread_author_id_foreign";`);

    this.addSql(`alter table "post" drop constraint "post_author_id_foreign";`);

    this.addSql(`alter table "post" drop constraint "post_hidden_by_id_foreign";`);

    this.addSql(`alter table "practice" drop constraint "practice_author_id_foreign";`);

    this.addSql(`alter table "post_revision" drop constraint "post_revision_edited_by_id_foreign";`);

    this.addSql(`alter table "reaction" drop constraint "reaction_user_id_foreign";`);

    this.addSql(`alter table "theme" drop constraint "theme_collected_at_id_foreign";`);

    this.addSql(`alter table "meeting_registration" drop constraint "meeting_registration_meeting_id_foreign";`);

    this.addSql(`alter table "meeting_invitation" drop constraint "meeting_invitation_meeting_id_foreign";`);

    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_foreign";`);

    this.addSql(`alter table "thread" drop constraint "thread_meeting_id_foreign";`);

    this.addSql(`alter table "theme_support" drop constraint "theme_support_theme_id_foreign";`);

    this.addSql(`alter table "thread" drop constraint "thread_theme_id_foreign";`);

    this.addSql(`alter table "practice" drop constraint "practice_theme_id_foreign";`);

    this.addSql(`alter table "thread" drop constraint "thread_agenda_item_id_foreign";`);

    this.addSql(`alter table "post" drop constraint "post_thread_id_foreign";`);

    this.addSql(`alter table "post" drop constraint "post_reply_to_id_foreign";`);

    this.addSql(`alter table "practice" drop constraint "practice_source_post_id_foreign";`);

    this.addSql(`alter table "post_revision" drop constraint "post_revision_post_id_foreign";`);

    this.addSql(`alter table "reaction" drop constraint "reaction_post_id_foreign";`);

    this.addSql(`drop table if exists "competence_info" cascade;`);

    this.addSql(`drop table if exists "organisation" cascade;`);

    this.addSql(`drop table if exists "organisation_member" cascade;`);

    this.addSql(`drop table if exists "pilot_project" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "project_report" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "membership_request" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "meeting" cascade;`);

    this.addSql(`drop table if exists "theme" cascade;`);

    this.addSql(`drop table if exists "theme_support" cascade;`);

    this.addSql(`drop table if exists "meeting_registration" cascade;`);

    this.addSql(`drop table if exists "meeting_invitation" cascade;`);

    this.addSql(`drop table if exists "agenda_item" cascade;`);

    this.addSql(`drop table if exists "thread" cascade;`);

    this.addSql(`drop table if exists "post" cascade;`);

    this.addSql(`drop table if exists "practice" cascade;`);

    this.addSql(`drop table if exists "post_revision" cascade;`);

    this.addSql(`drop table if exists "reaction" cascade;`);

    this.addSql(`drop type "organisation_type";`);
    this.addSql(`drop type "visibility";`);
    this.addSql(`drop type "project_focus";`);
    this.addSql(`drop type "network_role";`);
    this.addSql(`drop type "report_kind";`);
    this.addSql(`drop type "membership_request_status";`);
    this.addSql(`drop type "theme_status";`);
    this.addSql(`drop type "competence";`);
    this.addSql(`drop type "registration_status";`);
    this.addSql(`drop type "post_kind";`);
    this.addSql(`drop type "practice_status";`);
  }

}
