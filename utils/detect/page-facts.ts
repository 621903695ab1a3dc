/**
 * What the matcher knows about a page: the visible headings, the names of
 * visible links and buttons, and short visible text blocks, each normalised.
 * Never an input's value (see collect-page-facts.ts for how they are read).
 */
export interface PageFacts {
  headings: readonly string[];
  controls: readonly string[];
  texts: readonly string[];
}
