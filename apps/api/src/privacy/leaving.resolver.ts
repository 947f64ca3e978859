import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { LeavingPosts } from '@ln/domain';
import { STAFF } from '../common/auth/auth.guard';
import { CurrentViewer } from '../common/auth/current-viewer';
import { Roles } from '../common/auth/decorators';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { clearSessionCookie } from '../auth/session-cookie';
import { AppConfig } from '../config/app-config';
import { LeavingService } from './leaving.service';

@Resolver()
export class LeavingResolver {
  constructor(
    private readonly leaving: LeavingService,
    private readonly config: AppConfig,
  ) {}

  @Mutation(() => Date, {
    description:
      'Het netwerk verlaten: na je wachtwoord worden al je sessies beëindigd en wordt je account na de bedenktijd gewist (aanmelden annuleert dat). Geeft de dag van het wissen.',
  })
  async leaveNetwork(
    @Args('password') password: string,
    @Args('posts', { type: () => LeavingPosts }) posts: LeavingPosts,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ): Promise<Date> {
    const purgeOn = await this.leaving.leave(viewer, password, posts, context.locale);
    if (context.res) clearSessionCookie(context.res, this.config);
    return purgeOn;
  }

  @Roles(...STAFF)
  @Mutation(() => Date, { description: 'Facilitatoren: op vraag van de persoon diens account laten wissen (met reden, in het logboek).' })
  removeAccount(
    @Args('userId', { type: () => ID }) userId: string,
    @Args('posts', { type: () => LeavingPosts }) posts: LeavingPosts,
    @Args('reason') reason: string,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ): Promise<Date> {
    return this.leaving.leaveFor(viewer, userId, posts, reason, context.locale);
  }
}
