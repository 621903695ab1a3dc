import { beforeEach, describe, expect, it } from 'vitest';
import { createProgressHandlers } from '@/entrypoints/background/progress-handlers';
import { openGuideDb } from '@/utils/db/open-db';
import { savePack } from '@/utils/db/packs-store';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { parseRulesReply } from '@/utils/guards/reply-guard';
import type { Pack } from '@/utils/packs/pack-schema';
import { freshDb } from '../db/fresh-db';
import { handleMessage, type Handlers } from '@/utils/messaging/handle-messages';
import { MESSAGE_NAMES, protocol } from '@/utils/messaging/protocol';

const identity = { extensionId: 'ext-id', extensionUrl: 'chrome-extension://ext-id/' };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const tab = {
  id: 'ext-id',
  url: 'http://alipay.localhost:5177/security?token=SECRET#x',
  tab: { id: 3 },
};

let changes = 0;
let tabsSeen: (number | undefined)[] = [];
let handlers: Handlers;

beforeEach(async () => {
  await freshDb();
  changes = 0;
  tabsSeen = [];
  handlers = createProgressHandlers({
    db: () => openGuideDb(),
    now: () => 1000,
    changed: () => (changes += 1),
    tabSeen: (id) => void tabsSeen.push(id),
  });
});

const send = (message: unknown, sender: object) =>
  handleMessage(handlers, identity, message, sender);

describe('message protocol', () => {
  it('has a handler and a sender rule for every message', () => {
    for (const name of MESSAGE_NAMES) {
      expect(typeof handlers[name]).toBe('function');
      expect(protocol[name].from.length).toBeGreaterThan(0);
    }
  });

  it('records a page report from a content script, keeping only origin and path of its URL', async () => {
    const reply = await send(
      {
        type: 'pageSeen',
        payload: { site: 'alipay', pageId: 'ap-security', evidence: ['verify-email'], errors: [] },
      },
      tab,
    );
    expect(reply.ok).toBe(true);
    type Shown = { data: { progress: { pageUrls: Record<string, string>; steps: object } } };
    const progress = (reply as Shown).data.progress;
    // The content script is told its progress, never where else the shopper has been.
    expect(progress.pageUrls).toEqual({});
    const stored = ((await send({ type: 'getProgress', payload: {} }, popup)) as Shown).data
      .progress;
    expect(stored.pageUrls['ap-security']).toBe('http://alipay.localhost:5177/security');
    expect(JSON.stringify(stored)).not.toContain('SECRET');
    expect(Object.keys(progress.steps).sort()).toEqual(['sync', 'verify-email']);
    expect(changes).toBe(1);
    // The tab is remembered so later changes reach its guide (the popup has none).
    expect(tabsSeen.filter((id) => id !== undefined)).toEqual([3]);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown name', { type: 'deleteEverything', payload: {} }],
    ['missing payload fields', { type: 'markStep', payload: { step: 'sync' } }],
    ['unknown step', { type: 'markStep', payload: { step: 'pay-now', done: true } }],
    ['extra fields', { type: 'resetProgress', payload: { all: true } }],
    [
      'a card number smuggled in',
      {
        type: 'pageSeen',
        payload: { site: 'alipay', pageId: null, evidence: [], errors: [], card: '4242' },
      },
    ],
  ])('rejects a malformed message (%s) and changes nothing', async (_why, message) => {
    const reply = await send(message, popup);
    expect(reply).toMatchObject({
      ok: false,
      error: { code: expect.stringMatching(/bad-message|forbidden/) },
    });
    expect(changes).toBe(0);
  });

  it('rejects messages from another extension', async () => {
    const reply = await send(
      { type: 'resetProgress', payload: {} },
      { ...popup, id: 'someone-else' },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('gives a content script the rules it detects by: the defaults, then with the active pack', async () => {
    const rulesNow = async () => {
      const reply = await send({ type: 'getRules', payload: {} }, tab);
      if (!reply.ok) throw new Error(reply.error.message);
      return parseRulesReply(reply.data);
    };
    expect(await rulesNow()).toEqual({ rules: DEFAULT_RULES, packKey: '' });
    const pack: Pack = {
      format: 'alipay-card-guide-pack',
      formatVersion: 1,
      id: 'team-wording',
      name: 'Team wording',
      version: '3',
      author: 'Support',
      labels: { cardLinked: { en: 'Card added' } },
    };
    await savePack(await openGuideDb(), pack, JSON.stringify(pack), true, 1000);
    const { rules, packKey } = await rulesNow();
    expect(packKey).toBe('team-wording@3');
    expect(rules.labels.cardLinked).toEqual({
      ...DEFAULT_RULES.labels.cardLinked,
      en: 'Card added',
    });
    expect(rules.evidence).toEqual(DEFAULT_RULES.evidence);
  });

  it('trusts content scripts less: they cannot mark, undo or reset steps', async () => {
    for (const message of [
      { type: 'markStep', payload: { step: 'sync', done: true } },
      { type: 'resetProgress', payload: {} },
    ]) {
      expect(await send(message, tab)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(changes).toBe(0);
  });

  it('lets the popup mark, undo and reset', async () => {
    const marked = await send(
      { type: 'markStep', payload: { step: 'set-pin', done: true } },
      popup,
    );
    expect(marked).toMatchObject({
      ok: true,
      data: { progress: { steps: { 'set-pin': { how: 'manual', at: 1000 } } } },
    });
    const undone = await send(
      { type: 'markStep', payload: { step: 'set-pin', done: false } },
      popup,
    );
    expect(undone).toMatchObject({
      ok: true,
      data: { progress: { steps: { sync: { how: 'implied' } } } },
    });
    const reset = await send({ type: 'resetProgress', payload: {} }, popup);
    expect(reset).toMatchObject({ ok: true, data: { progress: { steps: {} } } });
  });

  it('answers a failing handler with an error as data', async () => {
    const broken = { ...handlers, getProgress: () => Promise.reject(new Error('disk full')) };
    const reply = await handleMessage(
      broken,
      identity,
      { type: 'getProgress', payload: {} },
      popup,
    );
    expect(reply).toEqual({ ok: false, error: { code: 'failed', message: 'disk full' } });
  });
});
