import type { IncomingMessage } from 'node:http';
import { bearerTokenOf, type ViewerResolver } from '../common/auth/viewer-resolver';
import type { Viewer } from '../common/auth/viewer';

/** The viewer of a plain HTTP download (bearer token or session cookie), for controllers beside GraphQL. */
export function viewerOfRequest(viewers: ViewerResolver, req: IncomingMessage): Promise<Viewer | null> {
  const token = bearerTokenOf(req.headers.authorization);
  return token ? viewers.fromBearerToken(token) : viewers.fromHttpRequest(req);
}
