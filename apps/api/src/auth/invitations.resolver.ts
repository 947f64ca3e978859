import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { STAFF } from '../common/auth/auth.guard';
import { Public, Roles } from '../common/auth/decorators';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { AppConfig } from '../config/app-config';
import { AuthPayload } from './auth.inputs';
import { AcceptInvitationInput, InviteToOrganisationInput } from './invitation.inputs';
import { InvitationsService } from './invitations.service';
import { setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

@Resolver()
export class InvitationsResolver {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  @Roles(...STAFF)
  @Mutation(() => Boolean, { description: 'Facilitatoren: iemand per e-mail uitnodigen als lid van een organisatie.' })
  inviteToOrganisation(
    @Args('input') input: InviteToOrganisationInput,
    @CurrentViewer() viewer: Viewer,
    @Context() context: GraphqlContext,
  ) {
    return this.invitations.invite(viewer, input, context.locale);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description: 'Een uitnodiging aanvaarden: maakt het account aan (of gebruikt het bestaande) en meldt aan.',
  })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput, @Context() context: GraphqlContext): Promise<AuthPayload> {
    const user = await this.invitations.accept(input, context.locale);
    const session = await this.sessions.create(user.id);
    if (context.res) setSessionCookie(context.res, session.token, session.expiresAt, this.config);
    return { token: session.token, expiresAt: session.expiresAt, viewer: user };
  }
}
