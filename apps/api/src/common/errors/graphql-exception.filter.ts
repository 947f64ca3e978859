import { Catch, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error';
import { sendDomainError } from './http-error-response';
import { isDatabaseUnavailable, sendServiceUnavailable } from './service-unavailable';

/**
 * Nest logs every error a resolver or guard throws at error level with its stack, expected refusals included.
 * For GraphQL the error is thrown on untouched (not returned: a subscription's source would then be the error
 * object itself): formatGraphqlError is the one place that logs it, by what it is.
 * HTTP routes answer a DomainError in the same vocabulary (sendDomainError) and a database that cannot serve with 503
 * and Retry-After; anything else keeps Nest's own handling (500 without details).
 */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() === 'graphql') throw exception;
    if (host.getType() === 'http' && isDatabaseUnavailable(exception)) {
      sendServiceUnavailable(host.switchToHttp().getRequest<Request>(), host.switchToHttp().getResponse<Response>());
      return undefined;
    }
    if (host.getType() === 'http' && exception instanceof DomainError) {
      sendDomainError(host.switchToHttp().getRequest<Request>(), host.switchToHttp().getResponse<Response>(), exception);
      return undefined;
    }
    super.catch(exception, host);
    return undefined;
  }
}
