/**
 * A realistic shopper's state for report tests: progress reached through the
 * reducer (so pageUrls hold real URLs, one with a token), the event log that
 * produced, and two "page looks different" diagnostics.
 */
import type { Diagnostic } from '@/utils/diagnostics/diagnostic-schema';
import { eventsFor, type GuideEvent } from '@/utils/flow/events';
import { emptyProgress, reduceProgress, type ProgressAction } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import type { ReportInput } from '@/utils/report/build-report';

const T0 = Date.UTC(2026, 10, 25, 9, 40);
const min = (n: number) => T0 + n * 60_000;

const ACTIONS: { action: ProgressAction; errors?: string[] }[] = [
  {
    action: {
      type: 'page-seen',
      at: min(0),
      site: 'alipay',
      pageId: 'ap-connect',
      url: 'https://www.alipay.com/connect',
      evidence: ['sync'],
    },
  },
  {
    action: {
      type: 'page-seen',
      at: min(10),
      site: 'alipay',
      pageId: 'ap-verify-email',
      url: 'https://www.alipay.com/verify?email=juan.carlos@example.com',
      evidence: [],
    },
    errors: ['code-incorrect'],
  },
  {
    action: {
      type: 'page-seen',
      at: min(22),
      site: 'alipay',
      pageId: 'ap-security',
      url: 'https://www.alipay.com/security?token=4111111111111111',
      evidence: ['verify-email'],
    },
    errors: ['pin-digits'],
  },
  { action: { type: 'mark-done', at: min(30), step: 'set-pin' } },
];

function replay(): { progress: Progress; events: GuideEvent[] } {
  let progress = emptyProgress();
  const events: GuideEvent[] = [];
  for (const { action, errors } of ACTIONS) {
    const next = reduceProgress(progress, action);
    events.push(...eventsFor(progress, next, action, errors));
    progress = next;
  }
  return { progress, events };
}

export const DIAGNOSTICS: Diagnostic[] = [
  {
    at: min(35),
    site: 'alipay',
    pageId: 'ap-manage-cards',
    step: 'link-card',
    expected: 'linkCard',
    found: ['manageCards'],
    missing: ['linkCard'],
  },
  {
    at: min(36),
    site: 'aliexpress',
    pageId: null,
    step: null,
    expected: null,
    found: [],
    missing: ['myOrders'],
  },
];

export function fixtureInput(): ReportInput {
  const { progress, events } = replay();
  return {
    progress,
    events,
    diagnostics: DIAGNOSTICS,
    version: '0.1.0',
    browser: { name: 'chrome', version: '131.0.6778.85' },
    language: 'es-ES',
    pack: { id: 'example-support-pack', version: '1.0.0' },
    now: min(40),
  };
}

/** The report as JSON with ISO times and version values taken out, for scanning. */
export function scrubbedJson(report: unknown): string {
  return JSON.stringify(report)
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, 'TIME')
    .replace(/"version":"[\d.]+"/g, '"version":"V"');
}
