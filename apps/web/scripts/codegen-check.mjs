// Fails when src/gql/ is not what `pnpm codegen` makes from schema.gql and the documents now:
// regenerates into a temporary folder and compares file by file (run by `pnpm test`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COMMITTED = 'src/gql';
const fresh = mkdtempSync(join(tmpdir(), 'ln-codegen-'));
try {
  execFileSync('graphql-codegen', ['--config', 'codegen.ts', '--silent'], {
    env: { ...process.env, CODEGEN_OUT: `${fresh}/` },
    stdio: 'inherit',
  });
  const names = new Set([...readdirSync(COMMITTED), ...readdirSync(fresh)]);
  const stale = [...names].filter((name) => {
    const read = (dir) => {
      try {
        return readFileSync(join(dir, name), 'utf8');
      } catch {
        return null;
      }
    };
    return read(COMMITTED) !== read(fresh);
  });
  if (stale.length > 0) {
    console.error(`${COMMITTED}/ is out of date (${stale.join(', ')}): run \`pnpm --filter @ln/web codegen\` and commit the result.`);
    process.exitCode = 1;
  } else {
    console.log(`${COMMITTED}/ matches schema.gql and the documents.`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
