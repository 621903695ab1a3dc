/**
 * One normal form for everything compared: labels from the rules and packs,
 * and text from the page. Case, spacing, typographic punctuation and closing
 * full stops vary across a site's redesigns; the words do not.
 *
 * A closing question mark is kept on purpose: "Card linked?" asks, it does not
 * tell (issue #10), so it must not read as the status "Card linked".
 */
/** Zero-width characters a page may put between letters: invisible, so not part of the words. */
const INVISIBLE_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/**
 * Letters as the normal form spells them (composed, no invisible characters,
 * lower case), and nothing else changed: what raw text joined from many
 * pieces is compared in, since each word stays whole there.
 */
export function foldLetters(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE_RE, '').toLowerCase();
}

export function normalizeText(text: string): string {
  return (
    foldLetters(text)
      // Typographic quotes, dashes and ellipsis as typed ones (escapes: the script stays ASCII).
      .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
      .replace(/[\u2010-\u2014\u2212]/g, '-')
      .replace(/\u2026/g, '...')
      .replace(/\s+/g, ' ')
      .trim()
      // ¡, as an escape: the guide's script stays ASCII (wxt.config.ts says why).
      .replace(/^\u00A1+/u, '')
      .replace(/[.:!]+$/u, '')
      .trim()
  );
}
