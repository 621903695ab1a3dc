/**
 * Delivers what the page proves to the background at least once (issue #12).
 *
 * A report in flight when the MV3 worker stops is lost with it; before this,
 * the report was marked as sent before it was, and a failure was swallowed,
 * so a "Card linked" could be lost for good. Now a report counts as delivered
 * only on a valid reply; until then it is retried with a backoff, and again at
 * once when the tab comes back into view. Only the latest detection matters:
 * a newer one replaces one still waiting. The background applies the same
 * evidence twice as once, so a duplicate delivery changes nothing.
 */
export const RETRY_MS = [250, 500, 1000, 2000, 4000, 8000];

export interface PageReporter<R> {
  /** The page now shows this (its key identifies it); sends it unless already delivered. */
  report(key: string, payload: R): void;
  /** Try a waiting report now (the tab came back into view). */
  retryNow(): void;
  /** Forget what was delivered (new rules: the same page may prove other things). */
  forget(): void;
}

/**
 * A reply that has not come after this long is taken as lost: the report goes
 * again. Replies take milliseconds, a waking worker's well under a second; a
 * worker that does not start leaves a send with no reply at all. (The hangs CI
 * soak runs once saw, 10 s and more, were the test harness's: a DevTools
 * session left attached held the restarted worker; see stopServiceWorker in
 * tests/harness/extension.ts.) Sending again is safe: the background applies
 * the same evidence only once.
 */
export const REPLY_TIMEOUT_MS = 3_000;

export function createPageReporter<R, A>(
  signal: AbortSignal,
  send: (payload: R) => Promise<A>,
  onDelivered: (answer: A) => void,
  alive: () => boolean,
): PageReporter<R> {
  /** What the background last confirmed, and what the page shows now. */
  let delivered = '';
  let latest: { key: string; payload: R } | null = null;
  let inFlight = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const withTimeout = (promise: Promise<A>) =>
    new Promise<A>((resolve, reject) => {
      // No reason: the failure handler below only counts and retries.
      const lost = setTimeout(reject, REPLY_TIMEOUT_MS);
      promise.then(resolve, reject).finally(() => clearTimeout(lost));
    });

  // Sends the page's latest state whenever it differs from what the background
  // confirmed last, one report at a time. Comparing with the latest state (not
  // with "what was waiting") matters: a page can go back to a state that was
  // delivered before while a different one is in flight.
  const attempt = () => {
    clearTimeout(timer);
    timer = undefined;
    if (inFlight || !latest || latest.key === delivered || signal.aborted) return;
    const sending = latest;
    inFlight = true;
    withTimeout(send(sending.payload)).then(
      (answer) => {
        inFlight = false;
        failures = 0;
        delivered = sending.key;
        try {
          if (!signal.aborted) onDelivered(answer);
        } finally {
          // Whatever the answer's handling did, a newer state still goes out.
          attempt();
        }
      },
      () => {
        inFlight = false;
        // The extension went away under the page: nobody is listening any more.
        if (signal.aborted || !alive()) return;
        const wait = RETRY_MS[Math.min(failures, RETRY_MS.length - 1)]!;
        failures += 1;
        timer = setTimeout(attempt, wait);
      },
    );
  };

  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });

  return {
    report(key, payload) {
      latest = { key, payload };
      attempt();
    },
    retryNow() {
      failures = 0;
      attempt();
    },
    forget() {
      delivered = '';
      attempt();
    },
  };
}
