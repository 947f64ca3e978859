/**
 * A package loaded the first time it is used instead of at start-up: its module initialisation (and, for a native
 * addon, loading the binary) moves off the path to the first answer. For packages that most starts never need
 * (mail transport, Redis, Markdown rendering, calendar files, password hashing).
 */
export function lazyModule<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
