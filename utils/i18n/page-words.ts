/**
 * Issue #11: the on-page guide quotes a control by the words the page shows
 * it by, not by the catalogue's translation of them, so a Spanish sentence on
 * an English page says “My AliPay account”, as the page does. Its
 * instructions (`do_*`) name the control they point at `$CONTROL$` ($1): the
 * found control's own name, else the label's wording picked here.
 */

/** A label's wording in the first of `langs` it has one in, else English, else any. */
export function wordingIn(
  wordings: Readonly<Record<string, string>> | undefined,
  langs: readonly string[],
): string | null {
  if (!wordings) return null;
  const lang = [...langs, 'en'].find((l) => Object.hasOwn(wordings, l));
  return lang ? wordings[lang]! : (Object.values(wordings)[0] ?? null);
}
