import { ErrorCode, type Locale } from '@ln/domain';
import type { Request, Response } from 'express';
import { localeFrom, message } from '../i18n/messages';

/** What a client is told to wait before trying again when the database is unreachable or saturated. */
export const RETRY_AFTER_SECONDS = 5;

/** SQLSTATEs (and Node socket codes) of a database that cannot serve now; the request may simply be retried. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
  '57P01', // admin_shutdown (connection terminated)
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up, shutting down)
  '53300', // too_many_connections
  '53400', // configuration_limit_exceeded
  '55P03', // lock_not_available (lock_timeout)
  '57014', // query_canceled (statement_timeout)
]);
const UNAVAILABLE_MESSAGE =
  /Connection terminated|timeout exceeded when trying to connect|Timeout acquiring a connection|not currently accepting connections|Client has encountered a connection error|Connection refused|the database system is (starting up|shutting down)|terminating connection/i;

function codeOf(error: object): string | undefined {
  const record = error as { sqlState?: unknown; code?: unknown };
  if (typeof record.sqlState === 'string') return record.sqlState;
  return typeof record.code === 'string' ? record.code : undefined;
}

/** Is this (or what it wraps) the database being unreachable, out of connections, or past a timeout? */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = codeOf(current);
    if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
    if ((current as Error).name === 'KnexTimeoutError') return true;
    if (current instanceof Error && UNAVAILABLE_MESSAGE.test(current.message)) return true;
    const next = current as { cause?: unknown; originalError?: unknown; previous?: unknown };
    current = next.previous ?? next.originalError ?? next.cause;
  }
  return false;
}

/** The GraphQL-shaped answer for a request that could not even start (its session could not be looked up). */
export function serviceUnavailableBody(locale: Locale): { errors: Array<{ message: string; extensions: { code: ErrorCode } }> } {
  return { errors: [{ message: message(locale, 'serviceUnavailable'), extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } }] };
}

/** 503 with Retry-After and the GraphQL-shaped body, for requests that fail before GraphQL runs (or beside it). */
export function sendServiceUnavailable(req: Request, res: Response): void {
  res
    .status(503)
    .set('Retry-After', String(RETRY_AFTER_SECONDS))
    .json(serviceUnavailableBody(localeFrom(req.headers['accept-language'])));
}
