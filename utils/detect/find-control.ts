/**
 * Which of the controls a person would call by a label to point at. The page
 * reader found them (accessible name, perceivable, shadow roots included).
 */

/**
 * The same name twice ("Link card" opens the form, and submits it): once the
 * form is open, the one inside it is the next thing to press.
 */
export function pickControl(candidates: readonly Element[]): HTMLElement | null {
  const html = candidates.filter((el): el is HTMLElement => 'focus' in el);
  return html.find((el) => el.closest('form')) ?? html[0] ?? null;
}
