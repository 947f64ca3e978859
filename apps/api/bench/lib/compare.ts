import { isDeepStrictEqual } from 'node:util';

/** The first path at which two parsed JSON values differ, with both values there; null when they are equal. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 300)} ≠ ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** Throws, naming the first difference, unless both answers carry the same content (deep-equal after parsing). */
export function requireSameContent(what: string, platform: unknown, baseline: unknown): void {
  const difference = firstDifference(platform, baseline);
  if (difference) throw new Error(`${what}: platform and baseline do not answer the same content (platform ≠ baseline at ${difference})`);
}
