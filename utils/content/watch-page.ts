/**
 * Calls `onChange` when what the page shows may have changed: content added
 * late, text or visibility updates, client-side navigation.
 *
 * One observer on the document, throttled on both edges: the first change
 * after a quiet spell is checked in the next task (a shopper's success banner
 * is recognised within milliseconds), and a burst of changes costs at most
 * one check per `intervalMs`, with a final check once it settles.
 */
export interface WatchOptions {
  /** Minimum time between two checks while the page keeps changing. */
  intervalMs?: number;
}

/** Returns the scheduler, so the caller can add triggers of its own. */
export function watchPage(
  signal: AbortSignal,
  onChange: () => void,
  { intervalMs = 100 }: WatchOptions = {},
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRun = -Infinity;
  /** What the last check cost: on a page that never stops changing, back off to ≤ 20 % of the time. */
  let lastCost = 0;

  const fire = () => {
    timer = undefined;
    lastRun = performance.now();
    if (!signal.aborted) onChange();
    lastCost = performance.now() - lastRun;
  };
  const schedule = () => {
    if (timer !== undefined || signal.aborted) return;
    const interval = Math.max(intervalMs, 4 * lastCost);
    // A zero delay still lets the rest of this task's mutations land first.
    timer = setTimeout(fire, Math.max(0, lastRun + interval - performance.now()));
  };

  // Mutations inside our own UI happen in its shadow root, which this observer does not see.
  const observer = new MutationObserver(schedule);
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    // Visibility changes: a hidden message shown, a form opened.
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style', 'open', 'aria-hidden'],
  });

  // Client-side navigation: back/forward and hash changes (history.pushState comes from the caller).
  window.addEventListener('popstate', schedule, { signal });
  window.addEventListener('hashchange', schedule, { signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return schedule;
}
