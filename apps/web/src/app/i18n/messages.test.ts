import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nl } from './nl';

function leaves(value: unknown, prefix = ''): Record<string, string> {
  if (typeof value === 'string') return { [prefix]: value };
  return Object.entries(value as Record<string, unknown>).reduce<Record<string, string>>(
    (all, [key, child]) => ({ ...all, ...leaves(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

describe('translations', () => {
  it('have no empty texts and keep every {{placeholder}} in both languages', () => {
    const dutch = leaves(nl);
    const english = leaves(en);
    expect(Object.keys(english).sort()).toEqual(Object.keys(dutch).sort());
    for (const [key, text] of Object.entries(dutch)) {
      expect(text.trim(), key).not.toBe('');
      const placeholders = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
      expect(placeholders(english[key]!), key).toEqual(placeholders(text));
    }
  });
});
