import { defineConfig } from 'vitest/config';
import path from 'node:path';

const alias = {
  '@': path.resolve(import.meta.dirname),
  // `server-only` guards the database from client bundles; tests run on the server side.
  'server-only': path.resolve(import.meta.dirname, 'tests/support/server-only.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: ['tests/unit/**/*.test.ts'],
          maxWorkers: 2,
          globalSetup: ['tests/support/global-postgres.ts'],
          testTimeout: 20_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          sequence: { groupOrder: 1 },
          include: ['tests/integration/**/*.test.ts'],
          // The HTTP tests serve the production build: build it once, before any file starts.
          globalSetup: ['tests/support/global-postgres.ts', 'tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Vitest's default is one worker fewer than the cores: one file at a time here. Most of a
          // file's time is spent waiting on its server or database, so two files share the cores well.
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          // Browser tests run last, after the fast layers, two files at a time.
          sequence: { groupOrder: 2 },
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/support/global-postgres.ts', 'tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'hostile',
          // Hostile input at every write path: each file sends its inputs one at a time to a server
          // of its own, so two files share the machine. `npm run test:faults` sends the long lists.
          sequence: { groupOrder: 3 },
          include: ['tests/faults/hostile-*.test.ts'],
          globalSetup: ['tests/support/global-postgres.ts', 'tests/support/global-setup.ts'],
          testTimeout: process.env.FAULTS === 'long' ? 1_800_000 : 600_000,
          hookTimeout: 180_000,
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'faults',
          // Crash, load, race and cache tests each own the machine while they run: last, one file at
          // a time. `npm test` runs their short forms; `npm run test:faults` (FAULTS=long) the long ones.
          sequence: { groupOrder: 4 },
          include: ['tests/faults/**/*.test.ts'],
          exclude: ['tests/faults/hostile-*.test.ts'],
          globalSetup: ['tests/support/global-postgres.ts', 'tests/support/global-setup.ts'],
          testTimeout: process.env.FAULTS === 'long' ? 1_800_000 : 600_000,
          hookTimeout: 180_000,
          maxWorkers: 1,
        },
      },
    ],
  },
});
