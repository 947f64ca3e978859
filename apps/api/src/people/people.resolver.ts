import { Public } from '../common/auth/decorators';
import { Context, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { UserModel } from './user.model';
import { PeopleService } from './people.service';

@Resolver(() => UserModel)
export class PeopleResolver {
  constructor(private readonly people: PeopleService) {}

  @Public()
  @Query(() => UserModel, { nullable: true, description: 'De aangemelde persoon, of null.' })
  viewer(@Context() context: GraphqlContext) {
    return context.viewer ? this.people.byId(context.viewer.userId) : null;
  }
}
