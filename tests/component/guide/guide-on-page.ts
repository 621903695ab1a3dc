/**
 * The on-page guide as start-guide.ts wires it, for component tests: the
 * controller drawing into a real shadow host with the default rules, animation
 * frames and timers faked, and the page reader replaced by a plain lookup of
 * the document's links and buttons by their words.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import { createGuideController } from '@/entrypoints/guide/guide-controller';
import { mountShadowHost } from '@/entrypoints/guide/shadow-host';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { compileRules, type Detection } from '@/utils/detect/matcher';
import { normalizeText } from '@/utils/detect/normalize';

export const compiled = compileRules(DEFAULT_RULES);

/** On My AliExpress with nothing done: the next move is "My AliPay account". */
export const MY_ALIEXPRESS: Detection = {
  site: 'aliexpress',
  pageId: 'ae-my-aliexpress',
  evidence: [],
  disproved: [],
  asked: [],
  errors: [],
};

/** Lets every pending animation frame run (the tracker measures, then the controller draws). */
export function frames(count = 3): void {
  for (let i = 0; i < count; i++) vi.advanceTimersToNextFrame();
}

/** Fakes timers and frames around each test; returns the current test's lifetime (abort it to end the page). */
export function useGuideLifetime(): () => AbortController {
  let abort = new AbortController();
  beforeEach(() => {
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'],
    });
    abort = new AbortController();
  });
  afterEach(() => {
    abort.abort();
    vi.useRealTimers();
  });
  return () => abort;
}

/** A page with these links (their markup as given), and the guide started on it. */
export function openGuidePage(signal: AbortSignal, links: readonly string[]) {
  for (const html of links) {
    const a = document.createElement('a');
    a.href = '#';
    a.innerHTML = html;
    document.body.append(a);
  }
  const ui = mountShadowHost(signal, '');
  const callbacks = {
    turnOff: vi.fn(),
    textsReady: () => true,
    reportDifferent: vi.fn(),
    // The page reader's answer: the links and buttons a person would call by one of these names.
    controlsNamed: vi.fn((wordings: readonly string[]) =>
      Array.from(document.querySelectorAll('a, button')).filter((el) =>
        wordings.includes(normalizeText(el.textContent ?? '')),
      ),
    ),
  };
  const guide = createGuideController(
    signal,
    () => ui,
    () => compiled,
    callbacks,
  );
  const shadow = ui.root.getRootNode() as ShadowRoot;
  const hint = () => shadow.querySelector<HTMLElement>('[data-agc-hint]');
  return {
    guide,
    ui,
    shadow,
    callbacks,
    hint,
    button: (action: string) => shadow.querySelector<HTMLElement>(`[data-action="${action}"]`),
    text: (selector: string) => hint()?.querySelector(selector)?.textContent ?? null,
    live: () => shadow.querySelector('[data-agc-live]')?.textContent,
  };
}
