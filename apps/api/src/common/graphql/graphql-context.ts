import type { Request, Response } from 'express';
import type { Viewer } from '../auth/viewer';

/** What every resolver receives, over HTTP and over WebSocket alike. */
export interface GraphqlContext {
  requestId: string;
  viewer: Viewer | null;
  req?: Request;
  res?: Response;
  /** Per-operation cache (DataLoaders live here, created lazily by their service). */
  loaders: Map<string, unknown>;
}
