/**
 * A one-shot read of what a person perceives on the page, through the same
 * engine that watches it incrementally (page-reader.ts): for tests, tools and
 * the few moments that need the facts at once.
 */
import type { PageFacts } from './page-facts';
import { createPageReader, type FactKind, type WordFilter } from './page-reader';

export interface CollectOptions {
  /** False in a DOM without layout (unit tests): only style checks apply. */
  layout?: boolean;
}

/** Reads the page now; `keep` is the cheap word filter (every word passes by default). */
export function collectPageFacts(
  doc: Document,
  keep: WordFilter | ((normalized: string) => boolean) = () => true,
  { layout = hasLayout(doc) }: CollectOptions = {},
): PageFacts {
  const filter: WordFilter =
    keep.length >= 2
      ? (keep as WordFilter)
      : (_kind: FactKind, text: string) => (keep as (t: string) => boolean)(text);
  const stop = new AbortController();
  const reader = createPageReader(doc, stop.signal, { filter, onChange: () => undefined, layout });
  reader.flush();
  stop.abort();
  return reader.facts();
}

/** A DOM with a layout engine gives the root element a box; a test DOM gives it none. */
function hasLayout(doc: Document): boolean {
  const view = doc.defaultView;
  return !!view && view.innerWidth > 0 && doc.documentElement.getBoundingClientRect().width > 0;
}
