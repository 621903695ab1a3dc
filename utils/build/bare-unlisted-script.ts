/**
 * Build step (issue #10): the guide's script runs on every store and payment
 * page, so it carries nothing that does no work there. WXT wraps an unlisted
 * script's `main()` in a start-up logger whose calls print nothing in a
 * production build but whose messages stay in the bundle (0.2 KB gzip of a
 * 15 KB budget). This plugin gives WXT's entry module for one unlisted script
 * the same two calls without the logger: start WXT's plugins (none today),
 * then `main()`, whose result stays the script's value.
 */
import type { Plugin } from 'vite';

/** The id WXT's `resolveVirtualModules` gives an unlisted script's entry (WXT 0.21). */
const WXT_UNLISTED_ENTRY = '\0virtual:wxt-unlisted-script-entrypoint?';

/** The entry module for the unlisted script at `inputPath`. */
export function bareEntry(inputPath: string): string {
  return [
    `import definition from ${JSON.stringify(inputPath)};`,
    `import { initPlugins } from "virtual:wxt-plugins";`,
    `initPlugins();`,
    `export default definition.main();`,
  ].join('\n');
}

/**
 * A Vite plugin for the unlisted script whose file path ends with `pathEnd`.
 * A build that includes that script and never saw its entry fails: WXT has
 * changed how it names the entry, and this plugin must follow.
 */
export function bareUnlistedScript(pathEnd: string): Plugin {
  let built = false;
  let replaced = false;
  return {
    name: 'agc:bare-unlisted-script',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (id.endsWith(pathEnd)) built = true;
      if (!id.startsWith(WXT_UNLISTED_ENTRY) || !id.endsWith(pathEnd)) return null;
      replaced = true;
      return bareEntry(id.slice(WXT_UNLISTED_ENTRY.length));
    },
    buildEnd(error) {
      if (!error && built && !replaced)
        this.error(`${pathEnd} was built without its bare entry: WXT's entry id changed`);
    },
  };
}
