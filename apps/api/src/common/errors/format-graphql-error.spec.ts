import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { badInput, notFound } from './domain-error';
import { formatGraphqlError } from './format-graphql-error';

const logged: unknown[] = [];
const refused: Array<Record<string, unknown>> = [];
const logger = {
  error: (details: Record<string, unknown>) => void logged.push(details),
  info: (details: Record<string, unknown>) => void refused.push(details),
  warn: (details: Record<string, unknown>) => void refused.push(details),
};

function format(error: GraphQLError) {
  return formatGraphqlError(error.toJSON(), error, { logger, requestId: 'req-1' });
}

describe('formatGraphqlError', () => {
  beforeEach(() => {
    logged.length = 0;
    refused.length = 0;
  });

  it('passes domain errors through with their code and fields', () => {
    const error = new GraphQLError('x', { originalError: badInput({ title: 'Vul een titel in.' }) });
    expect(format(error)).toMatchObject({
      message: 'Controleer de gemarkeerde velden.',
      extensions: { code: 'BAD_USER_INPUT', fields: { title: 'Vul een titel in.' } },
    });
    expect(format(new GraphQLError('x', { originalError: notFound() })).extensions).toEqual({ code: 'NOT_FOUND', messageKey: 'notFound' });
  });

  it('logs expected refusals at info, without stack or message, and never at error', () => {
    format(new GraphQLError('x', { originalError: badInput({ title: 'Vul een titel in.' }), path: ['addPost'] }));
    expect(logged).toHaveLength(0);
    expect(refused).toEqual([{ code: 'BAD_USER_INPUT', requestId: 'req-1', path: ['addPost'], fields: ['title'] }]);
  });

  it("keeps the SQL and its parameters (the user's text) out of the log of a database error", () => {
    const dbError = new DriverException(
      Object.assign(new Error("insert into post (body) values ('geheim') - invalid byte sequence"), { code: '22021' }),
    );
    format(new GraphQLError(dbError.message, { originalError: dbError, path: ['addPost'] }));
    expect(JSON.stringify(logged)).not.toContain('geheim');
    expect(logged[0]).toMatchObject({ err: { sqlState: '22021' } });
  });

  it('hides unknown errors behind a generic message with the request id, and logs them', () => {
    const sqlError = Object.assign(new Error('select * from app_user where password_hash = …'), { stack: 'at db.js:1' });
    const formatted = format(new GraphQLError(sqlError.message, { originalError: sqlError, path: ['viewer'] }));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-1' });
    expect(formatted.message).not.toMatch(/select|password/);
    expect(formatted.message).toContain('req-1');
    expect(logged).toHaveLength(1);
  });

  it('maps an unreachable or saturated database to SERVICE_UNAVAILABLE, logged at warn', () => {
    const refusedConnection = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const lockTimeout = new DriverException(
      Object.assign(new Error('update post … - canceling statement due to lock timeout'), { code: '55P03' }),
    );
    const poolTimeout = Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), {
      name: 'KnexTimeoutError',
    });
    for (const cause of [refusedConnection, lockTimeout, poolTimeout]) {
      const formatted = format(new GraphQLError(cause.message, { originalError: cause, path: ['addPost'] }));
      expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
      expect(formatted.message).not.toMatch(/update|Knex|ECONN/);
    }
    expect(logged).toHaveLength(0);
  });

  it('maps graphql-armor rejections to QUERY_TOO_COMPLEX', () => {
    const formatted = format(new GraphQLError('Syntax Error: Query depth limit of 6 exceeded, found 9.'));
    expect(formatted).toMatchObject({ message: 'Query depth limit of 6 exceeded, found 9.', extensions: { code: 'QUERY_TOO_COMPLEX' } });
  });
});
