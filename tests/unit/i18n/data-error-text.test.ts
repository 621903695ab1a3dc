/**
 * Issue #11: a pack's or a report's errors follow the shopper's language.
 * Each error of ours carries, beside its English `message` (for tools, logs
 * and tests), the catalogue key and parts that say the same: worded with the
 * English catalogue it is exactly `message`, worded with the Spanish one it is
 * a Spanish sentence. Every such key the catalogues hold is produced here.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import type { DataError } from '@/utils/data-file/data-error';
import { humanMessage, issuesToErrors } from '@/utils/data-file/issue-paths';
import { readTextFile } from '@/utils/data-file/read-text-file';
import type { Catalogue } from '@/utils/i18n/catalogue';
import { formatMessage } from '@/utils/i18n/format-message';
import type { LocalText } from '@/utils/i18n/local-text';
import { readManagedPacks } from '@/utils/packs/managed-packs';
import { PACK_LIMITS, PACK_SCHEMA_MESSAGE_KEYS, parsePack } from '@/utils/packs/parse-pack';
import { parseReport, REPORT_SCHEMA_MESSAGE_KEYS } from '@/utils/report/parse-report';
import { pack, SAMPLE_REPORT } from '../options/fake-options-deps';

/** A message worded from a catalogue alone, parts included (what sayText does with t()). */
function word(catalogue: Catalogue, text: LocalText): string {
  const args = (text.args ?? []).map((a) => (typeof a === 'string' ? a : word(catalogue, a)));
  const said = formatMessage(catalogue, text.key, args);
  if (said === undefined) throw new Error(`${text.key} is not in the catalogue`);
  return said;
}

function rejected(result: { ok: true } | { ok: false; errors: DataError[] }): DataError[] {
  if (result.ok) throw new Error('expected a rejection');
  return result.errors;
}

const packErrors = (input: unknown) => rejected(parsePack(input));
const packWith = (patch: Record<string, unknown>) =>
  packErrors(JSON.stringify({ ...pack('words'), ...patch }));
const reportWith = (patch: Record<string, unknown>) =>
  rejected(parseReport(JSON.stringify({ ...SAMPLE_REPORT, ...patch })));

/** Parsed with the error map the parsers use: for problems our own schemas cannot have. */
function schemaErrors(schema: z.ZodMiniType, value: unknown): DataError[] {
  const parsed = schema.safeParse(value, { error: humanMessage });
  if (parsed.success) throw new Error('expected a rejection');
  return issuesToErrors(parsed.error.issues);
}

const nested = (value: unknown, depth: number): unknown =>
  depth === 0 ? value : { a: nested(value, depth - 1) };
const gap: unknown[] = [];
gap[1] = 'x';

async function errors(): Promise<DataError[]> {
  return [
    // The JSON gate and the format header.
    ...packErrors('{ not json'),
    ...packErrors(`"${'x'.repeat(PACK_LIMITS.maxBytes)}"`),
    ...packErrors(nested(1, 12)),
    ...packErrors(new Array(PACK_LIMITS.maxNodes + 1).fill(0)),
    ...packErrors({ ...pack('nan'), n: Number.NaN }),
    ...packErrors({ ...pack('gap'), list: gap }),
    ...packErrors({
      ...pack('getter'),
      get secret() {
        return 'x';
      },
    }),
    ...packErrors('[]'),
    ...packErrors(JSON.stringify({ format: 'something-else' })),
    ...packWith({ formatVersion: 2 }),
    ...packWith({ formatVersion: 0 }),
    ...packErrors(JSON.stringify(pack('proto')).replace('{', '{"__proto__": {},')),
    // The schema: its own messages and the error map's.
    ...packErrors(JSON.stringify({ ...pack('missing'), name: undefined })),
    ...packWith({ name: 5, author: 'x'.repeat(81), version: 'one' }),
    ...packWith({ id: 'Not an id', name: '   ', author: '<b>' }),
    ...packWith({ links: { sync: 'https://example.org/' } }),
    ...packWith({ steps: { sync: { en: { tips: ['1', '2', '3', '4', '5', '6'] } } } }),
    ...packWith({ steps: { sync: { EN: {} } }, labels: [] }),
    ...packWith({ steps: { sync: { en: { tips: 'one tip' } } }, extra: 1 }),
    ...packWith(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, i]))),
    // What a pack's texts may not say.
    ...packWith({
      name: 'Write to help@example.com',
      author: 'Call +34 600 000 000',
      steps: { sync: { en: { title: 'See http://example.org', todo: 'Send us your PIN.' } } },
      labels: { cardLinked: { en: 'OK' } },
    }),
    // The report's own messages.
    ...reportWith({ createdAt: 'yesterday', browser: { name: 'ie' }, language: 'Spanish' }),
    ...reportWith({ extension: { version: '1' }, pack: { id: 'Bad id', version: 'x' } }),
    ...reportWith({ quarantined: -1, steps: null, diagnostics: {} }),
    ...reportWith({ quarantined: 2_000_000 }),
    ...reportWith({ quarantined: 1.5 }),
    ...rejected(parseReport('{')),
    ...rejected(parseReport(JSON.stringify({ ...SAMPLE_REPORT, format: 'x' }))),
    // Packs an organisation sets.
    ...readManagedPacks({ packs: 'one' }).problems.flatMap((p) => p.errors),
    ...readManagedPacks({ packs: [pack('twice'), pack('twice')] }).problems.flatMap(
      (p) => p.errors,
    ),
    // A file refused by its size before it is read.
    ...rejected(await readTextFile({ size: 10 ** 6, text: async () => '' }, PACK_LIMITS)),
    // What the error map says that our schemas happen not to need.
    ...schemaErrors(z.object({ on: z.boolean(), nothing: z.null(), n: z.number() }), {
      on: 1,
      nothing: 1,
      n: 'x',
    }),
    ...schemaErrors(z.string().check(z.minLength(3)), 'a'),
    ...schemaErrors(z.string().check(z.minLength(1)), ''),
    ...schemaErrors(z.array(z.string()).check(z.minLength(2)), ['a']),
    ...schemaErrors(z.string().check(z.regex(/^x$/)), 'y'),
    ...schemaErrors(z.union([z.string(), z.number()]), true),
    ...schemaErrors(z.string().check(z.refine(() => false)), 'a'),
    ...schemaErrors(z.literal('x'), 'y'),
    ...issuesToErrors([
      {
        code: 'invalid_key',
        origin: 'record',
        issues: [],
        path: ['k'],
        message: humanMessage({
          code: 'invalid_key',
          origin: 'record',
          issues: [],
          path: ['k'],
          input: 'k',
        }),
      },
    ]),
  ];
}

const texts = (list: DataError[]): LocalText[] =>
  list.flatMap((e) => (e.key ? [{ key: e.key, ...(e.args ? { args: e.args } : {}) }] : []));

/** Every key a text uses, its parts' keys included. */
const keysOf = (text: LocalText): string[] => [
  text.key,
  ...(text.args ?? []).flatMap((a) => (typeof a === 'string' ? [] : keysOf(a))),
];

describe('errors in packs and reports', () => {
  it('each have a catalogue key', async () => {
    expect((await errors()).filter((e) => !e.key)).toEqual([]);
  });

  it('say in English exactly what their English message says', async () => {
    const differ = (await errors()).filter((e) => e.key && word(en, texts([e])[0]!) !== e.message);
    expect(differ).toEqual([]);
  });

  it('say it in Spanish too, every placeholder filled', async () => {
    for (const text of texts(await errors())) {
      const spanish = word(es, text);
      expect(spanish, text.key).not.toMatch(/\$[A-Za-z0-9_]+\$|\$\d/);
      expect(spanish, text.key).not.toBe(word(en, text));
    }
  });

  it('use every data-error key the catalogues hold', async () => {
    const used = new Set(texts(await errors()).flatMap(keysOf));
    const held = Object.keys(en).filter((key) => /^(dataError|dataNoun|packError)/.test(key));
    expect(held.filter((key) => !used.has(key))).toEqual([]);
  });
});

describe('the messages a schema sets itself', () => {
  /** `{ error: '…' }` and `…_MESSAGE = '…'` in a schema's source. */
  const ownMessages = (file: string) => {
    const source = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
    return [...source.matchAll(/(?:\berror:|_MESSAGE =)\s*'([^']+)'/g)].map((m) => m[1]!);
  };

  it.each<[string, ReadonlyMap<string, string>]>([
    ['utils/packs/pack-schema.ts', PACK_SCHEMA_MESSAGE_KEYS],
    ['utils/report/report-schema.ts', REPORT_SCHEMA_MESSAGE_KEYS],
  ])('each have a catalogue key (%s)', (file, keys) => {
    const messages = ownMessages(file);
    expect(messages.length).toBeGreaterThan(2);
    expect(messages.filter((m) => !keys.has(m))).toEqual([]);
  });
});
