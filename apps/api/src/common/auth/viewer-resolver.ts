import type { IncomingMessage } from 'node:http';
import type { Viewer } from './viewer';

/** A live session: who it is, and which session (for sockets that must close when it ends). */
export interface ViewerSession {
  viewer: Viewer;
  sessionId: string;
  expiresAt: Date;
}

/** Turns the credentials of a request (bearer token or session cookie) into a Viewer. */
export abstract class ViewerResolver {
  abstract fromBearerToken(token: string): Promise<Viewer | null>;
  abstract fromHttpRequest(req: IncomingMessage): Promise<Viewer | null>;
  /** The session of `bearerToken` when given, else of the request's session cookie. */
  abstract sessionFor(bearerToken: string | null, req: IncomingMessage): Promise<ViewerSession | null>;

  /** The viewer of a plain HTTP request beside GraphQL (downloads, feeds): bearer token first, else the session cookie. */
  fromRequest(req: IncomingMessage): Promise<Viewer | null> {
    const token = bearerTokenOf(req.headers.authorization);
    return token ? this.fromBearerToken(token) : this.fromHttpRequest(req);
  }
}

export function bearerTokenOf(authorization: unknown): string | null {
  if (typeof authorization !== 'string') return null;
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{10,})$/i.exec(authorization.trim());
  return match ? match[1] : null;
}
