import { Field, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Visibility } from '@ln/domain';
import '../common/graphql/enums';

@InputType()
export class AgendaItemInput {
  @Field(() => ID, { nullable: true, description: 'Een bestaand agendapunt behouden (met zijn discussies); leeg voor een nieuw punt.' })
  id?: string | null;

  @Field()
  title!: string;

  @Field(() => ID, { nullable: true })
  presenterOrganisationId?: string | null;
}

@InputType()
export class PlanMeetingInput {
  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  location?: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'Maximum aantal inschrijvingen; leeg voor onbeperkt.' })
  capacity?: number | null;

  @Field(() => Visibility, { nullable: true, description: 'Standaard MEMBERS.' })
  visibility?: Visibility | null;

  @Field(() => [AgendaItemInput], { nullable: true, description: 'De agenda in volgorde (posities 1..n).' })
  agenda?: AgendaItemInput[] | null;

  @Field(() => [ID], { nullable: true })
  invitedOrganisationIds?: string[] | null;
}

/** Every field optional: what is left out stays as it is; null clears an optional field. A given agenda replaces the agenda. */
@InputType()
export class UpdateMeetingInput extends PartialType(PlanMeetingInput) {}
