import { Migration } from '@mikro-orm/migrations';

export class Migration20261128161130 extends Migration {

  override async up(): Promise<void> {

    this.addSql(`alter table "post" alter column "created_at" type timestamptz(3) using ("created_at"::timestamptz(3));`);

  }

  override async down(): Promise<void> {

    this.addSql(`alter table "post" alter column "created_at" type timestamptz(6) using ("created_at"::timestamptz(6));`);

  }

}
