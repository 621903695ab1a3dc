/**
 * A catalogue is a file packaged with the extension: each context reads it
 * once (the worker answers every guided page from one read), and a failed
 * read is tried again next time.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readCatalogue } from '@/utils/i18n/read-catalogue';

afterEach(() => vi.unstubAllGlobals());

describe('readCatalogue', () => {
  it('reads each file once, and again after a failed read', async () => {
    const fetched: string[] = [];
    let fail = true;
    vi.stubGlobal('fetch', (url: URL) => {
      fetched.push(url.pathname);
      if (fail) return Promise.reject(new TypeError('the package could not be read'));
      return Promise.resolve(new Response(JSON.stringify({ extName: { message: 'X' } })));
    });
    await expect(readCatalogue('es', 'guide')).rejects.toThrow(TypeError);
    fail = false;
    const first = await readCatalogue('es', 'guide');
    expect(first).toEqual({ extName: { message: 'X' } });
    expect(await readCatalogue('es', 'guide')).toBe(first);
    await readCatalogue('es');
    expect(fetched).toEqual([
      '/_locales/es/guide.json',
      '/_locales/es/guide.json',
      '/_locales/es/messages.json',
    ]);
  });
});
