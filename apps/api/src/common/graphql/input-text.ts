import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, visit, type DocumentNode } from 'graphql';
import type { Locale } from '@ln/domain';
import { badInput, type FieldErrors } from '../errors/domain-error';
import { message } from '../i18n/messages';

/** NUL (PostgreSQL cannot store it in text) and UTF-16 surrogate halves without their partner. */
const BAD_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The names (argument, input field or variable) whose text holds a character no text field accepts. */
export function badTextFields(document: DocumentNode, variables: Record<string, unknown> | undefined): string[] {
  const names = new Set<string>();
  const walk = (value: unknown, name: string): void => {
    if (typeof value === 'string') {
      if (BAD_TEXT.test(value)) names.add(name);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, name);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, key);
    }
  };
  for (const [name, value] of Object.entries(variables ?? {})) walk(value, name);
  visit(document, {
    // A visitor that returns a value replaces the node: these return nothing.
    [Kind.ARGUMENT]: (node) => {
      if (node.value.kind === Kind.STRING && BAD_TEXT.test(node.value.value)) names.add(node.name.value);
    },
    [Kind.OBJECT_FIELD]: (node) => {
      if (node.value.kind === Kind.STRING && BAD_TEXT.test(node.value.value)) names.add(node.name.value);
    },
  });
  return [...names];
}

/** BAD_USER_INPUT naming each field with such a character, or null: for HTTP (the plugin) and WebSocket alike. */
export function badTextError(document: DocumentNode, variables: Record<string, unknown> | undefined, locale: Locale): GraphQLError | null {
  const names = badTextFields(document, variables);
  if (names.length === 0) return null;
  const fields: FieldErrors = Object.fromEntries(names.map((name) => [name, message(locale, 'invalidCharacter')]));
  const error = badInput(fields, message(locale, 'fixFields'));
  return new GraphQLError(error.message, { originalError: error, extensions: { http: { status: 400 } } });
}

/**
 * Once per operation, before execution: text with a NUL or a lone surrogate anywhere in the arguments is
 * BAD_USER_INPUT naming the field, instead of a database error deep in a resolver.
 */
export function inputTextPlugin(): ApolloServerPlugin<{ locale?: Locale }> {
  return {
    requestDidStart: async () => ({
      didResolveOperation: async ({ document, request, contextValue }) => {
        const error = badTextError(document, request.variables, contextValue.locale ?? 'nl');
        if (error) throw error;
      },
    }),
  };
}
