import { DefaultLogger, type LogContext, type LoggerNamespace } from '@mikro-orm/core';

/** Counts every SQL statement MikroORM sends. Read by tests (TEST_SQL_COUNTER) to prove constant query counts. */
export const sqlCounter = { count: 0 };

export class CountingLogger extends DefaultLogger {
  override logQuery(context: { query: string } & LogContext): void {
    sqlCounter.count += 1;
    super.logQuery(context);
  }

  override isEnabled(namespace: LoggerNamespace, context?: LogContext): boolean {
    return super.isEnabled(namespace, context);
  }
}
