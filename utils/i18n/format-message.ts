/**
 * One message from a catalogue, with Chrome's substitution rules: `$NAME$`
 * names a placeholder whose content is `$1`…`$9`. Pure (no `browser.*`), so
 * the extension's `t()` and the developer tools that print the catalogue's
 * texts read a message the same way.
 */
import type { Catalogue } from './catalogue';

const own = <T>(record: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The message, or undefined when the catalogue has no such key (the caller picks a fallback). */
export function formatMessage(
  catalogue: Catalogue,
  key: string,
  substitutions: readonly string[] = [],
): string | undefined {
  const entry = own(catalogue, key);
  if (!entry) return undefined;
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => {
      const placeholder = entry.placeholders && own(entry.placeholders, name.toLowerCase());
      return placeholder ? placeholder.content : whole;
    })
    .replace(/\$(\d)/g, (whole, n: string) => substitutions[Number(n) - 1] ?? whole);
}
