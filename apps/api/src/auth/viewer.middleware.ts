import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Viewer } from '../common/auth/viewer';
import { bearerTokenOf } from '../common/auth/viewer-resolver';
import { isDatabaseUnavailable, sendServiceUnavailable } from '../common/errors/service-unavailable';
import { AppConfig } from '../config/app-config';
import { clearSessionCookie, sessionCookieOf } from './session-cookie';
import { SessionsService } from './sessions.service';

export type AuthenticatedRequest = Request & {
  viewer?: Viewer | null;
  /** The credential the request came with, so logout can revoke exactly that one. */
  sessionToken?: string | null;
  /** A bearer token was sent but is expired, revoked or unknown. */
  authFailed?: boolean;
};

/** Resolves the viewer of every HTTP request once, before any resolver runs. */
@Injectable()
export class ViewerMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  async use(req: AuthenticatedRequest, res: Response, next: NextFunction): Promise<void> {
    try {
      const bearer = bearerTokenOf(req.headers.authorization);
      if (bearer) {
        req.viewer = await this.sessions.viewerForToken(bearer);
        req.sessionToken = bearer;
        req.authFailed = req.viewer === null;
      } else {
        const cookie = sessionCookieOf(req);
        req.viewer = cookie ? await this.sessions.viewerForToken(cookie) : null;
        req.sessionToken = req.viewer ? cookie : null;
        if (cookie && !req.viewer) clearSessionCookie(res, this.config);
      }
      next();
    } catch (error) {
      if (!isDatabaseUnavailable(error)) {
        next(error);
        return;
      }
      // The session could not be looked up: say so in GraphQL's shape (also for other routes), never a bare 500.
      sendServiceUnavailable(req, res);
    }
  }
}
