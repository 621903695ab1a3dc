/** "2026-11-25T10:02:31.000Z" → "2026-11-25 10:02 UTC": readable, and the same in every time zone. */
export function utcTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}
