/**
 * Finds the visible link or button a person would call by a label, the way
 * detection reads controls (accessible name, never an input's value).
 */
import { accessibleName, CONTROLS, isVisible } from './collect-page-facts';
import { normalizeText } from './normalize';

export function findControl(doc: Document, wordings: readonly string[]): HTMLElement | null {
  const matches: HTMLElement[] = [];
  for (const el of Array.from(doc.querySelectorAll<HTMLElement>(CONTROLS))) {
    if (el.closest('input,textarea,select') || !isVisible(el)) continue;
    if (wordings.includes(normalizeText(accessibleName(el)))) matches.push(el);
  }
  // The same name twice ("Link card" opens the form, and submits it): once the
  // form is open, the one inside it is the next thing to press.
  return matches.find((el) => el.closest('form')) ?? matches[0] ?? null;
}
