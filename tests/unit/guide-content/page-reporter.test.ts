/**
 * Issue #12: a page report reaches the background at least once, even when
 * the worker stops under it, and the latest detection wins.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageReporter, REPLY_TIMEOUT_MS, RETRY_MS } from '@/entrypoints/guide/page-reporter';

let stop: AbortController;
beforeEach(() => {
  vi.useFakeTimers();
  stop = new AbortController();
});
afterEach(() => {
  stop.abort();
  vi.useRealTimers();
});

describe('page reports', () => {
  it('retries with a backoff until a reply comes, then counts the report delivered', async () => {
    let failures = 3;
    const send = vi.fn(async (p: string) => {
      if (failures-- > 0) throw new Error('worker stopped');
      return `ok:${p}`;
    });
    const delivered: string[] = [];
    const reporter = createPageReporter(
      stop.signal,
      send,
      (a) => delivered.push(a),
      () => true,
    );
    reporter.report('card-linked', 'card-linked');
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RETRY_MS[0]! + RETRY_MS[1]! + RETRY_MS[2]!);
    expect(send).toHaveBeenCalledTimes(4);
    expect(delivered).toEqual(['ok:card-linked']);
    // Delivered: the same page state is not sent again.
    reporter.report('card-linked', 'card-linked');
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledTimes(4);
  });

  it('sends a waiting report at once when asked (the tab came back into view)', async () => {
    let up = false;
    const send = vi.fn(async () => {
      if (!up) throw new Error('worker stopped');
      return 'ok';
    });
    const reporter = createPageReporter(
      stop.signal,
      send,
      () => undefined,
      () => true,
    );
    reporter.report('a', 'a');
    await vi.advanceTimersByTimeAsync(0);
    up = true;
    reporter.retryNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('lets a newer detection replace one still waiting, and never sends a stale one after it', async () => {
    const sent: string[] = [];
    let fail = true;
    const send = vi.fn(async (p: string) => {
      sent.push(p);
      if (fail) throw new Error('no worker');
      return p;
    });
    const reporter = createPageReporter(
      stop.signal,
      send,
      () => undefined,
      () => true,
    );
    reporter.report('old', 'old');
    await vi.advanceTimersByTimeAsync(0);
    reporter.report('new', 'new');
    fail = false;
    await vi.advanceTimersByTimeAsync(RETRY_MS[0]!);
    expect(sent).toEqual(['old', 'new']);
  });

  it('gives up quietly once the extension is gone', async () => {
    const send = vi.fn(async () => {
      throw new Error('Extension context invalidated');
    });
    const reporter = createPageReporter(
      stop.signal,
      send,
      () => undefined,
      () => false,
    );
    reporter.report('a', 'a');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends a state again when the page returns to it while another was in flight', async () => {
    const sent: string[] = [];
    const replies: (() => void)[] = [];
    const send = (p: string) =>
      new Promise<string>((resolve) => {
        sent.push(p);
        replies.push(() => resolve(p));
      });
    const reporter = createPageReporter(
      stop.signal,
      send,
      () => undefined,
      () => true,
    );
    reporter.report('other', 'other');
    replies.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    // The page turns out to be the profile (in flight), then is "other" again.
    reporter.report('profile', 'profile');
    reporter.report('other', 'other');
    replies.shift()!();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['other', 'profile', 'other']);
  });

  it('takes a reply that never comes as lost, and sends again', async () => {
    let calls = 0;
    const send = () => {
      calls += 1;
      return calls === 1 ? new Promise<string>(() => undefined) : Promise.resolve('ok');
    };
    const delivered: string[] = [];
    const reporter = createPageReporter(
      stop.signal,
      send,
      (a) => delivered.push(a),
      () => true,
    );
    reporter.report('a', 'a');
    await vi.advanceTimersByTimeAsync(REPLY_TIMEOUT_MS + RETRY_MS[0]!);
    expect(calls).toBe(2);
    expect(delivered).toEqual(['ok']);
  });
});
