import { Migration } from '@mikro-orm/migrations';

export class Migration20261128171850 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`alter table "agenda_item" add column "theme_id" uuid null;`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_theme_id_foreign" foreign key ("theme_id") references "theme" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "agenda_item_theme_id_index" on "agenda_item" ("theme_id");`);
    this.addSql(`alter table "agenda_item" add constraint "agenda_item_meeting_id_theme_id_unique" unique ("meeting_id", "theme_id");`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_theme_id_foreign";`);

    this.addSql(`drop index "agenda_item_theme_id_index";`);
    this.addSql(`alter table "agenda_item" drop constraint "agenda_item_meeting_id_theme_id_unique";`);
    this.addSql(`alter table "agenda_item" drop column "theme_id";`);

  }

}
