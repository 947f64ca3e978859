import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { unauthenticated } from '../errors/domain-error';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { Viewer } from './viewer';

/**
 * The signed-in person of a query, mutation or subscription that the auth guard let through (so not @Public()).
 * Not for field resolvers on hot paths: a parameter decorator puts Nest's parameter pipeline on every call.
 */
export const CurrentViewer = createParamDecorator((_data: unknown, execution: ExecutionContext): Viewer => {
  const viewer = GqlExecutionContext.create(execution).getContext<GraphqlContext>().viewer;
  if (!viewer) throw unauthenticated();
  return viewer;
});
