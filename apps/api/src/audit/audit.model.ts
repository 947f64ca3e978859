import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { AuditAction } from '@ln/domain';
import { ConnectionOf } from '../common/graphql/pagination';

@ObjectType('AuditDetail', { description: 'Een gegeven bij een regel van het logboek (bv. reason, from, to).' })
export class AuditDetailModel {
  @Field()
  name!: string;

  @Field()
  value!: string;
}

@ObjectType('AuditEntry', { description: 'Eén regel van het logboek: wie deed wat, bij wie, wanneer. Niet te wijzigen.' })
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field()
  at!: Date;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => ID, { nullable: true, description: 'Wie handelde; leeg voor het platform zelf of een herstellink.' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'Leeg als het account niet meer bestaat.' })
  actorName!: string | null;

  @Field(() => ID, { nullable: true, description: 'Over wie het gaat.' })
  personId!: string | null;

  @Field(() => String, { nullable: true })
  personName!: string | null;

  @Field(() => ID, { nullable: true })
  organisationId!: string | null;

  @Field(() => String, { nullable: true })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: 'Waarop gehandeld werd, bv. post, meeting, projectReport.' })
  subjectType!: string | null;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => [AuditDetailModel])
  details!: AuditDetailModel[];
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection extends ConnectionOf(AuditEntryModel) {}

@InputType({ description: 'Filter op het logboek; alle gegeven voorwaarden gelden samen.' })
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Wie handelde of over wie het gaat.' })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  organisationId?: string | null;

  @Field(() => AuditAction, { nullable: true })
  action?: AuditAction | null;

  @Field(() => Date, { nullable: true, description: 'Vanaf dit moment (inbegrepen).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Tot dit moment (niet inbegrepen).' })
  to?: Date | null;
}
