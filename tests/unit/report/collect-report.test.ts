import { describe, expect, it } from 'vitest';
import { buildReport } from '@/utils/report/build-report';
import { collectReport, type ReportDeps } from '@/utils/report/collect-report';
import { reportToText } from '@/utils/report/report-text';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';
import { fixtureInput } from './report-fixture';
import { pack } from '@/tests/unit/options/fake-options-deps';

const CHROME_UA =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.6778.85 Safari/537.36';

function deps(): ReportDeps {
  const input = fixtureInput();
  return {
    loadProgress: async () => input.progress,
    loadEvents: async () => [...input.events],
    loadDiagnostics: async () => [...input.diagnostics],
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, language: 'es' }),
    loadActivePack: async () =>
      pack('example-support-pack', { name: 'Juan Carlos’s pack', author: 'juan@example.com' }),
    version: () => '0.1.0',
    userAgent: () => CHROME_UA,
    locale: (settings) => (settings.language === 'auto' ? 'en-US' : settings.language),
    now: () => input.now,
  };
}

describe('collectReport', () => {
  it('builds the report from the stores, the manifest, the browser and the settings', async () => {
    const report = await collectReport(deps());
    expect(report).toEqual(buildReport({ ...fixtureInput(), language: 'es' }));
    expect(report.browser).toEqual({ name: 'chrome', version: '131.0.6778.85' });
    expect(report.pack).toEqual({ id: 'example-support-pack', version: '1.0.0' });
  });

  it("carries only the pack's id and version, never its free-text name or author", async () => {
    const report = await collectReport(deps());
    const all = `${JSON.stringify(report)}\n${reportToText(report)}`;
    expect(all).not.toMatch(/Juan|@|http/);
  });
});
