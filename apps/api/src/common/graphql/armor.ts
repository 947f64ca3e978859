import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import { NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import type { AppConfig } from '../../config/app-config';
import { inputTextPlugin } from './input-text';

export interface QueryLimits {
  validationRules: ValidationRule[];
  plugins: ApolloServerPlugin[];
}

/**
 * Depth, alias, directive, cost and token limits. The same rules run for HTTP (Apollo) and for
 * WebSocket operations (graphql-ws onSubscribe), since @nestjs/graphql only passes them to HTTP.
 */
export function buildQueryLimits(config: AppConfig): QueryLimits {
  const limits = config.graphqlLimits;
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: 50 },
    costLimit: { maxCost: limits.maxCost },
    maxTokens: { n: limits.maxTokens },
    blockFieldSuggestion: { enabled: config.isProduction },
  });
  const protection = armor.protect();
  // Without introspection, WebSocket operations refuse it too (Apollo's own switch covers HTTP only).
  const introspection = config.graphqlIntrospection ? [] : [NoSchemaIntrospectionCustomRule];
  return {
    validationRules: [...protection.validationRules, ...introspection],
    plugins: [...protection.plugins, inputTextPlugin()],
  };
}
