// @vitest-environment happy-dom
/**
 * The content script detects by the rules the background sends (getRules):
 * it reads the page only once they are in hand, asks again when a reply is
 * lost (a worker stopping under it), and again when the active pack changes.
 * The background here is a listener on WXT's fake browser.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startGuide } from '@/entrypoints/guide/start-guide';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { emptyProgress } from '@/utils/flow/progress';
import type { Pack } from '@/utils/packs/pack-schema';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

const PACK: Pack = {
  format: 'alipay-card-guide-pack',
  formatVersion: 1,
  id: 'team-wording',
  name: 'Team wording',
  version: '1',
  author: 'Support',
  labels: { cardLinked: { en: 'Card added' } },
};

interface Sent {
  type: string;
  payload: { pageId?: string | null };
}

/** A fake background: answers each message from `answer`, and keeps what it was sent. */
function fakeBackground(answer: (message: Sent) => unknown) {
  const sent: Sent[] = [];
  fakeBrowser.runtime.onMessage.addListener((raw: unknown) => {
    const message = raw as Sent;
    sent.push(message);
    return Promise.resolve(answer(message));
  });
  return { sent, types: () => sent.map((m) => m.type) };
}

const ok = (data: unknown) => ({ ok: true, data });
const state = (pack: Pack | null) =>
  ok({ progress: emptyProgress(), settings: DEFAULT_SETTINGS, pack });

let page = new AbortController();
afterEach(() => page.abort());

function startOnAliPay() {
  page = new AbortController();
  startGuide({ signal: page.signal, alive: () => !page.signal.aborted }, 'alipay');
}

describe('the guide detects by the background’s rules', () => {
  it('reads the page only once the rules came, asking again after a lost reply', async () => {
    let lose = true;
    const background = fakeBackground((message) => {
      if (message.type !== 'getRules') return state(null);
      if (!lose) return ok({ rules: DEFAULT_RULES, packKey: '' });
      lose = false;
      return { ok: false, error: { code: 'failed', message: 'the worker stopped' } };
    });
    startOnAliPay();
    await vi.waitFor(() => expect(background.types()).toContain('pageSeen'));
    expect(background.types().slice(0, 3)).toEqual(['getRules', 'getRules', 'pageSeen']);
    // Any AliPay page is at least "another AliPay page" by those rules; without them, no page at all.
    expect(background.sent[2]!.payload.pageId).toBe('ap-other');
  });

  it('asks for new rules when the active pack changes, once', async () => {
    let pack: Pack | null = null;
    const background = fakeBackground((message) => {
      if (message.type !== 'getRules') return state(pack);
      const rules = pack
        ? { ...DEFAULT_RULES, labels: { ...DEFAULT_RULES.labels, ...PACK.labels } }
        : DEFAULT_RULES;
      return ok({ rules, packKey: pack ? 'team-wording@1' : '' });
    });
    startOnAliPay();
    await vi.waitFor(() => expect(background.types()).toContain('pageSeen'));
    const reports = () => background.types().filter((t) => t === 'pageSeen').length;
    const reportedBefore = reports();
    pack = PACK;
    // The tab comes back into view: it asks where the shopper stands, and hears of the pack.
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() =>
      expect(background.types().filter((t) => t === 'getRules')).toHaveLength(2),
    );
    // The new rules come with a new report of the page; the same pack asks no more.
    await vi.waitFor(() => expect(reports()).toBeGreaterThan(reportedBefore));
    document.dispatchEvent(new Event('visibilitychange'));
    await vi.waitFor(() => expect(background.types().at(-1)).toBe('getProgress'));
    expect(background.types().filter((t) => t === 'getRules')).toHaveLength(2);
  });
});
