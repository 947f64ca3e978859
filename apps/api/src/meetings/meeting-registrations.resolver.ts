import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { PeopleService } from '../people/people.service';
import { UserModel } from '../people/user.model';
import type { MeetingRegistration } from './meeting-registration.entity';
import { MeetingRegistrationModel } from './registration.models';

@Resolver(() => MeetingRegistrationModel)
export class MeetingRegistrationsResolver {
  constructor(private readonly people: PeopleService) {}

  @ResolveField(() => UserModel)
  user(@Parent() registration: MeetingRegistration, @Context() context: GraphqlContext) {
    return this.people.byIdBatched(context, registration.user.id);
  }
}
