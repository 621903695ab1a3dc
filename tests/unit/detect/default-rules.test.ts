import { describe, expect, it } from 'vitest';
import { DEFAULT_LABELS } from '@/utils/detect/default-labels';
import { DEFAULT_RULES, ERROR_IDS, PAGE_IDS } from '@/utils/detect/default-rules';
import { ruleSetSchema, type When } from '@/utils/detect/rule-schema';
import { STEP_PAGES } from '@/utils/flow/step-pages';
import { STEP_IDS } from '@/utils/flow/steps';
import { siteOfHost, safePageUrl } from '@/utils/site/sites';

const labelIds = (when: When) =>
  [...(when.all ?? []), ...(when.any ?? [])].flatMap((c) =>
    'heading' in c ? [c.heading] : 'control' in c ? [c.control] : 'text' in c ? [c.text] : [],
  );

describe('default rules', () => {
  it('are valid rule data', () => {
    expect(ruleSetSchema.safeParse(DEFAULT_RULES).success).toBe(true);
  });

  it('only name labels that exist, in English and Spanish', () => {
    const all = [
      ...DEFAULT_RULES.pages,
      ...DEFAULT_RULES.evidence,
      ...DEFAULT_RULES.errors,
    ].flatMap((r) => labelIds(r.when));
    for (const id of all) expect(Object.keys(DEFAULT_LABELS)).toContain(id);
    for (const byLocale of Object.values(DEFAULT_LABELS))
      expect(Object.keys(byLocale).sort()).toEqual(['en', 'es']);
  });

  it('prove every step and recognise every error and page the flow needs', () => {
    expect(new Set(DEFAULT_RULES.evidence.map((e) => e.step))).toEqual(new Set(STEP_IDS));
    expect(DEFAULT_RULES.errors.map((e) => e.id)).toEqual([...ERROR_IDS]);
    expect(DEFAULT_RULES.pages.map((p) => p.id)).toEqual([...PAGE_IDS]);
    for (const { pages } of Object.values(STEP_PAGES))
      for (const p of pages) expect(PAGE_IDS).toContain(p);
  });

  it('reject rules that are not data', () => {
    const withSelector = {
      ...DEFAULT_RULES,
      pages: [{ id: 'x', site: 'alipay', when: { all: [{ selector: '#x' }] } }],
    };
    expect(ruleSetSchema.safeParse(withSelector).success).toBe(false);
  });
});

describe('hosts', () => {
  it.each([
    ['aliexpress.localhost', 'aliexpress'],
    ['www.aliexpress.com', 'aliexpress'],
    ['aliexpress.com', 'aliexpress'],
    ['ALIPAY.localhost', 'alipay'],
    ['intl.alipay.com', 'alipay'],
    ['mail.localhost', null],
    ['aliexpress.com.evil.example', null],
    ['notaliexpress.com', null],
  ])('%s → %s', (host, site) => {
    expect(siteOfHost(host)).toBe(site);
  });

  it('keeps only origin and path of a page URL, and only on our sites', () => {
    expect(safePageUrl('https://www.alipay.com/verify?token=abc#t')).toBe(
      'https://www.alipay.com/verify',
    );
    expect(safePageUrl('http://mail.localhost:5177/inbox')).toBeNull();
    // A secret in the path goes too, from its segment on (issue #12).
    expect(safePageUrl('https://www.alipay.com/verify/CODE-731946-TOKEN/next')).toBe(
      'https://www.alipay.com/verify',
    );
    expect(safePageUrl('https://www.aliexpress.com/p/order-list.html')).toBe(
      'https://www.aliexpress.com/p/order-list.html',
    );
    expect(safePageUrl('https://www.aliexpress.com/item/1005006.html')).toBe(
      'https://www.aliexpress.com/item',
    );
    expect(safePageUrl('not a url')).toBeNull();
  });
});
