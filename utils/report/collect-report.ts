/**
 * Gathers what a support report is built from — progress, the event log,
 * diagnostics (IndexedDB), the extension's version, the browser, the language
 * and the active pack — and builds it. Every input comes through `deps`, so
 * tests pass their own; `reportDeps` are the real ones for extension pages.
 */
import { browser } from 'wxt/browser';
import { openGuideDb } from '../db/open-db';
import { readDiagnostics } from '../db/diagnostics-store';
import { readActivePack } from '../db/packs-store';
import { countQuarantined } from '../db/quarantine-store';
import { readEvents } from '../db/progress-store';
import { readProgress } from '../db/read-progress';
import { readSettings } from '../db/settings-store';
import type { Diagnostic } from '../diagnostics/diagnostic-schema';
import type { GuideEvent } from '../flow/events';
import type { Progress } from '../flow/progress-schema';
import { uiLocale } from '../i18n/ui-locale';
import type { Pack } from '../packs/pack-schema';
import type { GuideSettings } from '../settings/settings';
import { browserFromUserAgent } from './browser-info';
import { buildReport } from './build-report';
import type { SupportReport } from './report-schema';

export interface ReportDeps {
  loadProgress(): Promise<Progress>;
  loadEvents(): Promise<GuideEvent[]>;
  loadDiagnostics(): Promise<Diagnostic[]>;
  loadSettings(): Promise<GuideSettings>;
  loadActivePack(): Promise<Pack | null>;
  /** How many saved records are in the quarantine (a count only); without it the report leaves it out. */
  countQuarantined?(): Promise<number>;
  /** The extension's version, from its manifest. */
  version(): string;
  userAgent(): string;
  /** The language the extension speaks, given the settings. */
  locale(settings: GuideSettings): string;
  now(): number;
}

/** What the "Copy report for support" component needs: a fresh report, and a clipboard. */
export interface ReportSource {
  load(): Promise<SupportReport>;
  copy(text: string): Promise<void>;
}

export async function collectReport(deps: ReportDeps): Promise<SupportReport> {
  // Progress first: reading it moves any part that cannot be read to the quarantine, then counted.
  const progress = await deps.loadProgress();
  const [events, diagnostics, settings, pack, quarantined] = await Promise.all([
    deps.loadEvents(),
    deps.loadDiagnostics(),
    deps.loadSettings(),
    deps.loadActivePack(),
    deps.countQuarantined?.(),
  ]);
  return buildReport({
    progress,
    events,
    diagnostics,
    version: deps.version(),
    browser: browserFromUserAgent(deps.userAgent()),
    language: deps.locale(settings),
    // Only the id and version: a pack's name and author are free text.
    pack: pack ? { id: pack.id, version: pack.version } : null,
    now: deps.now(),
    quarantined,
  });
}

export const reportDeps: ReportDeps = {
  loadProgress: async () => readProgress(await openGuideDb()),
  loadEvents: async () => readEvents(await openGuideDb()),
  loadDiagnostics: async () => readDiagnostics(await openGuideDb()),
  loadSettings: async () => readSettings(await openGuideDb()),
  loadActivePack: async () => readActivePack(await openGuideDb()),
  countQuarantined: async () => countQuarantined(await openGuideDb()),
  version: () => browser.runtime.getManifest().version,
  userAgent: () => navigator.userAgent,
  locale: uiLocale,
  now: () => Date.now(),
};

/** The report of this browser's own guide, copied with the page's clipboard. */
export const extensionReportSource: ReportSource = {
  load: () => collectReport(reportDeps),
  copy: (text) => navigator.clipboard.writeText(text),
};
