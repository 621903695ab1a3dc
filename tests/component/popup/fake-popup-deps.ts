/** In-memory popup deps that behave like the background: the reducer decides, the store keeps. */
import { vi } from 'vitest';
import english from '@/public/_locales/en/messages.json';
import spanish from '@/public/_locales/es/messages.json';
import type { PopupDeps } from '@/entrypoints/popup/popup-model';
import type { Diagnostic } from '@/utils/diagnostics/diagnostic-schema';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import type { Pack } from '@/utils/packs/pack-schema';
import type { PopupSnapshot } from '@/utils/popup-cache/popup-snapshot';
import { chooseLanguage } from '@/utils/i18n/t';
import { DEFAULT_SETTINGS, type GuideSettings } from '@/utils/settings/settings';
import { SAMPLE_REPORT } from '../../unit/options/fake-options-deps';

export function fakePopupDeps(
  initial: {
    progress?: Progress;
    settings?: Partial<GuideSettings>;
    diagnostics?: Diagnostic[];
    /** Saved records set aside because they could not be read. */
    quarantined?: number;
    /** The background's snapshot of the last known checklist (none by default). */
    cache?: PopupSnapshot | null;
  } = {},
) {
  let stored = initial.progress ?? emptyProgress();
  let settings: GuideSettings = { ...DEFAULT_SETTINGS, ...initial.settings };
  let listener: (() => void) | null = null;
  const deps = {
    loadCache: vi.fn(async (): Promise<PopupSnapshot | null> => initial.cache ?? null),
    loadProgress: vi.fn(async () => stored),
    loadSettings: vi.fn(async () => settings),
    loadDiagnostics: vi.fn(async () => initial.diagnostics ?? []),
    loadEvents: vi.fn(async () => []),
    loadActivePack: vi.fn(async () => null),
    locale: (s: GuideSettings | null) => (s && s.language !== 'auto' ? s.language : 'en'),
    // What the real one does, with the catalogue read from the source tree instead of fetched.
    applyLanguage: vi.fn(async (s: GuideSettings) => {
      chooseLanguage(
        s.language,
        s.language === 'es' ? spanish : s.language === 'en' ? english : null,
      );
      document.documentElement.lang = s.language === 'auto' ? 'en' : s.language;
    }),
    reportSource: { load: vi.fn(async () => SAMPLE_REPORT), copy: vi.fn(async () => {}) },
    updateSettings: vi.fn(async (patch: Partial<GuideSettings>) => {
      settings = { ...settings, ...patch };
      return settings;
    }),
    copyText: vi.fn(async () => {}),
    markStep: vi.fn(async (step: Parameters<PopupDeps['markStep']>[0], done: boolean) => {
      stored = reduceProgress(
        stored,
        done ? { type: 'mark-done', at: 2, step } : { type: 'undo', at: 2, step },
      );
      return stored;
    }),
    reset: vi.fn(async () => (stored = reduceProgress(stored, { type: 'reset', at: 3 }))),
    openTab: vi.fn(async () => {}),
    subscribe: (l: () => void) => {
      listener = l;
      return () => (listener = null);
    },
    countQuarantined: vi.fn(async () => initial.quarantined ?? 0),
    exportSavedData: vi.fn(async () => ({ fileName: 'saved-data.json', text: '{"stores":{}}\n' })),
    download: vi.fn((_fileName: string, _text: string) => {}),
  } satisfies PopupDeps;
  return {
    deps,
    /** Another tab or the background changed the store and broadcast it. */
    changeElsewhere(next: Progress) {
      stored = next;
      listener?.();
    },
  };
}

/** A support team's pack with these step texts, as the popup would load it. */
export function supportPack(steps: Pack['steps']): Pack {
  return {
    format: 'alipay-card-guide-pack',
    formatVersion: 1,
    id: 'store-support',
    name: 'Store support pack',
    version: '1.0.0',
    author: 'Support',
    steps,
  };
}
