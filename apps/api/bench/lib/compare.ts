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
  // JSON.stringify(undefined) is undefined, whatever its declared type says.
  const preview = (value: unknown) => (JSON.stringify(value) as string | undefined)?.slice(0, 300);
  return `${path}: ${preview(a)} ≠ ${preview(b)}`;
}

/** Throws, naming the first difference, unless both answers carry the same content (deep-equal after parsing). */
export function requireSameContent(what: string, platform: unknown, baseline: unknown): void {
  const difference = firstDifference(platform, baseline);
  if (difference) throw new Error(`${what}: platform and baseline do not answer the same content (platform ≠ baseline at ${difference})`);
}
