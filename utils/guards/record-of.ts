/**
 * A plain record whose every key is safe to assign through `obj[key]` and
 * short, and whose every entry passes `ok`. Shared by the guards of data that
 * carries open-ended keys (pack steps and wordings, rule labels).
 */
import { HOSTILE_KEYS } from './hostile-keys';
import { isRecord } from './is-record';

export function recordOf(x: unknown, ok: (key: string, value: unknown) => boolean): boolean {
  return (
    isRecord(x) &&
    Object.entries(x).every(([k, v]) => !HOSTILE_KEYS.has(k) && k.length <= 64 && ok(k, v))
  );
}
