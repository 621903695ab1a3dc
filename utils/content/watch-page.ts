/**
 * Calls `onChange` when what the page shows may have changed: content added
 * late, text or visibility updates, client-side navigation. One observer on
 * the body, debounced so a burst of mutations costs one check, with a cap so
 * a page that never stops changing is still checked regularly.
 */
export interface WatchOptions {
  /** Quiet time after the last mutation before checking. */
  debounceMs?: number;
  /** Longest a check may be postponed by a steady stream of mutations. */
  maxWaitMs?: number;
  /** Mutations inside this node are ours (the guide's UI) and are ignored. */
  ignore?: () => Node | null;
}

/** Returns the scheduler, so the caller can add triggers of its own. */
export function watchPage(
  signal: AbortSignal,
  onChange: () => void,
  options: WatchOptions = {},
): () => void {
  const { debounceMs = 120, maxWaitMs = 600, ignore } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;

  const fire = () => {
    timer = undefined;
    firstPendingAt = 0;
    if (!signal.aborted) onChange();
  };
  const schedule = () => {
    const now = performance.now();
    if (!firstPendingAt) firstPendingAt = now;
    clearTimeout(timer);
    timer = setTimeout(fire, Math.max(0, Math.min(debounceMs, firstPendingAt + maxWaitMs - now)));
  };

  const observer = new MutationObserver((records) => {
    const ours = ignore?.();
    if (ours && records.every((r) => ours.contains(r.target))) return;
    schedule();
  });
  observer.observe(document.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    // Visibility changes: a hidden message shown, a form opened.
    attributes: true,
    attributeFilter: ['hidden', 'class', 'style', 'open', 'aria-hidden'],
  });

  // Client-side navigation: history API changes and back/forward.
  window.addEventListener('popstate', schedule, { signal });
  window.addEventListener('hashchange', schedule, { signal });
  document.addEventListener('visibilitychange', schedule, { signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
  });
  return schedule;
}
