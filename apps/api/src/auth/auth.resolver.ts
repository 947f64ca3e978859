import { Args, Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../common/auth/current-viewer';
import type { Viewer } from '../common/auth/viewer';
import { Public } from '../common/auth/decorators';
import { forbidden } from '../common/errors/domain-error';
import type { GraphqlContext } from '../common/graphql/graphql-context';
import { AppConfig } from '../config/app-config';
import { AuthPayload, RegisterInput, ResetPasswordInput } from './auth.inputs';
import { AuthService, type SignedIn } from './auth.service';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Account aanmaken; met organisationId ook een lidmaatschapsaanvraag.' })
  async register(@Args('input') input: RegisterInput, @Context() context: GraphqlContext): Promise<AuthPayload> {
    overHttp(context);
    return this.signedIn(await this.auth.register(input, context.locale), context);
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('email') email: string, @Args('password') password: string, @Context() context: GraphqlContext): Promise<AuthPayload> {
    const address = overHttp(context).ip ?? 'onbekend';
    return this.signedIn(await this.auth.login(email, password, address, context.locale), context);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Trekt de sessie van dit verzoek in (token of cookie).' })
  async logout(@Context() context: GraphqlContext): Promise<boolean> {
    overHttp(context);
    await this.auth.logout(context.sessionToken);
    if (context.res) clearSessionCookie(context.res, this.config);
    return true;
  }

  @Mutation(() => Int, { description: 'Meldt de aangemelde persoon overal af (alle toestellen); geeft het aantal beëindigde sessies.' })
  async logoutEverywhere(@CurrentViewer() viewer: Viewer, @Context() context: GraphqlContext): Promise<number> {
    const ended = await this.auth.logoutEverywhere(viewer);
    if (context.res) clearSessionCookie(context.res, this.config);
    return ended;
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Stuurt een herstellink als het adres bekend is; antwoordt altijd true.' })
  async requestPasswordReset(@Args('email') email: string, @Context() context: GraphqlContext): Promise<boolean> {
    await this.auth.requestPasswordReset(email, context.locale);
    return true;
  }

  @Public()
  @Mutation(() => Boolean)
  async resetPassword(@Args('input') input: ResetPasswordInput, @Context() context: GraphqlContext): Promise<boolean> {
    await this.auth.resetPassword(input, context.locale);
    return true;
  }

  private signedIn(result: SignedIn, context: GraphqlContext): AuthPayload {
    if (context.res) setSessionCookie(context.res, result.token, result.expiresAt, this.config);
    return { token: result.token, expiresAt: result.expiresAt, viewer: result.user };
  }
}

/**
 * Over WebSocket there is no cookie to set or clear, no session token of the operation to revoke, and no client
 * address for the login throttle (all sockets would share one bucket): these mutations are refused there.
 */
function overHttp(context: GraphqlContext): NonNullable<GraphqlContext['req']> {
  if (!context.req) throw forbidden('httpOnly');
  return context.req;
}
