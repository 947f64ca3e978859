import { checkInput, ErrorCode, type Locale } from '@ln/domain';
import type { ZodMiniType } from 'zod/mini';
import { DomainError, type FieldErrors, type FieldKeys } from './errors/domain-error';
import { message, type MessageKey } from './i18n/messages';

/**
 * Collects field errors in the viewer's language, and their keys; `done()` throws BAD_USER_INPUT naming every bad
 * field. `input()` checks an input's fields by the rules the web's forms check too (@ln/domain INPUT_RULES); `fail()`
 * adds what only the API can know (an unknown organisation, a taken address).
 */
export class InputValidator {
  private readonly errors: FieldErrors = {};
  private readonly keys: FieldKeys = {};

  constructor(private readonly locale: Locale) {}

  fail(field: string, key: MessageKey, params?: Record<string, string | number>): this {
    if (this.errors[field]) return this;
    this.errors[field] = message(this.locale, key, params);
    this.keys[field] = params ? { key, params } : { key };
    return this;
  }

  /** The input's fields by their shared rules: the cleaned (trimmed) values, or null when one is wrong. */
  input<T>(rules: ZodMiniType<T>, values: unknown): T | null {
    const checked = checkInput(rules, values);
    if (checked.ok) return checked.value;
    for (const [field, problem] of Object.entries(checked.problems)) this.fail(field, problem.key, problem.params);
    return null;
  }

  get valid(): boolean {
    return Object.keys(this.errors).length === 0;
  }

  done(): void {
    if (!this.valid) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, message(this.locale, 'fixFields'), { ...this.errors }, 'fixFields', undefined, {
        ...this.keys,
      });
    }
  }
}
