/**
 * Issue #11: the snapshot the background keeps for the popup's first paint.
 * It holds what the popup draws first (steps, the two settings, the active
 * pack's name and step texts) and nothing it must not (page addresses, the
 * last page, a pack's links); the popup's guard takes back exactly what the
 * builder writes, after storage's JSON round trip, and anything else is no
 * cache at all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import examplePack from '@/public/packs/example-pack.json';
import { emptyProgress, reduceProgress, type ProgressAction } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import type { Pack } from '@/utils/packs/pack-schema';
import {
  POPUP_SNAPSHOT_VERSION,
  popupSnapshot,
  snapshotProgress,
  type PopupSnapshot,
} from '@/utils/popup-cache/popup-snapshot';
import { asPopupSnapshot } from '@/utils/popup-cache/popup-snapshot-guard';
import { popupUrl, snapshotIn } from '@/utils/popup-cache/popup-url';
import { DEFAULT_SETTINGS, type GuideSettings } from '@/utils/settings/settings';
import { packArb } from '@/tests/unit/packs/pack-arbitraries';
import { FUZZ } from '@/tests/unit/fuzz-budget';

const PACK = examplePack as Pack;

/** The shopper was seen on two pages (so page addresses are stored), then marked set-pin by hand. */
const ACTIONS: ProgressAction[] = [
  {
    type: 'page-seen',
    at: 1,
    site: 'aliexpress',
    pageId: 'ae-my-aliexpress',
    url: 'http://aliexpress.localhost:5177/account',
    evidence: [],
  },
  {
    type: 'page-seen',
    at: 2,
    site: 'alipay',
    pageId: 'ap-security',
    url: 'http://alipay.localhost:5177/security',
    evidence: ['verify-email'],
  },
  { type: 'mark-done', at: 3, step: 'set-pin' },
];
const PROGRESS: Progress = ACTIONS.reduce(reduceProgress, emptyProgress());

const STATE: { progress: Progress; settings: GuideSettings; pack: Pack | null } = {
  progress: PROGRESS,
  settings: { guideEnabled: false, language: 'es' },
  pack: PACK,
};

/** What storage.local hands back: a structured clone of JSON-able data. */
const stored = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

describe('popup snapshot: what the background writes', () => {
  it('holds the steps, the two settings and the pack as the popup shows them', () => {
    const snapshot = popupSnapshot(STATE);
    expect(snapshot).toEqual({
      version: POPUP_SNAPSHOT_VERSION,
      steps: {
        sync: { how: 'implied', at: 2 },
        'verify-email': { how: 'seen', at: 2 },
        'set-pin': { how: 'manual', at: 3 },
      },
      settings: { guideEnabled: false, language: 'es' },
      pack: {
        format: PACK.format,
        formatVersion: PACK.formatVersion,
        id: PACK.id,
        name: PACK.name,
        version: PACK.version,
        author: PACK.author,
        steps: PACK.steps,
      },
    });
  });

  it('never holds an address: not the pages seen, not the last page, not the pack’s links', () => {
    expect(Object.keys(PROGRESS.pageUrls)).toHaveLength(2);
    expect(PACK.links).toBeDefined();
    const json = JSON.stringify(popupSnapshot(STATE));
    expect(json).not.toMatch(/https?:|localhost|:\/\//);
    for (const url of [...Object.values(PROGRESS.pageUrls), ...Object.values(PACK.links ?? {})])
      expect(json).not.toContain(url);
    expect(json).not.toContain('lastPage');
    expect(json).not.toContain('ap-security');
    expect(json).not.toContain('labels');
  });

  it('copies field by field: whatever else the state carries stays out', () => {
    const extra = {
      progress: {
        ...PROGRESS,
        // A step id from a newer release, kept in IndexedDB, and a newer field on a step.
        steps: { ...PROGRESS.steps, 'new-step': { how: 'seen', at: 9 } },
      } as Progress,
      settings: { ...DEFAULT_SETTINGS, secret: 'x' } as typeof DEFAULT_SETTINGS,
      pack: null,
    };
    extra.progress.steps.sync = { how: 'seen', at: 1, note: 'x' } as never;
    const snapshot = popupSnapshot(extra);
    expect(Object.keys(snapshot.steps)).toEqual(['sync', 'verify-email', 'set-pin']);
    expect(snapshot.steps.sync).toEqual({ how: 'seen', at: 1 });
    expect(snapshot.settings).toEqual(DEFAULT_SETTINGS);
    expect(snapshot.pack).toBeNull();
    expect(asPopupSnapshot(stored(snapshot))).toEqual(snapshot);
  });

  it('stands for a progress with its steps and no addresses', () => {
    expect(snapshotProgress(popupSnapshot(STATE))).toEqual({
      steps: popupSnapshot(STATE).steps,
      lastPage: null,
      pageUrls: {},
      updatedAt: 0,
    });
  });
});

describe('popup snapshot: what the popup takes back', () => {
  it('takes back what the background wrote, after storage’s round trip', () => {
    for (const state of [
      STATE,
      { progress: emptyProgress(), settings: DEFAULT_SETTINGS, pack: null },
      { ...STATE, pack: { ...PACK, steps: undefined } },
    ]) {
      const snapshot = popupSnapshot(state);
      expect(asPopupSnapshot(stored(snapshot))).toEqual(stored(snapshot));
    }
  });

  it('takes back a snapshot of every valid pack (1,000 generated packs)', FUZZ, () => {
    fc.assert(
      fc.property(packArb, (pack) => {
        const snapshot = stored(popupSnapshot({ ...STATE, pack }));
        expect(asPopupSnapshot(snapshot)).toEqual(snapshot);
      }),
      { numRuns: 1000 },
    );
  });

  it(
    'takes back what the background put in the toolbar popup’s address, every pack’s texts included',
    FUZZ,
    () => {
      // As the browser hands it back: an extension URL's query.
      const viaAddress = (snapshot: PopupSnapshot) =>
        snapshotIn(
          new URL(popupUrl(snapshot, 'popup-en-1.html'), 'chrome-extension://abcdef/').search,
        );
      const plain = popupSnapshot(STATE);
      expect(asPopupSnapshot(viaAddress(plain))).toEqual(stored(plain));
      fc.assert(
        fc.property(packArb, (pack) => {
          const snapshot = popupSnapshot({ ...STATE, pack });
          expect(asPopupSnapshot(viaAddress(snapshot))).toEqual(stored(snapshot));
        }),
        { numRuns: 300 },
      );
    },
  );

  it('reads a snapshot from the fragment too, where earlier releases put it', () => {
    const plain = popupSnapshot(STATE);
    const hash = `#${encodeURIComponent(JSON.stringify(plain))}`;
    expect(asPopupSnapshot(snapshotIn(hash))).toEqual(stored(plain));
  });

  it.each(['', '?', '?not-json', '?%E0%A4%A', `?${encodeURIComponent('{"version":1')}`, '#'])(
    'finds no snapshot in the address part "%s"',
    (search) => {
      expect(snapshotIn(search)).toBeUndefined();
    },
  );

  const good = () => stored(popupSnapshot(STATE)) as PopupSnapshot & Record<string, unknown>;
  const broken: [string, () => unknown][] = [
    ['nothing stored', () => undefined],
    ['null', () => null],
    ['an array', () => [good()]],
    ['a string', () => JSON.stringify(good())],
    ['another version', () => ({ ...good(), version: POPUP_SNAPSHOT_VERSION + 1 })],
    ['no version', () => ({ ...good(), version: undefined })],
    ['an unknown field', () => ({ ...good(), pageUrls: {} })],
    ['a missing field', () => ({ ...good(), settings: undefined })],
    [
      'an unknown step',
      () => ({ ...good(), steps: { ...good().steps, later: good().steps.sync } }),
    ],
    ['a step done no known way', () => ({ ...good(), steps: { sync: { how: 'guessed', at: 1 } } })],
    ['a step with no time', () => ({ ...good(), steps: { sync: { how: 'seen', at: null } } })],
    ['a step with more', () => ({ ...good(), steps: { sync: { how: 'seen', at: 1, url: 'x' } } })],
    [
      'an unknown language',
      () => ({ ...good(), settings: { guideEnabled: true, language: 'fr' } }),
    ],
    [
      'settings with more',
      () => ({ ...good(), settings: { ...good().settings, url: 'https://aliexpress.com/' } }),
    ],
    ['a pack with links', () => ({ ...good(), pack: PACK })],
    ['a pack with labels', () => ({ ...good(), pack: { ...good().pack, labels: PACK.labels } })],
    ['a pack that is no pack', () => ({ ...good(), pack: { name: 'x' } })],
    ['a hostile key', () => JSON.parse(`{"__proto__": {}, ${JSON.stringify(good()).slice(1)}`)],
    [
      'a hostile step key',
      () => ({ ...good(), steps: JSON.parse('{"__proto__": {"how": "seen", "at": 1}}') }),
    ],
  ];
  it.each(broken)('is no cache when it is %s', (_what, make) => {
    expect(asPopupSnapshot(make())).toBeNull();
  });
});
