/**
 * Collects everything the extension could have leaked into — console output of
 * every page and worker, its IndexedDB, its extension storage, the DOM it adds
 * — so a test can prove typed secrets appear in none of it.
 */
import type { Browser, Page, Target } from 'puppeteer';
import { expect } from 'vitest';
import { watchWorkerConsole } from './extension';

export class LeakProbe {
  readonly console: string[] = [];

  /** Listens to the console of every page and worker, now and later. */
  watch(browser: Browser): void {
    const attach = async (target: Target) => {
      try {
        const page = await target.page();
        page?.on('console', (m) => this.console.push(m.text()));
        // Not `target.worker()`: a worker woken while that stays attached would never run.
        if (target.type() === 'service_worker') {
          await watchWorkerConsole(target, (text) => this.console.push(text));
        }
      } catch {
        // A target that closed while attaching has nothing more to say.
      }
    };
    browser.targets().forEach((t) => void attach(t));
    browser.on('targetcreated', (t: Target) => void attach(t));
  }
}

/** Every object store of the extension's IndexedDB, as JSON (run in an extension page). */
export async function dumpExtensionDb(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('alipay-card-guide');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const out: Record<string, unknown> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      out[name] = await new Promise((resolve) => {
        const req = db.transaction(name).objectStore(name).getAll();
        req.onsuccess = () => resolve(req.result);
      });
    }
    db.close();
    return JSON.stringify(out);
  });
}

/** Extension storage (the extension writes none: its `storage` permission only reads policies). */
export async function dumpExtensionStorage(extensionPage: Page): Promise<string> {
  return extensionPage.evaluate(async () => {
    const g = globalThis as unknown as {
      chrome?: { storage?: { local?: { get(k: null): Promise<unknown> } } };
      browser?: { storage?: { local?: { get(k: null): Promise<unknown> } } };
    };
    const local = g.browser?.storage?.local ?? g.chrome?.storage?.local;
    return local ? JSON.stringify(await local.get(null)) : '(no extension storage)';
  });
}

/** Digits only count as a leak when they stand alone, not inside a timestamp or id. */
function secretPattern(secret: string): RegExp {
  const escaped = secret.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  return /^\d+$/.test(secret) ? new RegExp(`(?<!\\d)${escaped}(?!\\d)`) : new RegExp(escaped);
}

/**
 * Times of day and ISO timestamps, whose seconds and milliseconds are digit runs
 * too: "20:57:37.737Z" once matched the CVV 737 in a CI soak run.
 */
const TIMES = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?/g;

export function expectNoSecrets(where: string, haystack: string, secrets: readonly string[]): void {
  const withoutTimes = haystack.replace(TIMES, '<time>');
  for (const secret of secrets) {
    const text = /^\d+$/.test(secret) ? withoutTimes : haystack;
    expect(secretPattern(secret).test(text), `"${secret}" found in ${where}`).toBe(false);
  }
}
