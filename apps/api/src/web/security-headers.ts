import helmet from 'helmet';
import type { NextFunction, Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

/**
 * Security headers on every response: a Content-Security-Policy without inline script or style (the built web
 * app has none), no framing, nosniff, a strict referrer policy, and HSTS when the platform is served over https.
 * Outside production the GraphiQL page at GET /graphql (inline script) goes without CSP.
 */
export function securityHeaders(config: AppConfig): (req: Request, res: Response, next: NextFunction) => void {
  const origin = new URL(config.publicUrl);
  const socketOrigin = `${origin.protocol === 'https:' ? 'wss:' : 'ws:'}//${origin.host}`;
  const options = (csp: boolean) =>
    helmet({
      contentSecurityPolicy: csp
        ? {
            useDefaults: false,
            directives: {
              defaultSrc: ["'self'"],
              scriptSrc: ["'self'"],
              styleSrc: ["'self'"],
              imgSrc: ["'self'", 'data:', 'https:'],
              fontSrc: ["'self'"],
              connectSrc: ["'self'", socketOrigin],
              objectSrc: ["'none'"],
              baseUri: ["'self'"],
              formAction: ["'self'"],
              frameAncestors: ["'none'"],
            },
          }
        : false,
      frameguard: { action: 'deny' },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      strictTransportSecurity: config.secureCookies ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: false,
    });
  const withCsp = options(true);
  const withoutCsp = options(false);
  return (req, res, next) => {
    const graphiql = !config.isProduction && req.method === 'GET' && req.path === '/graphql';
    (graphiql ? withoutCsp : withCsp)(req, res, next);
  };
}
