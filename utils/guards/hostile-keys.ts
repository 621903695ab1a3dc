/**
 * Keys that reach the prototype chain when assigned through `obj[key]`. The
 * one list for every gate: the JSON file gate rejects them on the way in, the
 * pack guard again on the way out of IndexedDB.
 */
export const HOSTILE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
