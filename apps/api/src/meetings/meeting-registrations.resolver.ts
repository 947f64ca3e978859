import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PeopleService } from '../people/people.service';
import { UserModel } from '../people/user.model';
import type { MeetingRegistration } from './meeting-registration.entity';
import { MeetingRegistrationModel } from './registration.models';
import type { NoArgs } from '../common/graphql/field-resolver';

@Resolver(() => MeetingRegistrationModel)
export class MeetingRegistrationsResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => UserModel)
  user(registration: MeetingRegistration, _args: NoArgs, context: GraphqlContext) {
    return this.people.byIdBatched(context, registration.user.id);
  }
}
