import type { CodegenConfig } from '@graphql-codegen/cli';

// Types and documents of the web's GraphQL operations, generated from the API's committed
// schema (`pnpm codegen`; `pnpm codegen:check` fails when src/gql/ is out of date).
// Enums the domain library defines are taken from it, so the web and the API share one enum.
const DOMAIN_ENUMS = [
  'AssessmentMoment',
  'LeavingPosts',
  'AuditAction',
  'Competence',
  'MembershipRequestStatus',
  'NetworkRole',
  'OrganisationType',
  'PostKind',
  'PracticeStatus',
  'ProjectFocus',
  'Reaction',
  'RegistrationStatus',
  'ReportKind',
  'ThemeOrder',
  'ThemeStatus',
  'Visibility',
];

const OUTPUT_DIR = process.env['CODEGEN_OUT'] ?? 'src/gql/';

const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.test.{ts,tsx}'],
  ignoreNoDocuments: false,
  hooks: {
    // The domain's enums are imported as types; re-exporting them needs `export type` here (verbatimModuleSyntax).
    beforeOneFileWrite: (_path: string, content: string) => content.replace(/^export \{ (\w+) \};$/gm, 'export type { $1 };'),
  },
  generates: {
    [OUTPUT_DIR]: {
      preset: 'client',
      // Masking is in the types only (Apollo's own `dataMasking` stays off, so the cache and its policies see
      // whole objects). The unmasking helper is called `getFragmentData`, not `useFragment`: it is no hook, is
      // called in callbacks and loops, and Apollo has a real `useFragment` hook.
      presetConfig: { fragmentMasking: { unmaskFunctionName: 'getFragmentData' } },
      config: {
        useTypeImports: true,
        enumType: 'string-literal',
        enumValues: Object.fromEntries(DOMAIN_ENUMS.map((name) => [name, `@ln/domain#${name}`])),
        scalars: { DateTime: 'string', ID: 'string' },
        strictScalars: true,
        // Apollo adds `__typename` to every selection: the types say so (optimistic answers and fixtures carry it too).
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
