// Lint: typescript-eslint's recommended rules; tests and scripts may use Node globals.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'public/', 'coverage/', 'dev-dist/', '.scratch/', '.lighthouse/', '*.mts'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['idb', 'idb/*'], message: 'Only src/storage talks to IndexedDB.' },
            { group: ['leaflet', 'leaflet/*'], message: 'Only src/map loads Leaflet.' },
          ],
        },
      ],
    },
  },
  { files: ['src/storage/**'], rules: { 'no-restricted-imports': 'off' } },
  { files: ['src/map/**'], rules: { 'no-restricted-imports': 'off' } },
);
