import { Injectable } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { Viewer } from '../common/auth/viewer';
import { ViewerResolver } from '../common/auth/viewer-resolver';

/** Sessions arrive with the accounts issue (#3); until then every request is anonymous. */
@Injectable()
export class SessionViewerResolver extends ViewerResolver {
  async fromBearerToken(_token: string): Promise<Viewer | null> {
    return null;
  }

  async fromHttpRequest(_req: IncomingMessage): Promise<Viewer | null> {
    return null;
  }
}
