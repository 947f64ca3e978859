import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Visibility } from '@ln/domain';
import { Node } from '../common/graphql/node.interface';
import { ConnectionOf } from '../common/graphql/pagination';
import { OrganisationModel } from '../organisations/organisation.model';
import '../common/graphql/enums';

@ObjectType('AgendaItem', { implements: () => [Node] })
export class AgendaItemModel implements Node {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field()
  title!: string;

  @Field(() => OrganisationModel, { nullable: true })
  presenter?: OrganisationModel | null;
}

@ObjectType('Meeting', { implements: () => [Node], description: 'Bijeenkomst of ontmoetingsmoment.' })
export class MeetingModel implements Node {
  @Field(() => ID)
  id!: string;

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

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => Visibility)
  visibility!: Visibility;

  @Field(() => Date, { nullable: true })
  cancelledAt?: Date | null;

  @Field(() => String, { nullable: true })
  cancelReason?: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('MeetingConnection')
export class MeetingConnection extends ConnectionOf(MeetingModel) {}

@InputType()
export class MeetingFilter {
  @Field(() => Boolean, { nullable: true, description: 'Enkel bijeenkomsten die nog niet voorbij zijn.' })
  upcoming?: boolean | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}
