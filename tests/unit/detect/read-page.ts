/**
 * A one-shot read of a test DOM through the product's incremental reader:
 * flush it, take the facts, stop it. happy-dom has no layout, so only the
 * style checks of perceivability apply.
 */
import type { PageFacts, WordFilter } from '@/utils/detect/page-facts';
import { createPageReader } from '@/utils/detect/page-reader';

export function collectPageFacts(doc: Document, filter: WordFilter = () => true): PageFacts {
  const stop = new AbortController();
  const reader = createPageReader(doc, stop.signal, {
    filter,
    onChange: () => undefined,
    layout: false,
  });
  reader.flush();
  stop.abort();
  return reader.facts();
}
