import { Injectable } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { Viewer } from '../common/auth/viewer';
import { ViewerResolver, type ViewerSession } from '../common/auth/viewer-resolver';
import { sessionCookieOf } from './session-cookie';
import { SessionsService } from './sessions.service';

/** Bearer tokens (API clients, graphql-ws connection_init) and the web app's session cookie. */
@Injectable()
export class SessionViewerResolver extends ViewerResolver {
  constructor(private readonly sessions: SessionsService) {
    super();
  }

  fromBearerToken(token: string): Promise<Viewer | null> {
    return this.sessions.viewerForToken(token);
  }

  sessionFor(bearerToken: string | null, req: IncomingMessage): Promise<ViewerSession | null> {
    const token = bearerToken ?? sessionCookieOf(req);
    return token ? this.sessions.sessionForToken(token) : Promise.resolve(null);
  }

  async fromHttpRequest(req: IncomingMessage): Promise<Viewer | null> {
    const token = sessionCookieOf(req);
    return token ? this.sessions.viewerForToken(token) : null;
  }
}
