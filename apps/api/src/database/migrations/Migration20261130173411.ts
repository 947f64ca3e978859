import { Migration } from '@mikro-orm/migrations';

/** The pilot projects' self-assessments on the key competences (learning outcomes). */
export class Migration20261130173411 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "competence_assessment" ("id" uuid not null, "project_id" uuid not null, "moment" text check ("moment" in ('START', 'INTERIM', 'FINAL')) not null, "competence" text check ("competence" in ('RESISTANCE', 'SUPPORT_AND_URGENCY', 'STRATEGIC_THINKING', 'COMMUNICATION', 'OTHER')) not null, "score" smallint not null, "note" text not null, "assessed_by_id" uuid null, "assessed_at" timestamptz not null default now(), constraint "competence_assessment_pkey" primary key ("id"), constraint competence_assessment_score_check check ((score >= 1) AND (score <= 5)));`);
    this.addSql(`alter table "competence_assessment" add constraint "competence_assessment_project_id_moment_competence_unique" unique ("project_id", "moment", "competence");`);

    this.addSql(`alter table "competence_assessment" add constraint "competence_assessment_project_id_foreign" foreign key ("project_id") references "pilot_project" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "competence_assessment" add constraint "competence_assessment_assessed_by_id_foreign" foreign key ("assessed_by_id") references "app_user" ("id") on update cascade on delete set null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "competence_assessment" cascade;`);

  }

}
