import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorCodeOf, readRequestProblem } from './formErrors';

function graphqlErrors(...errors: { message: string; extensions?: Record<string, unknown> }[]) {
  return new CombinedGraphQLErrors({ errors });
}

describe('readRequestProblem', () => {
  it('reads the code and the per-field messages of BAD_USER_INPUT', () => {
    const error = graphqlErrors({
      message: 'Controleer de gemarkeerde velden.',
      extensions: { code: 'BAD_USER_INPUT', fields: { email: 'Er bestaat al een account met dit e-mailadres.', bogus: 42 } },
    });
    expect(readRequestProblem(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Controleer de gemarkeerde velden.',
      fields: { email: 'Er bestaat al een account met dit e-mailadres.' },
    });
  });

  it('merges the fields of several errors', () => {
    const error = graphqlErrors(
      { message: 'a', extensions: { code: 'BAD_USER_INPUT', fields: { name: 'x' } } },
      { message: 'b', extensions: { code: 'BAD_USER_INPUT', fields: { type: 'y' } } },
    );
    expect(readRequestProblem(error).fields).toEqual({ name: 'x', type: 'y' });
  });

  it('knows the contract codes and treats anything else as a server error', () => {
    expect(errorCodeOf(graphqlErrors({ message: 'no', extensions: { code: 'RATE_LIMITED' } }))).toBe('RATE_LIMITED');
    expect(errorCodeOf(graphqlErrors({ message: 'no', extensions: { code: 'SOMETHING_NEW' } }))).toBe('INTERNAL_SERVER_ERROR');
    expect(errorCodeOf(graphqlErrors({ message: 'no' }))).toBe('INTERNAL_SERVER_ERROR');
  });

  it('calls everything without a GraphQL answer a network problem', () => {
    expect(readRequestProblem(new TypeError('Failed to fetch'))).toEqual({ code: 'NETWORK', message: undefined, fields: {} });
    expect(errorCodeOf(undefined)).toBeUndefined();
  });
});
