/**
 * Field resolvers (`@ResolveField`) without `@Args` take graphql's own arguments, `(parent, args, context)`, with no
 * Nest parameter decorators: Nest then hands graphql the method itself instead of wrapping every field of every row
 * in its parameter and pipe pipeline (several promises per field). `NoArgs` names the unused second argument.
 */
export type NoArgs = Record<string, never>;
