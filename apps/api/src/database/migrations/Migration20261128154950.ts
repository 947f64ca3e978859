import { Migration } from '@mikro-orm/migrations';

export class Migration20261128154950 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`alter table "project_report" add column "sent_back_at" timestamptz null;`);

  }

  override async down(): Promise<void> {

    this.addSql(`alter table "project_report" drop column "sent_back_at";`);

  }

}
