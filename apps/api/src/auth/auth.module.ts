import { Global, Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from '../common/auth/auth.guard';
import { ViewerResolver } from '../common/auth/viewer-resolver';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { InvitationMailJob } from './invitation-mail.job';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { LoginThrottle } from './login-throttle';
import { PasswordResetMailJob } from './password-reset-mail.job';
import { SessionViewerResolver } from './session-viewer.resolver';
import { SessionCache } from './session-cache';
import { SessionsService } from './sessions.service';
import { ViewerMiddleware } from './viewer.middleware';

@Global()
@Module({
  providers: [
    SessionCache,
    SessionsService,
    LoginThrottle,
    AuthService,
    PasswordResetMailJob,
    AuthResolver,
    InvitationsService,
    InvitationMailJob,
    InvitationsResolver,
    { provide: ViewerResolver, useClass: SessionViewerResolver },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [ViewerResolver, SessionsService, LoginThrottle],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(ViewerMiddleware).forRoutes('{*path}');
  }
}
