import type { Viewer } from '../../auth/viewer';

/**
 * Records which properties of the viewer an execution read, and their values. A result computed for one viewer
 * serves every other viewer that agrees on exactly those values: resolvers see nothing else of the viewer.
 */
export class ViewerReads {
  private readonly read = new Map<keyof Viewer, string>();
  readonly proxy: Viewer;

  constructor(viewer: Viewer) {
    this.proxy = new Proxy(viewer, {
      get: (target, property, receiver) => {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof property === 'string' && property in target) this.read.set(property as keyof Viewer, fingerprint(value));
        return value;
      },
    });
  }

  /** Would `other` have led the execution to read the same values? */
  sameFor(other: Viewer): boolean {
    for (const [property, value] of this.read) if (fingerprint(other[property]) !== value) return false;
    return true;
  }
}

function fingerprint(value: unknown): string {
  // JSON.stringify(undefined) is undefined, whatever its declared type says.
  const text = JSON.stringify(value) as string | undefined;
  return text ?? 'undefined';
}
