import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const root = fileURLToPath(new URL('..', import.meta.url));

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
          setupFiles: ['tests/unit/setup.ts'],
          // Files share their worker: isolating each was most of the run (130 -> 55 s).
          // Each still starts clean: the setup file gives it a new IndexedDB and
          // fresh project modules (the component setup resets the fake browser).
          isolate: false,
          // Two workers, one per core: left alone, Vitest ran every file in one (62 -> 40 s).
          maxWorkers: 2,
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
          setupFiles: ['tests/component/setup.ts'],
          isolate: false,
          maxWorkers: 2,
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
          testTimeout: 120_000,
          hookTimeout: 120_000,
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
          // Files share one worker, not isolated (as the unit tests): each makes its own
          // browsers and mock site, and a new worker per file cost 60 s of imports.
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
