import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { NetworkRole } from '@ln/domain';
import { forbidden, unauthenticated } from '../errors/domain-error';
import type { GraphqlContext } from '../graphql/graphql-context';
import { MEMBERS_ONLY_KEY, PUBLIC_KEY, ROLES_KEY } from './decorators';
import { isNetworkMember } from './viewer';

/** The one global guard: every GraphQL operation needs a viewer unless it is @Public(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    if (gql.authFailed) throw unauthenticated('sessionInvalid');
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const viewer = gql.viewer;
    if (!viewer) throw unauthenticated();
    const roles = this.reflector.getAllAndOverride<NetworkRole[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(viewer.role)) throw forbidden('staffOnly');
    if (this.reflector.getAllAndOverride<boolean>(MEMBERS_ONLY_KEY, targets) && !isNetworkMember(viewer)) {
      throw forbidden('membersOnly');
    }
    return true;
  }
}

export const STAFF = [NetworkRole.FACILITATOR, NetworkRole.ADMIN] as const;
