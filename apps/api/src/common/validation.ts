import { checkInput, ErrorCode, type Locale } from '@ln/domain';
import type { ZodMiniType } from 'zod/mini';
import { DomainError, type FieldErrors, type FieldKeys } from './errors/domain-error';
import { message, type MessageKey } from './i18n/messages';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;

/**
 * Collects field errors in the viewer's language, and their keys; `done()` throws BAD_USER_INPUT naming every bad
 * field. `input()` checks the rules the web's forms check too (@ln/domain INPUT_RULES).
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

  /** Trims; returns the cleaned text (or null when optional and empty). */
  text(field: string, value: string | null | undefined, options: { max: number; min?: number; optional?: boolean }): string | null {
    const trimmed = value?.trim() ?? '';
    if (!trimmed) {
      if (!options.optional) this.fail(field, 'required');
      return null;
    }
    if (trimmed.length > options.max) this.fail(field, 'tooLong', { max: options.max });
    if (options.min && trimmed.length < options.min) this.fail(field, 'tooShort', { min: options.min });
    return trimmed;
  }

  email(field: string, value: string | null | undefined): string {
    const email = (value ?? '').trim().toLowerCase();
    if (!email) this.fail(field, 'required');
    else if (email.length > 320 || !EMAIL.test(email)) this.fail(field, 'email');
    return email;
  }

  url(field: string, value: string | null | undefined): string | null {
    const trimmed = value?.trim();
    if (!trimmed) return null;
    try {
      const url = new URL(trimmed);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') this.fail(field, 'url');
    } catch {
      this.fail(field, 'url');
    }
    if (trimmed.length > 1000) this.fail(field, 'tooLong', { max: 1000 });
    return trimmed;
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
