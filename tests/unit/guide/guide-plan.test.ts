import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import es from '@/public/_locales/es/messages.json';
import { DEFAULT_LABELS } from '@/utils/detect/default-labels';
import { PAGE_IDS } from '@/utils/detect/default-rules';
import { STEP_IDS } from '@/utils/flow/steps';
import { planGuide } from '@/utils/guide/guide-plan';

describe('guide plan', () => {
  it.each([
    ['ae-other', 'sync', 'myAliExpress'],
    ['ae-my-aliexpress', 'sync', 'myAliPayAccount'],
    ['ap-connect', 'sync', 'connect'],
    ['ap-verify-email', 'verify-email', 'sendConfirmationEmail'],
    ['ap-link-expired', 'verify-email', 'sendNewEmail'],
    ['ap-security', 'set-pin', 'save'],
    ['ap-profile', 'link-card', 'manageCards'],
    ['ap-manage-cards', 'link-card', 'linkCard'],
    ['ae-other', 'confirm-card', 'myOrders'],
    ['ae-my-orders', 'confirm-card', 'cardsAndBankAccounts'],
  ] as const)('on %s during %s points at %s', (pageId, step, control) => {
    const site = pageId.startsWith('ae-') ? 'aliexpress' : 'alipay';
    expect(planGuide(site, pageId, step, [])?.control).toBe(control);
  });

  it('only explains where the page has no control of the spec to use', () => {
    expect(planGuide('alipay', 'ap-email-sent', 'verify-email', [])).toMatchObject({
      control: null,
      say: 'info_emailSent',
    });
    // Back on "email sent" after verifying: the way on is forward, not the mailbox again.
    expect(planGuide('alipay', 'ap-email-sent', 'set-pin', [])).toMatchObject({
      control: null,
      say: 'info_emailAlreadyVerified',
    });
    expect(planGuide('alipay', 'ap-other', 'confirm-card', [])).toMatchObject({
      control: null,
      say: 'info_backToAliExpress',
    });
  });

  it('explains every spec error, and a missing PIN replaces the move', () => {
    expect(planGuide('alipay', 'ap-security', 'set-pin', ['pin-mismatch'])?.errors).toEqual([
      'err_pin_mismatch',
    ]);
    expect(planGuide('alipay', 'ap-manage-cards', 'link-card', ['pin-first'])).toMatchObject({
      control: null,
      say: 'err_pin_first',
      errors: [],
    });
  });

  it('says "All done" on the card list only; a finished journey leaves other pages alone', () => {
    expect(planGuide('aliexpress', 'ae-cards', null, [])).toMatchObject({ say: 'allDoneText' });
    for (const pageId of ['ae-other', 'ae-my-orders', 'ap-manage-cards', null])
      expect(planGuide('aliexpress', pageId, null, [])).toBeNull();
  });

  it('has every text it can say in English and Spanish, for every page and step', () => {
    const errors = [
      'code-incorrect',
      'link-expired',
      'pin-digits',
      'pin-mismatch',
      'pin-incorrect',
      'card-number',
      'pin-first',
    ];
    for (const pageId of [...PAGE_IDS, null]) {
      for (const step of [...STEP_IDS, null]) {
        for (const site of ['aliexpress', 'alipay'] as const) {
          const plan = planGuide(site, pageId, step, errors);
          if (!plan) continue;
          for (const key of [plan.say, plan.why, ...plan.errors].filter((k) => k !== null)) {
            expect(Object.keys(en), key).toContain(key);
            expect(Object.keys(es), key).toContain(key);
          }
          if (plan.control) expect(Object.keys(DEFAULT_LABELS)).toContain(plan.control);
        }
      }
    }
  });
});
