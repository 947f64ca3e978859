/**
 * `pnpm lint` (dependency-cruiser, the API's `lint:deps`): the API's feature folders import downward only.
 * Type-only imports are not dependencies here (tsPreCompilationDeps: false): an entity may name a relation to an
 * entity of a feature above it by entity name with an `import type` (see agenda-item.entity.ts).
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-feature-cycle',
      comment:
        'Two feature folders import each other (directly or through others): move the shared part down, or resolve the field in the higher feature.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/[^/]+$' },
      to: { circular: true, path: '^src/[^/]+$' },
    },
    {
      name: 'common-below-features',
      comment: 'common/ and config/ are shared by every feature and import none (config imports nothing of common either).',
      severity: 'error',
      from: { path: '^src/(common|config)/' },
      to: { path: '^src/', pathNot: ['^src/(common|config)/', '^src/common/testing/'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
