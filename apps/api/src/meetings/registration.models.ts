import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RegistrationStatus } from '@ln/domain';
import { OrganisationModel } from '../organisations/organisation.model';
import { UserModel } from '../people/user.model';
import '../common/graphql/enums';

@ObjectType('MeetingRegistration', { description: 'Inschrijving voor een bijeenkomst (zichtbaar voor facilitatoren).' })
export class MeetingRegistrationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => RegistrationStatus)
  status!: RegistrationStatus;

  @Field(() => Boolean, { nullable: true, description: 'Aanwezig (true), afwezig (false) of nog niet geregistreerd (null).' })
  attended?: boolean | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('OrganisationAttendance', { description: 'Aanwezigheid van een organisatie op bijeenkomsten in een periode.' })
export class OrganisationAttendanceModel {
  @Field(() => OrganisationModel)
  organisation!: OrganisationModel;

  @Field(() => Int, { description: 'Aantal bijeenkomsten waarop minstens één persoon van de organisatie aanwezig was.' })
  meetingsAttended!: number;

  @Field(() => Int, { description: 'Aantal verschillende aanwezige personen.' })
  attendees!: number;

  @Field(() => Date)
  lastAttendedAt!: Date;
}
