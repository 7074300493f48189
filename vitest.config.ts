import { defineConfig } from 'vitest/config'

// One runner for everything. Unit and in-process tests are fast; the e2e project drives the built
// PWA in Debian's Chromium against a real server on 127.0.0.1 and is slower, so it runs on its own.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          root: './shared',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          root: './sync-server',
          include: ['src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
          // Set-up hashes demo passwords (scrypt, slow on purpose) and loads the FAQ's analyser: on
          // a busy 2-core machine that has taken more than the default 10 s.
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'pwa',
          root: './pwa',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      // The tests in tests/ start real servers (and Chromium); each kind is its own project so a run
      // says what it ran: `--project e2e` (the app in a browser), `load` (HTTP load and the short
      // soak), `faults` (randomized sync fault schedules). Files run one at a time: they share 2 cores.
      {
        test: {
          name: 'e2e',
          root: './tests',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./support/global-setup.ts'],
          // A browser on a loaded 2-core machine can take seconds to settle; 1 s (the default) flakes.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'load',
          root: './tests',
          include: ['load/**/*.test.ts', 'soak/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'faults',
          root: './tests',
          include: ['faults/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['./support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
