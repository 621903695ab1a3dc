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

/**
 * Could these normalised words matter to some rule? The cheap test before
 * anything costly. A `part` is one piece of text (a text node), tested before
 * the message around it is even read: could it be part of a label's words?
 * A `subtree` is the raw text of a whole subtree, as `textContent` joins it
 * (no spaces between pieces, hidden ones included, not normalised): could a
 * label's words be anywhere in it at all?
 */
export type WordFilter = (kind: FactKind | 'part' | 'subtree', text: string) => boolean;
