/**
 * fast-check arbitraries for guidance packs: valid packs, and mutations that
 * break them in the ways a careless or hostile author would.
 */
import fc from 'fast-check';
import { STEP_IDS } from '@/utils/flow/steps';
import { LABEL_IDS, PACK_FORMAT, type Pack } from '@/utils/packs/pack-schema';
import { isMeaningfulWording, packTextProblem } from '@/utils/packs/pack-text-rules';
import { HOSTILE_KEYS } from '@/utils/guards/hostile-keys';

/** Letters of both languages, punctuation, typographic quotes and an emoji (two UTF-16 units). */
const CHARS = [...'abcdefghijklmnopqrstuvwxyzABCZ0123456789 .,;:!?¿¡-“”‘’ñáéíóúü€😀'];
const char = fc.constantFrom(...CHARS);

export const plainTextArb = (max: number): fc.Arbitrary<string> =>
  fc
    .oneof(
      // Mostly short texts (at most 25 units even with emoji), which keeps thousands of runs fast…
      {
        weight: 9,
        arbitrary: fc
          .tuple(fc.constantFrom('A', 'ñ', '1', '“'), fc.string({ unit: char, maxLength: 12 }))
          .map(([first, rest]) => first + rest),
      },
      // …and sometimes exactly the longest text allowed.
      { weight: 1, arbitrary: fc.constant('ñ'.repeat(max)) },
    )
    // Random letters and dots can spell "ab.cd" or seven digits in a row: valid packs say neither (issue #12).
    .filter((text) => packTextProblem(text) === null);

/** A label wording: also at least four letters or digits, one a letter (issue #10). */
const wordingArb = fc
  .tuple(fc.constantFrom('Añ', 'Ok', 'ñA'), fc.string({ unit: char, minLength: 2, maxLength: 12 }))
  .map(([first, rest]) => first + rest)
  .filter((text) => isMeaningfulWording(text) && packTextProblem(text) === null);

export const localeArb = fc.constantFrom('en', 'es', 'pt', 'pt-BR', 'en-GB', 'fr', 'zh-CN', 'ast');

const stepTextArb = fc.record(
  {
    title: plainTextArb(80),
    todo: plainTextArb(400),
    tips: fc.array(plainTextArb(200), { maxLength: 5, size: 'xsmall' }),
  },
  { requiredKeys: [], noNullPrototype: true },
);

const dict = <V>(keys: fc.Arbitrary<string>, values: fc.Arbitrary<V>, maxKeys: number) =>
  fc.dictionary(keys, values, { maxKeys, noNullPrototype: true });

export const linkArb = fc
  .tuple(
    fc.constantFrom('', 'www.', 'm.', 'global.', 'a-b.c.'),
    fc.constantFrom('aliexpress', 'alipay'),
    fc.constantFrom('', '/', '/p/cards', '/account/index.htm?tab=cards', '/x#top', '/%C3%B1'),
  )
  .map(([sub, site, path]) => `https://${sub}${site}.com${path}`);

export const packArb: fc.Arbitrary<Pack> = fc.record(
  {
    format: fc.constant(PACK_FORMAT),
    formatVersion: fc.constant(1 as const),
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,20}$/),
    name: plainTextArb(80),
    version: fc.tuple(fc.nat(999), fc.nat(999), fc.nat(999)).map((parts) => parts.join('.')),
    author: plainTextArb(80),
    steps: dict(fc.constantFrom(...STEP_IDS), dict(localeArb, stepTextArb, 2), 5),
    labels: dict(fc.constantFrom(...LABEL_IDS), dict(localeArb, wordingArb, 2), 3),
    links: dict(fc.constantFrom(...STEP_IDS), linkArb, 5),
  },
  {
    requiredKeys: ['format', 'formatVersion', 'id', 'name', 'version', 'author'],
    noNullPrototype: true,
  },
);

// ---- mutations ----------------------------------------------------------------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];

/** Every path in a JSON value, the root included, in a stable order. */
export function allPaths(value: unknown, path: Path = []): Path[] {
  const out: Path[] = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...allPaths(v, [...path, i])));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) out.push(...allPaths(v, [...path, k]));
  }
  return out;
}

function at(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], root);
}

/** Defines an own property, the way JSON.parse does, even for `__proto__`. */
function define(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export type Mutation =
  | { kind: 'delete'; pick: number }
  | { kind: 'set'; pick: number; value: unknown }
  | { kind: 'hostile'; pick: number; key: string }
  | { kind: 'huge'; pick: number }
  | { kind: 'format-version'; value: unknown }
  | { kind: 'markup'; pick: number; text: string }
  | { kind: 'bad-link'; step: string; link: string };

/** Mutations that no valid pack survives: the result must be rejected. */
export const ALWAYS_REJECTED: ReadonlySet<Mutation['kind']> = new Set([
  'hostile',
  'huge',
  'format-version',
  'markup',
  'bad-link',
]);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('set' as const),
    pick: fc.nat(),
    value: fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom('', ' ', 'x'.repeat(500), -1, 1e308),
    ),
  }),
  fc.record({
    kind: fc.constant('hostile' as const),
    pick: fc.nat(),
    key: fc.constantFrom(...HOSTILE_KEYS),
  }),
  fc.record({ kind: fc.constant('huge' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('format-version' as const),
    value: fc.constantFrom(0, 2, 99, '1', 1.5, null, true),
  }),
  fc.record({
    kind: fc.constant('markup' as const),
    pick: fc.nat(),
    text: fc.constantFrom(
      '<script>alert(1)</script>',
      'Tap <b>here</b>',
      'a > b',
      'line\nbreak',
      'bell\u0007',
      'bidi \u202e evil',
    ),
  }),
  fc.record({
    kind: fc.constant('bad-link' as const),
    step: fc.constantFrom(...STEP_IDS),
    link: fc.constantFrom(
      'http://www.aliexpress.com/',
      'https://evil.com/',
      'https://aliexpress.com.evil.com/',
      'https://evilaliexpress.com/',
      'javascript:alert(1)',
      'https://user@aliexpress.com/',
      'https://aliexpress.com:8443/',
      'https://aliexpress.localhost/',
      'https://ALIEXPRESS.com/',
      '//www.alipay.com/',
      'https://www.alipay.com/<script>',
      'https://www.alipay.com/ spaced',
      'data:text/html,hi',
    ),
  }),
);

/** Applies a mutation to a deep copy of `pack`; the copy is plain JSON data (maybe with hostile own keys). */
export function mutate(pack: Pack, mutation: Mutation): Record<string, unknown> {
  const copy = JSON.parse(JSON.stringify(pack)) as Record<string, Json>;
  const paths = allPaths(copy);
  const pickFrom = (candidates: Path[], n: number) => candidates[n % candidates.length];
  switch (mutation.kind) {
    case 'delete': {
      const path = pickFrom(
        paths.filter((p) => p.length > 0),
        mutation.pick,
      );
      if (!path) break;
      const parent = at(copy, path.slice(0, -1)) as Record<string | number, unknown> | unknown[];
      const key = path[path.length - 1] as string | number;
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      break;
    }
    case 'set': {
      const path = pickFrom(
        paths.filter((p) => p.length > 0),
        mutation.pick,
      );
      if (path)
        define(
          at(copy, path.slice(0, -1)) as object,
          path[path.length - 1] as string,
          mutation.value,
        );
      break;
    }
    case 'hostile': {
      const containers = paths.filter((p) => {
        const v = at(copy, p);
        return v !== null && typeof v === 'object' && !Array.isArray(v);
      });
      const path = pickFrom(containers, mutation.pick) ?? [];
      define(at(copy, path) as object, mutation.key, { polluted: true });
      break;
    }
    case 'huge':
    case 'markup': {
      const texts = paths.filter(
        (p) =>
          typeof at(copy, p) === 'string' &&
          !['format', 'id', 'version'].includes(String(p[0])) &&
          p[0] !== 'links',
      );
      const path = pickFrom(texts, mutation.pick);
      if (!path) break;
      const value = mutation.kind === 'huge' ? 'x'.repeat(70_000) : mutation.text;
      define(at(copy, path.slice(0, -1)) as object, path[path.length - 1] as string, value);
      break;
    }
    case 'format-version':
      copy.formatVersion = mutation.value as Json;
      break;
    case 'bad-link':
      copy.links = {
        ...((copy.links as Record<string, Json> | undefined) ?? {}),
        [mutation.step]: mutation.link,
      };
      break;
  }
  return copy;
}
