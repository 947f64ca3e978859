import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const CALL = /\bgraphql\(`([^`]*)`\)/g;
const ENTRY = /^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm;

/**
 * Replaces each `graphql(`…`)` call with an import of its generated document, as the client
 * preset's Babel plugin does: without it every document reaches the first chunk through the
 * lookup table in src/gql/gql.ts, and the route chunks no longer carry their own documents.
 */
export function graphqlDocumentsPlugin(gqlDir: string): Plugin {
  const table = resolve(gqlDir, 'gql.ts');
  const documents = resolve(gqlDir, 'graphql.ts');
  let loaded = { mtime: 0, names: new Map<string, string>() };

  function names(): Map<string, string> {
    const mtime = statSync(table).mtimeMs;
    if (mtime !== loaded.mtime) {
      const source = readFileSync(table, 'utf8');
      const body = source.slice(source.indexOf('const documents'));
      const entries = [...body.matchAll(ENTRY)].map(([, key, name]) => [JSON.parse(key!) as string, name!] as const);
      loaded = { mtime, names: new Map(entries) };
    }
    return loaded.names;
  }

  return {
    name: 'ln-graphql-documents',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(resolve(gqlDir)) || !code.includes('graphql(`')) return null;
      const known = names();
      const used = new Set<string>();
      const replaced = code.replace(CALL, (_call, text: string) => {
        const name = known.get(text);
        if (!name) this.error(`a graphql() document that src/gql/ does not know: run \`pnpm --filter @ln/web codegen\``);
        used.add(name);
        // Same number of lines, so the source map stays right below the call.
        return `__document_${name}` + '\n'.repeat(text.split('\n').length - 1);
      });
      const imports = [...used].map((name) => `${name} as __document_${name}`).join(', ');
      return { code: `import { ${imports} } from ${JSON.stringify(documents)}; ${replaced}`, map: null };
    },
  };
}
