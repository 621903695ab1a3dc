/**
 * What a pack id may be, zod-free so the guard that re-checks stored packs
 * (utils/guards/pack-guard.ts) applies the same rule as the schema. Ids are
 * keys of maps in the options page and the report: names of Object.prototype
 * are never ids (found by the pack guard's fuzz test in a CI soak run).
 */
export const PACK_ID = /^(?!constructor$|prototype$)[a-z0-9][a-z0-9-]{1,63}$/;

export const isPackId = (x: unknown): x is string => typeof x === 'string' && PACK_ID.test(x);
