/**
 * A plain data object: what JSON.parse, structured clone (IndexedDB, messages)
 * and object literals make. Arrays, class instances and exotic objects are not
 * records, so a guard never walks into something that can run code on read.
 */
export function isRecord(x: unknown): x is Record<string, unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const proto: unknown = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}
