import type { EntityManager } from '@mikro-orm/core';
import type { Request, Response } from 'express';
import type { Locale } from '@ln/domain';
import type { Viewer } from '../auth/viewer';
import type { LiveSubscriber } from './live/live-delivery';

/** What every resolver receives, over HTTP and over WebSocket alike. */
export interface GraphqlContext {
  requestId: string;
  viewer: Viewer | null;
  /** The language for messages: Accept-Language (the web app sends its UI language). */
  locale: Locale;
  /** A bearer token was sent but is not (or no longer) valid: every operation answers UNAUTHENTICATED. */
  authFailed?: boolean;
  sessionToken?: string | null;
  req?: Request;
  res?: Response;
  /** Per-operation cache (DataLoaders live here, created lazily by their service). */
  loaders: Map<string, unknown>;
  /** Outside an HTTP request (live events): the EntityManager the loaders run in. */
  em?: EntityManager;
  /** Over WebSocket: the subscription's socket and id, for the shared live delivery. */
  liveSubscriber?: LiveSubscriber;
}
