import { Scalar, type CustomScalar } from '@nestjs/graphql';
import { Kind, type ValueNode } from 'graphql';
import { DomainError } from '../errors/domain-error';
import { ErrorCode } from '@ln/domain';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Years PostgreSQL and every client handle alike (year 0000 and six-digit years are refused). */
const inRange = (date: Date) => date.getUTCFullYear() >= 1 && date.getUTCFullYear() <= 9999;

function parseIso(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_WITH_OFFSET.test(value) || Number.isNaN(Date.parse(value)) || !inRange(new Date(value))) {
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      'Ongeldige datum en tijd: gebruik ISO 8601 met tijdzone, bv. 2026-03-29T14:00:00+02:00.',
    );
  }
  return new Date(value);
}

/** ISO 8601 with offset, as the contract says. Output is UTC ("Z"); clients show it in Europe/Brussels. */
@Scalar('DateTime', () => Date)
export class DateTimeScalar implements CustomScalar<string, Date> {
  description = 'Datum en tijd in ISO 8601 met tijdzone (bv. 2026-03-29T14:00:00+02:00).';

  parseValue(value: unknown): Date {
    return parseIso(value);
  }

  serialize(value: unknown): string {
    const date = value instanceof Date ? value : new Date(String(value));
    return date.toISOString();
  }

  parseLiteral(ast: ValueNode): Date {
    return parseIso(ast.kind === Kind.STRING ? ast.value : undefined);
  }
}
