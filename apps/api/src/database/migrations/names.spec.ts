import { MIGRATIONS } from './index';
import { MIGRATION_NAMES } from './names';

describe('migrations/names.ts', () => {
  it('names every migration of index.ts, in the same order (the start-up check reads only the names)', () => {
    expect([...MIGRATION_NAMES]).toEqual(MIGRATIONS.map((migration) => migration.name));
  });
});
