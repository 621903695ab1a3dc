/**
 * What a content script is told of the progress: everything its guide shows,
 * but no page URLs (issue #12). Those stay in the extension's own pages (the
 * popup opens them); a page's script next to the content script has no use
 * for where else the shopper has been.
 */
import type { Progress } from './progress-schema';

export function withoutPageUrls<S extends { progress: Progress }>(state: S): S {
  return { ...state, progress: { ...state.progress, pageUrls: {} } };
}
