/**
 * The first gate for untrusted JSON (a pack file, a shopper's report): size
 * limits, then `JSON.parse`, then a walk over own keys that rejects anything a
 * later `obj[key] = …` could turn into prototype pollution, and anything that
 * is not plain data. Only after this does the zod schema see the value.
 */
import { HOSTILE_KEYS } from '../guards/hostile-keys';
import type { LocalArg } from '../i18n/local-text';
import type { MessageKey } from '../i18n/t';
import { capErrors } from './issue-paths';
import { dataError, type DataError } from './data-error';
import { jsonPath } from './json-path';
import { tooLargeError } from './too-large';

export interface JsonLimits {
  /** What the file is called in messages ("a guidance pack"), and the catalogue's words for it. */
  noun: string;
  nounKey: MessageKey;
  maxBytes: number;
  /** Objects, arrays and primitives counted together. */
  maxNodes: number;
  maxDepth: number;
}

export type JsonDataResult = { ok: true; value: unknown } | { ok: false; errors: DataError[] };

/** Accepts JSON text, or a value already parsed (from IndexedDB, a message) that gets the same walk. */
export function readJsonData(input: unknown, limits: JsonLimits): JsonDataResult {
  let value = input;
  if (typeof input === 'string') {
    // Each UTF-16 unit is at least one UTF-8 byte, so a long string is rejected before encoding it.
    const bytes =
      input.length > limits.maxBytes ? input.length : new TextEncoder().encode(input).length;
    if (bytes > limits.maxBytes) return tooLarge(limits, bytes);
    try {
      value = JSON.parse(input);
    } catch {
      const message = `not valid JSON: ${limits.noun} must be a JSON file`;
      return {
        ok: false,
        errors: [dataError('$', message, 'dataErrorNotJson', { key: limits.nounKey })],
      };
    }
  }
  const walk = new Walk(limits);
  walk.visit(value, [], 0);
  if (walk.errors.length > 0) return { ok: false, errors: capErrors(walk.errors) };
  return walk.size > limits.maxBytes ? tooLarge(limits, walk.size) : { ok: true, value };
}

function tooLarge(limits: JsonLimits, bytes: number): JsonDataResult {
  return { ok: false, errors: [tooLargeError(limits, bytes)] };
}

class Walk {
  errors: DataError[] = [];
  nodes = 0;
  /** Rough serialised size, for values that arrive already parsed. */
  size = 0;
  private stopped = false;

  constructor(private readonly limits: JsonLimits) {}

  visit(value: unknown, path: PropertyKey[], depth: number): void {
    if (!this.enter(path, depth)) return;
    if (value === null || typeof value === 'boolean') {
      this.size += 5;
    } else if (typeof value === 'number') {
      if (!Number.isFinite(value)) this.fail(path, 'must be a finite number', 'dataErrorFinite');
      this.size += 24;
    } else if (typeof value === 'string') {
      this.size += value.length + 2;
    } else if (Array.isArray(value)) {
      this.visitArray(value, path, depth);
    } else if (typeof value === 'object' && isPlainObject(value)) {
      this.visitObject(value, path, depth);
    } else {
      this.fail(path, 'is not JSON data', 'dataErrorNotData');
    }
  }

  /** Counts one value; false once a limit is reached, which ends the whole walk. */
  private enter(path: PropertyKey[], depth: number): boolean {
    if (this.stopped) return false;
    const { noun, nounKey, maxNodes, maxDepth } = this.limits;
    if (++this.nodes > maxNodes) {
      const message = `too complex: ${noun} may hold at most ${maxNodes} values`;
      this.stop([], message, 'dataErrorTooComplex', { key: nounKey }, String(maxNodes));
    } else if (depth > maxDepth) {
      const message = `nested too deeply (max ${maxDepth} levels)`;
      this.stop(path, message, 'dataErrorTooDeep', String(maxDepth));
    }
    return !this.stopped;
  }

  private visitArray(value: readonly unknown[], path: PropertyKey[], depth: number): void {
    if (Object.getPrototypeOf(value) !== Array.prototype) {
      return this.fail(path, 'is not JSON data', 'dataErrorNotData');
    }
    this.size += 2;
    for (let i = 0; i < value.length && !this.stopped; i++) {
      // One error for a list with gaps (`new Array(1e9)`), not one per gap.
      if (!Object.hasOwn(value, i))
        return this.fail([...path, i], 'is not JSON data (a gap in a list)', 'dataErrorGap');
      this.visit(value[i], [...path, i], depth + 1);
    }
  }

  private visitObject(value: object, path: PropertyKey[], depth: number): void {
    this.size += 2;
    // Reflect.ownKeys sees what JSON.parse made: `"__proto__"` becomes an own key, not the prototype.
    for (const key of Reflect.ownKeys(value)) {
      const at = [...path, key];
      if (this.stopped || !this.enterKey(at, key)) continue;
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      // A getter is code, not data: never run it.
      if (!descriptor || !('value' in descriptor))
        this.fail(at, 'is not JSON data', 'dataErrorNotData');
      else this.visit(descriptor.value, at, depth + 1);
    }
  }

  /** False (with an error) for a key that must not be read any further. */
  private enterKey(at: PropertyKey[], key: string | symbol): boolean {
    if (typeof key === 'symbol') {
      this.fail(at, 'is not JSON data', 'dataErrorNotData');
      return false;
    }
    this.size += key.length + 3;
    if (HOSTILE_KEYS.has(key)) {
      this.fail(at, `forbidden key "${key}"`, 'dataErrorForbiddenKey', key);
      return false;
    }
    return true;
  }

  private fail(path: PropertyKey[], message: string, key: MessageKey, ...args: LocalArg[]): void {
    this.errors.push(dataError(jsonPath(path), message, key, ...args));
  }

  private stop(path: PropertyKey[], message: string, key: MessageKey, ...args: LocalArg[]): void {
    this.fail(path, message, key, ...args);
    this.stopped = true;
  }
}

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
