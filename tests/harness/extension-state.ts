/**
 * What the extension holds and whether its background answers, for a test
 * that timed out waiting on it. A wait that fails after a stopped worker can
 * mean three things: the page never reported, the background never answered,
 * or it answered and stored something else. This tells them apart by asking
 * the background (with a time limit) and reading IndexedDB directly from an
 * extension page, which works even when the background does not answer.
 */
import type { Page } from 'puppeteer';
import { sendFromExtensionPage } from './progress';

export interface ExtensionState {
  /** The background's reply to `getProgress`, or why there was none within the limit. */
  background: unknown;
  /** The stored progress record's steps and the last events of the log. */
  stored: unknown;
}

/** Every record of one object store of the extension's IndexedDB (read from an extension page). */
export async function readExtensionStore<T>(extPage: Page, store: string): Promise<T[]> {
  return extPage.evaluate(async (name: string) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('alipay-card-guide');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const records = await new Promise<unknown[]>((resolve) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
    });
    db.close();
    return records;
  }, store) as Promise<T[]>;
}

/** Read from an extension page (the popup or options); never throws. */
export async function readExtensionState(extPage: Page, limitMs = 5_000): Promise<ExtensionState> {
  const started = Date.now();
  const background = await sendFromExtensionPage(extPage, 'getProgress', {}, limitMs).then(
    (answer) => ({ afterMs: Date.now() - started, answer }),
    (error: unknown) => `could not ask: ${String(error)}`,
  );

  const stored = await Promise.all([
    readExtensionStore<{ steps?: unknown }>(extPage, 'progress'),
    readExtensionStore(extPage, 'events'),
  ]).then(
    ([[progress], events]) => ({ steps: progress?.steps, events: events.slice(-8) }),
    (error: unknown) => `could not read: ${String(error)}`,
  );

  return { background, stored };
}

/** Runs `wait`; if it throws, adds what the extension holds to the error. */
export async function explainTimeout<T>(extPage: Page, wait: () => Promise<T>): Promise<T> {
  try {
    return await wait();
  } catch (error) {
    const state = await readExtensionState(extPage);
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\nThe extension then: ${JSON.stringify(state)}`, { cause: error });
  }
}
