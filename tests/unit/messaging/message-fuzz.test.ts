/**
 * Issue #12: ≥ 10,000 generated messages from every kind of sender (the
 * extension's pages, content scripts on either site, another extension, a web
 * page): every malformed, foreign or over-claiming one is refused, and the
 * stored state is byte-identical afterwards.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProgressHandlers } from '@/entrypoints/background/progress-handlers';
import { openGuideDb } from '@/utils/db/open-db';
import { refuseClaim } from '@/utils/detect/page-claims';
import { STEP_IDS } from '@/utils/flow/steps';
import { handleMessage, type Handlers } from '@/utils/messaging/handle-messages';
import { MESSAGE_NAMES, protocol } from '@/utils/messaging/protocol';
import { freshDb } from '../db/fresh-db';
import { FUZZ } from '../fuzz-budget';

const identity = { extensionId: 'ext-id', extensionUrl: 'chrome-extension://ext-id/' };

const SENDERS = {
  popup: { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' },
  alipayTab: { id: 'ext-id', url: 'https://www.alipay.com/cards', tab: { id: 1 } },
  storeTab: { id: 'ext-id', url: 'https://www.aliexpress.com/p/cards', tab: { id: 2 } },
  otherExtension: { id: 'evil-ext', url: 'chrome-extension://evil-ext/x.html' },
  webPage: { id: undefined, url: 'https://evil.example/', tab: { id: 4 } },
  mailbox: { id: 'ext-id', url: 'http://mail.localhost:5177/', tab: { id: 5 } },
} as const;

let handlers: Handlers;
let changes = 0;

async function dump(): Promise<string> {
  const db = await openGuideDb();
  const out: Record<string, unknown> = {};
  for (const name of Array.from(db.objectStoreNames)) out[name] = await db.getAll(name);
  return JSON.stringify(out);
}

beforeAll(async () => {
  await freshDb();
  handlers = createProgressHandlers({
    db: () => openGuideDb(),
    now: () => 1000,
    changed: () => (changes += 1),
    tabSeen: () => undefined,
  });
  // Some state worth protecting.
  await handleMessage(
    handlers,
    identity,
    { type: 'markStep', payload: { step: 'verify-email', done: true } },
    SENDERS.popup,
  );
  changes = 0;
});

/** Values a hostile sender might put anywhere. */
const junk = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
  fc.array(fc.string(), { maxLength: 4 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);

/** A pageSeen that parses but claims what the page cannot prove. */
const overClaim = fc.record({
  type: fc.constant('pageSeen'),
  payload: fc.record({
    site: fc.constantFrom('alipay', 'aliexpress'),
    pageId: fc.oneof(
      fc.constantFrom('constructor', 'ap-manage-cards', 'ae-cards', 'ap-other'),
      fc.string({ maxLength: 10 }),
    ),
    evidence: fc.uniqueArray(fc.constantFrom(...STEP_IDS), { minLength: 1, maxLength: 5 }),
    errors: fc.uniqueArray(fc.constantFrom('pin-first', 'code-incorrect', 'nope'), {
      maxLength: 2,
    }),
  }),
});

const anyMessage = fc.oneof(
  junk,
  fc.record({ type: fc.oneof(fc.constantFrom(...MESSAGE_NAMES), fc.string()), payload: junk }),
  overClaim,
);

const senderName = fc.constantFrom(...(Object.keys(SENDERS) as (keyof typeof SENDERS)[]));

/** Whether the background must refuse this, judged independently of how it does so. */
function mustRefuse(message: unknown, who: keyof typeof SENDERS): boolean {
  if (who === 'otherExtension' || who === 'webPage' || who === 'mailbox') return true;
  const m = message as { type?: unknown; payload?: unknown } | null;
  if (!m || typeof m !== 'object' || typeof m.type !== 'string') return true;
  const entry = (protocol as Record<string, (typeof protocol)[keyof typeof protocol]>)[m.type];
  if (!entry || !Object.hasOwn(protocol, m.type)) return true;
  const kind = who === 'popup' ? 'extension' : 'content';
  if (!(entry.from as readonly string[]).includes(kind)) return true;
  const parsed = entry.request.safeParse(m.payload);
  if (!parsed.success) return true;
  if (m.type === 'pageSeen')
    return refuseClaim(parsed.data as Parameters<typeof refuseClaim>[0], SENDERS[who].url) !== null;
  return false;
}

describe('any message from any sender', () => {
  it(
    'is refused when malformed, foreign or over-claiming, and leaves the store as it was',
    FUZZ,
    async () => {
      const before = await dump();
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(anyMessage, senderName, async (message, who) => {
          fc.pre(mustRefuse(message, who));
          refused += 1;
          const reply = await handleMessage(handlers, identity, message, SENDERS[who]);
          expect(reply.ok, JSON.stringify({ message, who })).toBe(false);
        }),
        { numRuns: 10_000 },
      );
      expect(refused).toBeGreaterThanOrEqual(10_000);
      expect(changes).toBe(0);
      expect(await dump()).toBe(before);
    },
  );
});

describe('claims a content script may make', () => {
  it('takes the site from the sender, not from the report', () => {
    const claim = { site: 'alipay' as const, pageId: 'ap-manage-cards', evidence: [], errors: [] };
    expect(refuseClaim(claim, 'https://www.alipay.com/cards')).toBeNull();
    expect(refuseClaim(claim, 'https://www.aliexpress.com/cards')).toMatch(/report from/);
    expect(refuseClaim(claim, 'http://mail.localhost:5177/')).toMatch(/report from/);
  });

  it('refuses unknown pages, evidence off its page, and unknown errors', () => {
    const url = 'https://www.alipay.com/x';
    const base = { site: 'alipay' as const, evidence: [] as const, errors: [] as const };
    expect(refuseClaim({ ...base, pageId: 'constructor' }, url)).toMatch(/no alipay page/);
    expect(refuseClaim({ ...base, pageId: 'ap-profile', evidence: ['link-card'] }, url)).toMatch(
      /cannot be proved/,
    );
    expect(refuseClaim({ ...base, pageId: 'ap-other', evidence: ['confirm-card'] }, url)).toMatch(
      /cannot be proved/,
    );
    expect(refuseClaim({ ...base, pageId: 'ap-other', errors: ['nope'] }, url)).toMatch(/error/);
    expect(
      refuseClaim({ ...base, pageId: 'ap-manage-cards', evidence: ['link-card'] }, url),
    ).toBeNull(); // A page may ask only for its own step: the security form for the PIN, not the card.
    expect(refuseClaim({ ...base, pageId: 'ap-security', asked: ['set-pin'] }, url)).toBeNull();
    expect(refuseClaim({ ...base, pageId: 'ap-security', asked: ['link-card'] }, url)).toMatch(
      /cannot be proved/,
    );
  });
});
