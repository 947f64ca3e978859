import type { Request, Response } from 'express';
import type { Locale } from '@ln/domain';
import type { Viewer } from '../auth/viewer';
import { localeFrom } from '../i18n/messages';
import { requestIdFrom } from '../logging/request-id';
import type { GraphqlContext } from './graphql-context';

/** What the viewer middleware (HTTP) has put on the request. */
export type RequestWithViewer = Request & {
  id?: string;
  viewer?: GraphqlContext['viewer'];
  authFailed?: boolean;
  sessionToken?: string | null;
};

/** The context of one operation over HTTP. */
export function contextForRequest(req: RequestWithViewer, res: Response): GraphqlContext {
  // Set by pino-http, when the request passed its middleware (the intersection with Express's Request hides the `?`).
  const id = req.id as string | undefined;
  return {
    requestId: id ?? requestIdFrom(req.headers['x-request-id']),
    viewer: req.viewer ?? null,
    locale: localeFrom(req.headers['accept-language']),
    authFailed: req.authFailed ?? false,
    sessionToken: req.sessionToken ?? null,
    req,
    res,
    loaders: new Map(),
  };
}

/** The context of one operation over WebSocket (`id`: the operation's id on its socket). */
export function contextForSocket(connection: { viewer?: Viewer | null; locale?: Locale }, id: string): GraphqlContext {
  return {
    requestId: `${requestIdFrom(undefined)}:${id}`,
    viewer: connection.viewer ?? null,
    locale: connection.locale ?? localeFrom(undefined),
    loaders: new Map(),
  };
}
