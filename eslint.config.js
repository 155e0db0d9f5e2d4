// Lint: typescript-eslint's recommended rules; tests and scripts may use Node globals.
import tseslint from 'typescript-eslint';

const IDB = { name: 'idb', message: 'Only src/storage talks to IndexedDB.' };
const IDB_DEEP = { group: ['idb/*'], message: IDB.message };
const LEAFLET = { name: 'leaflet', message: 'Only src/map loads Leaflet.' };
const LEAFLET_DEEP = { group: ['leaflet/*'], message: LEAFLET.message };

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'public/', 'coverage/', 'dev-dist/', '.scratch/', '.lighthouse/', '*.mts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [IDB, LEAFLET], patterns: [IDB_DEEP, LEAFLET_DEEP] }],
    },
  },
  // Each of the two folders may use its own library, and still not the other's.
  { files: ['src/storage/**'], rules: { 'no-restricted-imports': ['error', { paths: [LEAFLET], patterns: [LEAFLET_DEEP] }] } },
  { files: ['src/map/**'], rules: { 'no-restricted-imports': ['error', { paths: [IDB], patterns: [IDB_DEEP] }] } },
);
