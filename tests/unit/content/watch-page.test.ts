// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage } from '@/utils/content/watch-page';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let controller = new AbortController();
afterEach(() => controller.abort());

describe('watchPage', () => {
  it('checks soon after content appears late', async () => {
    controller = new AbortController();
    let calls = 0;
    watchPage(controller.signal, () => (calls += 1), { intervalMs: 50 });
    await sleep(10);
    expect(calls).toBe(0);
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'Card linked' }),
    );
    await sleep(15);
    expect(calls).toBe(1);
  });

  it('costs one check per interval during a burst, and checks again once it settles', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    try {
      controller = new AbortController();
      let calls = 0;
      watchPage(controller.signal, () => (calls += 1), { intervalMs: 40 });
      // 200 ms of mutations, one every 5 ms.
      for (let i = 0; i < 40; i += 1) {
        document.body.append(document.createElement('span'));
        await Promise.resolve(); // let the observer deliver
        await vi.advanceTimersByTimeAsync(5);
      }
      await vi.advanceTimersByTimeAsync(100);
      // One check per 40 ms plus the settling one: 5 or 6, never 40.
      expect(calls).toBeGreaterThanOrEqual(5);
      expect(calls).toBeLessThanOrEqual(6);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stops when its context goes away', async () => {
    controller = new AbortController();
    let calls = 0;
    const schedule = watchPage(controller.signal, () => (calls += 1), { intervalMs: 10 });
    controller.abort();
    document.body.append(document.createElement('div'));
    schedule();
    window.dispatchEvent(new Event('popstate'));
    await sleep(30);
    expect(calls).toBe(0);
  });
});
