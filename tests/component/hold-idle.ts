/**
 * Idle callbacks held until the test runs them, for one test. The stubs go once
 * the test is over, after the setup's afterEach has unmounted what it rendered:
 * unmounting cancels an idle load, which needs the stub still there.
 */
import { onTestFinished, vi } from 'vitest';

/** Holds `requestIdleCallback`'s callbacks; returns what runs those held so far. */
export function holdIdleCallbacks(): () => void {
  const held: (() => void)[] = [];
  vi.stubGlobal('requestIdleCallback', (run: () => void) => held.push(run));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  onTestFinished(() => {
    vi.unstubAllGlobals();
  });
  return () => {
    for (const run of held.splice(0)) run();
  };
}
