/**
 * What the browser's policies hold for this extension, or {} when none are
 * set: Firefox rejects the read when no policies.json names the extension,
 * Chrome answers {}.
 */
import { browser } from 'wxt/browser';

export async function readManagedArea(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    return {};
  }
}
