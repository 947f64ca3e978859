import { Migration } from '@mikro-orm/migrations';

export class Migration20261130192957 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "stored_file" ("id" uuid not null, "uploaded_by_id" uuid null, "name" text not null, "media_type" text not null, "bytes" int not null, "storage_key" text not null, "thumbnail_key" text null, "width" int null, "height" int null, "alt" text null, "position" int not null default 0, "created_at" timestamptz not null default now(), "attached_at" timestamptz null, "report_id" uuid null, "practice_id" uuid null, "post_id" uuid null, "meeting_id" uuid null, constraint "stored_file_pkey" primary key ("id"), constraint stored_file_one_owner check (num_nonnulls(report_id, practice_id, post_id, meeting_id) <= 1));`);
    this.addSql(`create index "stored_file_report_id_index" on "stored_file" ("report_id");`);
    this.addSql(`create index "stored_file_practice_id_index" on "stored_file" ("practice_id");`);
    this.addSql(`create index "stored_file_post_id_index" on "stored_file" ("post_id");`);
    this.addSql(`create index "stored_file_meeting_id_index" on "stored_file" ("meeting_id");`);
    this.addSql(`create index "stored_file_attached_at_created_at_index" on "stored_file" ("attached_at", "created_at");`);

    this.addSql(`alter table "stored_file" add constraint "stored_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "app_user" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_report_id_foreign" foreign key ("report_id") references "project_report" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_practice_id_foreign" foreign key ("practice_id") references "practice" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_post_id_foreign" foreign key ("post_id") references "post" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "stored_file" add constraint "stored_file_meeting_id_foreign" foreign key ("meeting_id") references "meeting" ("id") on update cascade on delete set null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stored_file" cascade;`);

  }

}
