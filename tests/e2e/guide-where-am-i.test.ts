/**
 * Issue #11, one source of truth for "where am I": a page that plainly asks
 * for a step wins over a mark made by hand or implied, and the popup and the
 * guide agree. A shopper who marked step 3 by hand and then meets AliPay's
 * security form is guided through that form (step 3), and the popup says
 * AliPay still asks for the PIN; one who undid step 1 and opens the verify
 * page is guided there (step 2), the page itself showing the accounts linked.
 */
import { describe, expect, it } from 'vitest';
import english from '../../public/_locales/en/messages.json';
import type { BrowserName } from '../harness/extension';
import { GuidePage } from '../harness/guide-page';
import { setProgress } from '../harness/progress';
import { useExtensionSession } from '../harness/session';
import { waitForSelector } from '../harness/wait';

describe.each<BrowserName>(['chromium', 'firefox'])('where am I, in %s', (browser) => {
  const session = useExtensionSession(browser);

  it('the security form re-opens a PIN step marked by hand, and the guide explains the form', async () => {
    const { site, popup, shop } = session;
    await setProgress(popup.page, 'link-card');
    await shop.bringToFront();
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=verify-email`);
    await shop.goto(`${site.origin('alipay')}/security?lang=en`);
    const guide = new GuidePage(shop);
    const hint = await guide.waitForHint({ page: 'ap-security', step: 'set-pin' });
    expect(hint.text).toContain('Step 3 of 5');
    await guide.expectSpotlightOn('save', 'Save');
    // The popup agrees, and says why the step is open again.
    await popup.waitForStates({
      sync: 'done',
      'verify-email': 'done',
      'set-pin': 'current',
      'link-card': 'pending',
    });
    const why = await waitForSelector(popup.page, '[data-reopened="set-pin"]');
    expect(await why.evaluate((el) => el.textContent)).toBe(english.reopenedSetPin.message);
  });

  it('the verify page after undoing step 1 guides the email step, with the link implied', async () => {
    const { site, popup, shop } = session;
    await setProgress(popup.page, null);
    await shop.goto(`${site.origin('alipay')}/__mock/seed?step=sync`);
    await shop.goto(`${site.origin('alipay')}/verify-email?lang=en`);
    const guide = new GuidePage(shop);
    await guide.waitForHint({ page: 'ap-verify-email', step: 'verify-email' });
    await guide.waitForSpotlight('sendConfirmationEmail');
    await popup.waitForStates({ sync: 'done', 'verify-email': 'current' });
    const how = await popup.page.$eval('[data-step="sync"]', (li) => li.getAttribute('data-how'));
    expect(how).toBe('implied');
  });
});
