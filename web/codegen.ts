import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for every operation and fragment in src/ come from the API's committed schema.
 * Run `npm run codegen -w web` after changing a `graphql(...)` document or the schema;
 * the output in src/__generated__/ is committed and never edited by hand.
 */
const config: CodegenConfig = {
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/__generated__/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/__generated__/': {
      preset: 'client',
      presetConfig: {
        // A component reads only the fields its own fragment asks for: a query's result carries
        // the fragments it spreads as opaque references, which `getFragmentData` opens for the
        // component that declared the fragment. Types only: at run time the data is unchanged.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        scalars: {
          Date: 'string',
          DateTime: 'string',
        },
        // Enums as string-literal unions (`'COMPLETE' | 'LIMITED'`), no runtime enum objects.
        // This is what `enumsAsTypes: true` did before typescript-operations 6 renamed it.
        enumType: 'string-literal',
        useTypeImports: true,
        // Result types carry `__typename`, as Apollo's cache adds it to every selection;
        // test mocks then have to match the schema's type names.
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        strictScalars: true,
      },
    },
    // The schema's unions and interfaces with their member types, for Apollo's cache.
    'src/__generated__/possibleTypes.ts': {
      plugins: ['fragment-matcher'],
      config: { deterministic: true },
    },
  },
};

export default config;
