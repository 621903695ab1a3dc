import { describe, expect, it } from 'vitest';
import { buildReport } from '@/utils/report/build-report';
import { ENGLISH_REPORT_TEXT, reportToText } from '@/utils/report/report-text';
import { fixtureInput } from './report-fixture';

const report = buildReport(fixtureInput());
const text = reportToText(report);

describe('reportToText', () => {
  it('reads well in a chat', () => {
    expect(text).toBe(
      [
        'AliPay Card Guide — support report',
        'Created: 2026-11-25 10:20 UTC',
        'Extension: 0.1.0',
        'Browser: chrome 131.0.6778.85',
        'Language: es-ES',
        'Guidance pack: example-support-pack 1.0.0',
        '',
        'Steps:',
        '✓ sync — done (seen on the page) 2026-11-25 09:40 UTC',
        '✓ verify-email — done (seen on the page) 2026-11-25 10:02 UTC',
        '✓ set-pin — done (marked by hand) 2026-11-25 10:10 UTC',
        '→ link-card — current step',
        '· confirm-card — not yet',
        '',
        'Last page recognised: alipay ap-security, 2026-11-25 10:02 UTC',
        'Errors the guide explained (2):',
        '- 2026-11-25 09:50 UTC code-incorrect on ap-verify-email',
        '- 2026-11-25 10:02 UTC pin-digits on ap-security',
        'Pages that looked different (2):',
        '- 2026-11-25 10:15 UTC · alipay/ap-manage-cards · step link-card · expected linkCard · missing: linkCard · found: manageCards',
        '- 2026-11-25 10:16 UTC · aliexpress/? · missing: myOrders',
        '',
      ].join('\n'),
    );
  });

  it('agrees with the JSON on every step state', () => {
    const lines = text.split('\n');
    for (const step of report.steps) {
      const line = lines.find((l) => l.slice(2).startsWith(`${step.step} `));
      expect(line).toContain(`— ${ENGLISH_REPORT_TEXT.states[step.state]}`);
      if (step.how) expect(line).toContain(`(${ENGLISH_REPORT_TEXT.how[step.how]})`);
    }
  });

  it('takes the reader’s words, keeping the ids', () => {
    const spanish = reportToText(
      { ...report, errors: [], diagnostics: [], pack: null, lastPage: null },
      {
        ...ENGLISH_REPORT_TEXT,
        steps: 'Pasos',
        none: 'ninguno',
        pack: 'Paquete de ayuda',
        states: { done: 'hecho', current: 'paso actual', pending: 'todavía no' },
        how: { seen: 'visto en la página', implied: 'deducido', manual: 'marcado a mano' },
        stepNames: { 'link-card': 'Vincula tu tarjeta en AliPay' },
      },
    );
    expect(spanish).toContain('→ link-card (Vincula tu tarjeta en AliPay) — paso actual');
    expect(spanish).toContain('✓ sync — hecho (visto en la página)');
    expect(spanish).toContain('Paquete de ayuda: ninguno');
    expect(spanish).toContain('Errors the guide explained: ninguno');
  });

  it('holds no URL, email address or long digit run beyond times and versions', () => {
    const scrubbed = text
      .replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/g, 'TIME')
      .replace(/[\d.]{5,}/g, 'V');
    expect(text).not.toMatch(/@|https?:|www\./);
    expect(scrubbed).not.toMatch(/\d{4,}/);
  });
});
