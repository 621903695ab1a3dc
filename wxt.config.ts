import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './utils/site/sites';

const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'; connect-src 'self'";

/** Gecko id: stable so Firefox keeps IndexedDB across updates and tests can pin the UUID. */
export const GECKO_ID = 'alipay-card-guide@example.org';

export default defineConfig({
  // Every import is explicit: a reader sees where each name comes from.
  imports: false,
  // No WXT polyfill module: `wxt/browser` stays the native API, which is all the
  // content script needs (promise-based in both target browsers) and keeps it
  // within its size budget. The background and pages import webextension-polyfill
  // where its semantics matter (promise-returning onMessage listeners in Chrome).
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // No host permissions: content scripts declare their own matches, the worker
    // needs no network. `storage` is not needed either: state lives in IndexedDB.
    permissions: [],
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
      : {}),
  }),
  zip: {
    excludeSources: ['tests/**', '.output/**', 'test-results/**', 'coverage/**'],
  },
});
