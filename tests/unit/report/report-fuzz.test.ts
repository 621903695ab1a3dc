// Whatever the stored progress, log and diagnostics hold — even strings that
// should never be there — a report parses and carries no personal data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERROR_IDS, PAGE_IDS } from '@/utils/detect/default-rules';
import type { Diagnostic } from '@/utils/diagnostics/diagnostic-schema';
import type { GuideEvent } from '@/utils/flow/events';
import type { Progress } from '@/utils/flow/progress-schema';
import { STEP_IDS } from '@/utils/flow/steps';
import { LABEL_IDS, PACK_ID } from '@/utils/packs/pack-schema';
import { buildReport } from '@/utils/report/build-report';
import { parseReport } from '@/utils/report/parse-report';
import { supportReportSchema } from '@/utils/report/report-schema';
import { reportToText } from '@/utils/report/report-text';
import { scrubbedJson } from './report-fixture';
import { FUZZ } from '../fuzz-budget';

const PERSONAL = [
  'juan.carlos@example.com',
  'Juan Carlos',
  'juan-carlos',
  '4111 1111 1111 1111',
  '4111111111111111',
  '123456',
  'https://www.alipay.com/verify?token=abc123',
  'alipay.com/account',
];

const str = (ids: readonly string[]) =>
  fc.oneof(fc.constantFrom(...ids), fc.constantFrom(...PERSONAL), fc.string({ maxLength: 12 }));
const time = fc.oneof(
  fc.integer({ min: 0, max: 4_102_444_800_000 }),
  fc.constantFrom(Number.NaN, -1, 8.64e15, 1e20),
);
const site = fc.constantFrom('aliexpress' as const, 'alipay' as const);

const progressArb: fc.Arbitrary<Progress> = fc.record({
  steps: fc.dictionary(
    fc.constantFrom(...STEP_IDS),
    fc.record({
      how: fc.constantFrom('seen' as const, 'implied' as const, 'manual' as const),
      at: time,
    }),
    { noNullPrototype: true },
  ),
  lastPage: fc.option(fc.record({ site, pageId: str(PAGE_IDS), at: time })),
  pageUrls: fc.dictionary(str(PAGE_IDS), fc.constantFrom(...PERSONAL), { noNullPrototype: true }),
  updatedAt: time,
});

const eventArb: fc.Arbitrary<GuideEvent> = fc.oneof(
  fc.record({
    kind: fc.constant('error' as const),
    at: time,
    pageId: fc.option(str(PAGE_IDS)),
    errorId: str(ERROR_IDS),
  }),
  fc.record({ kind: fc.constant('page' as const), at: time, pageId: str(PAGE_IDS) }),
);

const diagnosticArb: fc.Arbitrary<Diagnostic> = fc.record({
  at: time,
  site,
  pageId: fc.option(str(PAGE_IDS)),
  step: fc.option(fc.constantFrom(...STEP_IDS)),
  expected: fc.option(str(LABEL_IDS)),
  found: fc.array(str(LABEL_IDS), { maxLength: 4 }),
  missing: fc.array(str(LABEL_IDS), { maxLength: 4 }),
});

const inputArb = fc.record({
  progress: progressArb,
  events: fc.array(eventArb, { maxLength: 8 }),
  diagnostics: fc.array(diagnosticArb, { maxLength: 3 }),
  version: str(['0.1.0', '1.2.3.4']),
  browser: fc.record(
    {
      name: fc.constantFrom('chrome' as const, 'firefox' as const, 'other' as const),
      version: str(['131.0.6778.85']),
    },
    { requiredKeys: ['name'] },
  ),
  language: str(['en', 'es-ES', 'es-419', 'pt-BR']),
  pack: fc.option(fc.record({ id: str(['example-support-pack']), version: str(['1.0.0']) })),
  now: time,
});

describe('any stored state', FUZZ, () => {
  it('gives a report that parses, round-trips and holds no personal data', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const report = buildReport(input);
        expect(supportReportSchema.safeParse(report).success).toBe(true);
        const json = JSON.stringify(report);
        expect(parseReport(json)).toEqual({ ok: true, report });
        // The pack id is the pack author's public id, not the shopper's data: it only
        // has to be a pack id. Everything else is scanned.
        if (report.pack) expect(report.pack.id).toMatch(PACK_ID);
        const shopperData = JSON.stringify({ ...report, pack: null });
        for (const bad of PERSONAL) expect(shopperData).not.toContain(bad);
        expect(json).not.toMatch(/@|:\/\//);
        expect(scrubbedJson({ ...report, pack: null })).not.toMatch(/\d{4,}/);
        const text = reportToText(report);
        expect(text).not.toMatch(/@|:\/\//);
        expect(report.steps.map((s) => s.step)).toEqual([...STEP_IDS]);
      }),
      { numRuns: 2000 },
    );
  });
});
