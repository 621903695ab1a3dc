import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Unit and component files share their workers: isolating each was most of the run
 * (130 -> 55 s); each still starts clean (see the setup files). Two workers, one per
 * core: left alone, Vitest ran every file in one (62 -> 40 s).
 */
const SHARED_WORKERS = { isolate: false, maxWorkers: 2 } as const;
/** Launching browsers, installing and building: sized for a loaded 2-core machine. */
const SLOW_STEPS = { testTimeout: 120_000, hookTimeout: 120_000 } as const;

export default defineConfig({
  root,
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        // Pure logic and the mock site over HTTP: seconds, no browser.
        plugins: [WxtVitest({ root })],
        test: {
          name: 'unit',
          root,
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // Gives each file a new IndexedDB and fresh project modules.
          setupFiles: ['tests/unit/setup.ts'],
          ...SHARED_WORKERS,
        },
      },
      {
        // Each screen and the on-page guide rendered in happy-dom with fake deps:
        // seconds, no browser (issue #13).
        plugins: [WxtVitest({ root })],
        test: {
          name: 'component',
          root,
          include: ['tests/component/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          // Resets the fake browser before each test.
          setupFiles: ['tests/component/setup.ts'],
          ...SHARED_WORKERS,
        },
      },
      {
        // What `npm run build` made: bundle budgets, manifest scope and web-ext lint,
        // icons, and the Firefox package rebuilt from the sources zip. No extension in
        // a browser and nothing timed, so its files may run two at a time.
        test: {
          name: 'package',
          root,
          include: ['tests/package/**/*.test.ts'],
          globalSetup: ['tests/package/global-setup.ts'],
          environment: 'node',
          ...SLOW_STEPS,
        },
      },
      {
        // Real Chromium and Firefox driven by Puppeteer. One file at a time: the
        // machine has two cores and each browser wants one.
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          // Files share one worker, not isolated (as the unit tests): a new worker per file
          // cost 60 s of imports, and the one worker keeps one Firefox for every file that
          // wants a plain one (tests/harness/firefox-pool.ts). Each file makes its own mock
          // site and Chromium.
          isolate: false,
          ...SLOW_STEPS,
        },
      },
    ],
  },
});
