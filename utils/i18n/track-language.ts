/**
 * The extension pages' side of the language switch (issue #11): every read of
 * the language in use, so every t(), becomes a read of one signal that
 * changes with it. @preact/signals renders a component again when a signal it
 * read while rendering changes, and skips it otherwise when its props did not
 * change; so each component that called t() renders again in the new
 * language, and nothing needs a language prop, context or remount.
 * The on-page guide listens to the same switch without signals (t.ts).
 */
import { signal } from '@preact/signals';
import { onLanguageChange, trackLanguageReads } from './t';

let tracking = false;

/** Once per page, before the first render. */
export function trackLanguageInSignals(): void {
  if (tracking) return;
  tracking = true;
  const changes = signal(0);
  trackLanguageReads(() => void changes.value);
  onLanguageChange(() => {
    changes.value = changes.peek() + 1;
  });
}
