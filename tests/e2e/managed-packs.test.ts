/**
 * Issue #14: a support team rolls a pack out through the browser's own
 * policies, with no server of ours. Firefox reads `policies.json`
 * (`3rdparty` → `Extensions` → our id → `packs`): the pack relabels a
 * control and the guide follows it; the options page shows it as set by the
 * organisation, with no way to remove it; a malformed pack in the same policy
 * is reported there and ignored. (Chromium on Linux does not hand policy files
 * to an unpacked extension: see the README; its reading code is unit-tested
 * with the storage area faked, tests/unit/packs/managed-packs.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import { GECKO_ID } from '../../wxt.config';
import { launchWithExtension, type ExtensionBrowser } from '../harness/extension';
import { installFirefoxPolicies } from '../harness/firefox-policy';
import { GuidePage } from '../harness/guide-page';
import { OptionsPage } from '../harness/options-page';
import { setProgress } from '../harness/progress';
import { setMockOptions } from '../harness/session';
import { waitForSelector } from '../harness/wait';
import { type RunningMockSite, startMockSite } from '../mock-site/server';

const RELABEL = readFileSync(
  new URL('../../public/packs/relabel-link-card.json', import.meta.url),
  'utf8',
);
const MALFORMED = RELABEL.replace('"Add card"', '"Add card; questions? help@example.org"');

describe('packs set by policy in Firefox', () => {
  let site: RunningMockSite;
  let ext: ExtensionBrowser;
  let options: OptionsPage;

  beforeAll(async () => {
    site = await startMockSite({ port: 0 });
    const restore = installFirefoxPolicies({
      '3rdparty': { Extensions: { [GECKO_ID]: { packs: [MALFORMED, RELABEL] } } },
    });
    try {
      // A browser of its own: a kept one started before the policy was written.
      ext = await launchWithExtension('firefox', { fresh: true });
      options = await OptionsPage.open(ext);
      await waitForSelector(options.page, '[data-managed]', { timeout: 15_000 });
    } finally {
      // Firefox read it at start-up; no other browser should see it.
      restore();
    }
  });
  afterAll(async () => {
    await ext?.close();
    await site?.close();
  });

  it('shows the pack as set by the organisation, in use, with no way to remove it', async () => {
    const row = await options.page.$eval('[data-managed]', (li) => ({
      active: li.getAttribute('data-active'),
      text: (li as HTMLElement).innerText,
      actions: Array.from(li.querySelectorAll('[data-action]')).map((b) =>
        b.getAttribute('data-action'),
      ),
    }));
    expect(row.active).toBe('true');
    expect(row.text).toContain('Link card is now Add card');
    expect(row.text).toContain(english.packManagedBadge.message);
    expect(row.actions).toEqual(['export']);
  });

  it('reports the malformed pack, with where it is and why, and ignores it', async () => {
    const report = await options.page.$eval('[data-managed-errors]', (el) => ({
      text: (el as HTMLElement).innerText,
      paths: Array.from(el.querySelectorAll('[data-path]')).map((li) =>
        li.getAttribute('data-path'),
      ),
    }));
    expect(report.text).toContain('Pack 1');
    expect(report.paths).toContain('$.labels.linkCard.en');
    expect(await options.page.$$('[data-managed]')).toHaveLength(1);
  });

  it('relabels the control, and the guide on the page follows it', async () => {
    const shop = await ext.browser.newPage();
    await setProgress(options.page, 'set-pin');
    await setMockOptions(shop, site.origin('alipay'), { relabel: { 'Link card': 'Add card' } });
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=set-pin`);
    await shop.goto(`${site.origin('alipay')}/cards?lang=en`);
    await new GuidePage(shop).expectSpotlightOn('linkCard', 'Add card');
  });
});
