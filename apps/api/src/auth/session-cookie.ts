import type { Request, Response } from 'express';
import type { AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'ln_session';

/**
 * The web app's session: httpOnly (no script reads it), SameSite=Lax. CSRF is further blocked by Apollo's CSRF
 * prevention: a cross-site page cannot send the JSON content type or preflight header /graphql requires.
 */
export function setSessionCookie(res: Response, token: string, expiresAt: Date, config: AppConfig): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(res: Response, config: AppConfig): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: config.secureCookies, path: '/' });
}

export function sessionCookieOf(req: Pick<Request, 'headers'> & { cookies?: Record<string, string> }): string | null {
  const fromParser = req.cookies?.[SESSION_COOKIE];
  if (fromParser) return fromParser;
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}
