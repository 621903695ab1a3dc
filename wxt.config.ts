import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type EntrypointGroup } from 'wxt';
import { CONTENT_MATCHES } from './utils/site/sites';
import { bareUnlistedScript } from './utils/build/bare-unlisted-script';
import { inlinePageStyles } from './utils/build/inline-page-styles';
import { guideCatalogueFiles } from './utils/build/guide-catalogues';
import { writeFirstPaintPages } from './utils/build/popup-first-paint';

const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'self'";

/** Alt+Shift+G ("guide"): free in Chrome and Firefox on every platform we target. */
export const OPEN_POPUP_SHORTCUT = 'Alt+Shift+G';

/**
 * The public half of a key made for this project (the private half was never
 * kept: nothing is signed with it). Chromium derives the unpacked extension's
 * id from it: CHROME_EXTENSION_ID.
 */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAvU6v5vM2lX/reGt5k8fkWgioLl4H6HQ0HWJAvWopGR7ilZ+eBQtuxf2ACM3gMbYgXpMFp8IUUGM1Gx6WVoYIJgBtbU5A6nopNYwEBs5tQaRzLCzap5v5qNduLFLpACCYcFqRCJhbapYCD1Vey6F/zgMpinRhLzVX6fmPkTwmr2zMC8lS8RkQ+G/6ufQIJ9Qb28KohxE0Kbz3+tfLxFHu6b/mlKhUqA5JgzRCjlTccf5vHZhZBl436Mg+adMNdil3v3RGbZsWKIcxeMUmVe+Y84lQrtX0hGmS4zpy9XLpOwgp5dy9RU0bX/whwDv6TRtDgiq55PvFZwZnLfq9NeuGRwIDAQAB';
export const CHROME_EXTENSION_ID = 'kpjmclnkcekloblmjkgkbmmobbmajipk';

/** Gecko id: stable so Firefox keeps IndexedDB across updates and tests can pin the UUID. */
export const GECKO_ID = 'alipay-card-guide@example.org';

/**
 * The built manifest as it was before the store zip was made without its `key`,
 * to put back afterwards. Firefox builds have no key and are left alone.
 */
let keptManifest: { file: string; text: string } | null = null;

function zipWithoutKey(outDir: string): void {
  const file = path.join(outDir, 'manifest.json');
  const text = readFileSync(file, 'utf8');
  const { key, ...rest } = JSON.parse(text) as Record<string, unknown>;
  if (key === undefined) return;
  keptManifest = { file, text };
  writeFileSync(file, JSON.stringify(rest));
}

function restoreKey(): void {
  if (keptManifest) writeFileSync(keptManifest.file, keptManifest.text);
  keptManifest = null;
}

export default defineConfig({
  // Every import is explicit: a reader sees where each name comes from.
  imports: false,
  // No WXT polyfill module: `wxt/browser` stays the native API, which is all the
  // content script needs (promise-based in both target browsers) and keeps it
  // within its size budget. The background and pages import webextension-polyfill
  // where its semantics matter (promise-returning onMessage listeners in Chrome).
  vite: () => ({
    plugins: [preact(), inlinePageStyles(), bareUnlistedScript('/entrypoints/guide/index.ts')],
    build: {
      // Both target browsers preload modules natively: no polyfill in every page's script.
      modulePreload: { polyfill: false },
      // Terser, two passes, writes each script 0.6–1.1 KB gzip smaller than esbuild's
      // minifier (content script 15.00 -> 14.24 KB, background 24.97 -> 23.92, popup
      // 22.37 -> 21.80), and the guide costs less to load: 10.0 -> 8.6 ms of script and
      // 11 KB less heap on My AliExpress (same-browser A/B, 16 loads per arm).
      // Every script ASCII, other characters as escapes: a script with a single one is
      // held at two bytes per character in every tab it runs in (heap snapshots: the
      // guide's source 77 -> 40 KB per store page). The bundle test checks the guide's.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { ascii_only: true } },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The toolbar button's own drawing (issue #14; `npm run icons` makes it). Named
    // under both keys: once the popup has made `browser_action` for MV2, WXT 0.21
    // drops our `action` instead of merging it; each build keeps only its own key.
    action: { default_icon: { 16: 'toolbar/16.png', 32: 'toolbar/32.png' } },
    browser_action: { default_icon: { 16: 'toolbar/16.png', 32: 'toolbar/32.png' } },
    // No host permissions: content scripts declare their own matches, the worker
    // needs no network. `storage` only to read `storage.managed`: the guidance
    // packs an organisation sets by browser policy (state lives in IndexedDB).
    // It shows no install warning.
    permissions: ['storage'],
    // Opens the popup: the browsers' own command for it, which the shopper can rebind.
    commands: {
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: OPEN_POPUP_SHORTCUT },
      },
    },
    // The guide is an unlisted script (entrypoints/guide/index.ts explains why),
    // registered here as the content script it is.
    content_scripts: [{ matches: CONTENT_MATCHES, js: ['guide.js'], run_at: 'document_idle' }],
    // Extension pages load only their own scripts and talk to nothing but the extension.
    content_security_policy:
      browser === 'firefox' ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              // data_collection_permissions below needs Firefox 140.
              strict_min_version: '140.0',
              // The extension collects nothing and sends nothing.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // What Chrome's policies for this extension may hold (Firefox takes
          // them from policies.json, unchecked: utils/packs/managed-packs.ts checks both).
          storage: { managed_schema: 'managed-schema.json' },
          // A stable id for the unpacked build, so policies and tests can name the
          // extension. The Web Store refuses a `key`: the store zip is made without it (hooks below).
          key: CHROME_PUBLIC_KEY,
        }),
  }),
  hooks: {
    // Each page is its own build (issue #11): the popup then loads one script, its
    // own, instead of a chunk shared with the options page that costs a second
    // request through the browser before the first render. Lazy parts (the report,
    // the export) still import from that one script, so nothing loads twice.
    'entrypoints:grouped': (_wxt, groups) => {
      const apart = groups.flatMap((g): EntrypointGroup[] =>
        Array.isArray(g) ? g.map((e) => [e]) : [g],
      );
      groups.splice(0, groups.length, ...apart);
    },
    // No `//# allFunctionsCalledOnLoad` hint on the guide's script (issue #10): it only
    // moved V8's lazy compiles into the script's first compile, which CDP's ScriptDuration
    // leaves out. Traced, the extension's whole script per load was the same with and
    // without it, and it held 20-50 KB more JS heap in every tab (README, bench).
    // The popup's pages that paint its checklist before its script runs
    // (utils/popup-cache/first-paint.ts).
    'build:done': (wxt) => writeFirstPaintPages(wxt.config.outDir, wxt.config.publicDir),
    // The guide's texts, a catalogue of their own (utils/i18n/guide-messages.ts explains why).
    'build:publicAssets': (wxt, files) => {
      files.push(...guideCatalogueFiles(wxt.config.publicDir));
    },
    // The unpacked build keeps `key` (a stable id); the store zip must not carry it.
    'zip:extension:start': (wxt) => zipWithoutKey(wxt.config.outDir),
    'zip:extension:done': () => restoreKey(),
  },
  zip: {
    excludeSources: ['tests/**', '.output/**', 'test-results/**', 'coverage/**'],
    // Dotfiles are left out unless named. Reviewers' `npm ci` needs these two as
    // ours uses them (issue #14): .puppeteerrc.cjs stops Puppeteer's install
    // script downloading a browser where npm runs it (npm 10, bundled with Node 20).
    includeSources: ['.npmrc', '.puppeteerrc.cjs'],
  },
});
