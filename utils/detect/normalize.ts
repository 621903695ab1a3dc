/**
 * One normal form for everything compared: labels from the rules and text
 * from the page. Case, spacing and closing punctuation vary across a site's
 * redesigns; the words do not.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.:!¡¿?…]+$/u, '')
    .trim()
    .toLowerCase();
}
