import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default [
  {
    ignores: ['**/node_modules', '**/dist', '**/.nx', '**/.angular', '**/coverage', '**/*.js', '**/*.mjs'],
  },
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      // The architecture as a rule: the engine is pure (no framework, database or queue), contracts are
      // plain types, the API may use both, the web app only the contracts.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:planning',
              onlyDependOnLibsWithTags: ['scope:planning'],
              bannedExternalImports: [
                '@nestjs/*',
                '@angular/*',
                'typeorm',
                'pg',
                'bullmq',
                'ioredis',
                'express',
                'fs',
                'node:*',
                'http',
                'net',
              ],
            },
            { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:planning', 'scope:contracts'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:contracts'] },
            { sourceTag: 'scope:tests', onlyDependOnLibsWithTags: ['scope:planning', 'scope:contracts', 'scope:api'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
