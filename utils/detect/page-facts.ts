/**
 * What the matcher knows about a page: the visible headings, the names of
 * visible links and buttons, and short visible text blocks, each normalised.
 * Never an input's value (see page-reader.ts and perceive.ts for how they are read).
 */
export interface PageFacts {
  headings: readonly string[];
  controls: readonly string[];
  texts: readonly string[];
}

export type FactKind = 'heading' | 'control' | 'text';

/** Could these normalised words matter to some rule? The cheap test before anything costly. */
export type WordFilter = (kind: FactKind, normalized: string) => boolean;
