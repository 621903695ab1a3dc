/** In-memory options deps that behave like the pack store: one active pack at most. */
import type { ManagedProblem } from '@/utils/packs/managed-packs';
import { vi } from 'vitest';
import type { PackSummary } from '@/utils/db/packs-store';
import type { OptionsDeps } from '@/entrypoints/options/options-model';
import type { Pack } from '@/utils/packs/pack-schema';
import type { SupportReport } from '@/utils/report/report-schema';
import { DEFAULT_SETTINGS, type GuideSettings } from '@/utils/settings/settings';

export function pack(id: string, patch: Partial<Pack> = {}): Pack {
  return {
    format: 'alipay-card-guide-pack',
    formatVersion: 1,
    id,
    name: `Pack ${id}`,
    version: '1.0.0',
    author: 'Support',
    ...patch,
  };
}

export const SAMPLE_REPORT: SupportReport = {
  format: 'alipay-card-guide-report',
  formatVersion: 1,
  createdAt: '2026-11-25T10:00:00.000Z',
  extension: { version: '0.1.0' },
  browser: { name: 'chrome', version: '131.0.6778.85' },
  language: 'en-US',
  pack: null,
  steps: [
    { step: 'sync', state: 'done', how: 'seen', at: '2026-11-25T09:40:00.000Z' },
    { step: 'verify-email', state: 'current' },
    { step: 'set-pin', state: 'pending' },
    { step: 'link-card', state: 'pending' },
    { step: 'confirm-card', state: 'pending' },
  ],
  lastPage: { site: 'alipay', pageId: 'ap-verify-email', at: '2026-11-25T09:41:00.000Z' },
  errors: [],
  diagnostics: [],
};

export function fakeOptionsDeps(initial: { pack: Pack; active: boolean }[] = []) {
  const stored = new Map<string, { pack: Pack; active: boolean }>(
    initial.map((p) => [p.pack.id, { ...p }]),
  );
  let settings: GuideSettings = { ...DEFAULT_SETTINGS };
  /** Every store and protocol call, in order. */
  const calls: string[] = [];
  let listener: (() => void) | null = null;
  const summaries = (): PackSummary[] =>
    [...stored.values()].map(({ pack: p, active }) => ({
      id: p.id,
      name: p.name,
      version: p.version,
      author: p.author,
      active,
      chosen: active,
      managed: false,
      importedAt: 1,
      pack: p,
    }));
  const deps = {
    listPacks: vi.fn(async () => summaries()),
    readManagedProblems: vi.fn(async (): Promise<ManagedProblem[]> => []),
    savePack: vi.fn(async (p: Pack, _json: string, activate: boolean) => {
      calls.push(`save ${p.id}`);
      if (activate) for (const other of stored.values()) other.active = false;
      stored.set(p.id, { pack: p, active: activate });
    }),
    setPackActive: vi.fn(async (id: string, active: boolean) => {
      calls.push(`${active ? 'activate' : 'deactivate'} ${id}`);
      for (const [key, entry] of stored) {
        if (key === id) entry.active = active;
        else if (active) entry.active = false;
      }
    }),
    removePack: vi.fn(async (id: string) => {
      calls.push(`remove ${id}`);
      stored.delete(id);
    }),
    packsChanged: vi.fn(async () => {
      calls.push('packsChanged');
    }),
    loadSettings: vi.fn(async () => settings),
    updateSettings: vi.fn(async (patch: Partial<GuideSettings>) => {
      calls.push(`updateSettings ${JSON.stringify(patch)}`);
      settings = { ...settings, ...patch };
      return settings;
    }),
    applyLanguage: vi.fn(async (s: GuideSettings) => {
      calls.push(`applyLanguage ${s.language}`);
    }),
    report: { load: vi.fn(async () => SAMPLE_REPORT), copy: vi.fn(async () => {}) },
    download: vi.fn(),
    subscribe: (l: () => void) => {
      listener = l;
      return () => (listener = null);
    },
  } satisfies OptionsDeps;
  return {
    deps,
    calls,
    stored,
    changeElsewhere: () => listener?.(),
  };
}
