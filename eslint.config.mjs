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
  {
    // The engine is pure: no clock, no unseeded randomness, no process or timers (style.md).
    files: ['libs/planning/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'The engine takes everything as input: no process or environment.' },
        { name: 'setTimeout', message: 'The engine is synchronous and pure.' },
        { name: 'setInterval', message: 'The engine is synchronous and pure.' },
        { name: 'Buffer', message: 'Node built-ins are not for the engine.' },
        { name: 'performance', message: 'The engine reads no clock; benchmarks time it from outside.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'No clock in the engine: callers pass "today".' },
        { object: 'Math', property: 'random', message: 'Use the seeded generator (pure-rand).' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'No clock in the engine: callers pass "today".' },
      ],
    },
  },
];
