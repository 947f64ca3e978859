import { DriverException } from '@mikro-orm/core';

/**
 * What an unexpected error leaves in the log. A database error's message holds the SQL and its parameters — the
 * user's text — so only its PostgreSQL details and the stack frames are kept. Other errors are logged as they are.
 */
export function loggableError(error: unknown): unknown {
  if (!(error instanceof DriverException)) return error;
  const details = error as DriverException & { routine?: string; table?: string; column?: string; constraint?: string };
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return {
    type: error.name,
    sqlState: error.sqlState ?? error.code,
    routine: details.routine,
    table: details.table,
    column: details.column,
    constraint: details.constraint,
    message: '[SQL en parameters weggelaten]',
    stack: [`${error.name}: [SQL en parameters weggelaten]`, ...frames].join('\n'),
  };
}
