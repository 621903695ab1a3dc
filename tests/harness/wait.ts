/**
 * Waiting for a condition, polled from Node rather than inside the page.
 *
 * Puppeteer's `waitForFunction` rebuilds the predicate with `new Function` in
 * the page, which a Firefox extension page's CSP refuses ("call to Function()
 * blocked by CSP"), and its default `raf` polling stalls in a tab that is not
 * in front. Here each poll is a plain `evaluate` (allowed everywhere), the
 * comparison happens in Node, and a timeout reports the last value read, so
 * the message always shows what was seen next to what was wanted (issue #9).
 */
import type { ElementHandle, Frame, JSHandle, Page } from 'puppeteer';

/** Sized for a loaded 2-core machine (a browser per core, one core busy elsewhere). */
export const WAIT_MS = 20_000;
/**
 * Between reads. Measured on three files (64 tests): every 10 ms 94 s, 20 ms 86–88 s,
 * 50 ms 91–93 s, 100 ms 103 s. Sooner polls stop waiting sooner, until the polls
 * themselves take the browsers' CPU.
 */
const POLL_MS = 20;

export interface PollOptions {
  timeout?: number;
  interval?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function show(value: unknown): string {
  if (value === undefined) return 'nothing (no read succeeded)';
  const text =
    typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 600 ? `${text.slice(0, 600)}…` : text;
}

/**
 * Reads `read()` until `done(value)` holds and returns that value. A read that
 * throws (the page navigating, a context not there yet) counts as "not yet".
 */
export async function waitFor<T>(
  wanted: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  { timeout = WAIT_MS, interval = POLL_MS }: PollOptions = {},
): Promise<T> {
  const started = Date.now();
  let last: T | undefined;
  let lastError: unknown;
  let reads = 0;
  for (;;) {
    try {
      const value = await read();
      reads += 1;
      if (done(value)) return value;
      last = value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() - started >= timeout) break;
    await pause(interval);
  }
  const failure = lastError instanceof Error ? `; the last read failed: ${lastError.message}` : '';
  throw new Error(
    `Waited ${timeout} ms for ${wanted}; after ${reads} reads it shows ${show(last)}${failure}`,
    { cause: lastError },
  );
}

/** Waits until a page-side function returns true; `describe` reads what the page shows instead. */
export async function waitUntil<A extends unknown[]>(
  page: Page | Frame,
  wanted: string,
  check: (...args: A) => boolean,
  args: A,
  opts: PollOptions & { describe?: () => Promise<unknown> } = {},
): Promise<void> {
  const { describe, ...poll } = opts;
  // Serialised by Puppeteer like any evaluate; the cast drops its stricter argument typing.
  const evaluate = page.evaluate.bind(page) as (fn: unknown, ...a: unknown[]) => Promise<unknown>;
  try {
    await waitFor(
      wanted,
      () => evaluate(check, ...args),
      (ok) => ok === true,
      poll,
    );
  } catch (error) {
    if (!describe) throw error;
    const seen = await describe().catch((e: unknown) => `unreadable (${String(e)})`);
    throw new Error(`Waited for ${wanted}; the page shows ${show(seen)}`, { cause: error });
  }
}

/**
 * Waits until a page-side function returns an element (not null) and hands it
 * over as a handle. Used to find a control the way a person would, by its name.
 * `page` may be one of its frames, to search that frame's document instead.
 */
export async function waitForElement<A extends unknown[]>(
  page: Page | Frame,
  wanted: string,
  find: (...args: A) => Element | null,
  args: A,
  opts: PollOptions = {},
): Promise<ElementHandle<HTMLElement>> {
  const evaluateHandle = page.evaluateHandle.bind(page) as (
    fn: unknown,
    ...a: unknown[]
  ) => Promise<JSHandle>;
  let found: ElementHandle<HTMLElement> | undefined;
  await waitFor(
    wanted,
    async () => {
      const handle = await evaluateHandle(find, ...args);
      const element = handle.asElement();
      if (element) found = element as ElementHandle<HTMLElement>;
      else await handle.dispose();
      return element ? 'found' : 'not there';
    },
    (state) => state === 'found',
    opts,
  );
  return found!;
}

/** Waits until `selector` matches in the page's document and hands over the first match. */
export async function waitForSelector(
  page: Page,
  selector: string,
  opts: PollOptions = {},
): Promise<ElementHandle<HTMLElement>> {
  return waitForElement(
    page,
    `"${selector}" on ${page.url()}`,
    (css: string) => document.querySelector(css),
    [selector],
    opts,
  );
}

/** Resolves after the page has drawn two more frames (a scroll or re-layout has settled). */
export async function nextFrames(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))),
  );
}
