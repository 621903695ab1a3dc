// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collectPageFacts } from './read-page';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import {
  compileRules,
  detectPage,
  labelsPresent,
  MASKED_CARD,
  wordFilter,
} from '@/utils/detect/matcher';
import { normalizeText } from '@/utils/detect/normalize';
import { DECOYS, FIXTURES, type Fixture, type Lang, type Variant } from './page-fixtures';

const compiled = compileRules(DEFAULT_RULES);

function detect(fixture: Fixture, lang: Lang, variant: Variant) {
  document.documentElement.lang = lang;
  document.body.innerHTML = fixture.html(lang, variant);
  return detectPage(compiled, fixture.site, collectPageFacts(document, wordFilter(compiled)));
}

describe.each<[Lang, Variant]>([
  ['en', 'plain'],
  ['es', 'plain'],
  ['en', 'app'],
  ['es', 'app'],
])('detection in %s on a %s DOM', (lang, variant) => {
  it.each(FIXTURES.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    const result = detect(fixture, lang, variant);
    expect(result.pageId).toBe(fixture.pageId);
    expect(result.evidence).toEqual(fixture.evidence);
    expect(result.errors).toEqual(fixture.errors);
  });

  it.each(DECOYS.map((f) => [f.name, f] as const))('decoy: %s', (_name, fixture) => {
    const result = detect(fixture, lang, variant);
    expect(result.pageId).toBe(fixture.pageId);
    expect(result.evidence).toEqual([]);
    expect(result.errors).toEqual([]);
  });
});

describe('detection is about the site, not the words alone', () => {
  it('does not take AliPay evidence from a store page', () => {
    const f = FIXTURES.find((x) => x.name === 'Card linked')!;
    document.body.innerHTML = f.html('en', 'plain');
    const result = detectPage(compiled, 'aliexpress', collectPageFacts(document));
    expect(result.evidence).toEqual([]);
  });

  it('tolerates case, spacing and closing punctuation changes', () => {
    document.body.innerHTML = '<main><p>  your ALIPAY   account is ready! </p></main>';
    expect(detectPage(compiled, 'alipay', collectPageFacts(document)).evidence).toEqual([
      'set-pin',
    ]);
  });

  it('never reads what is typed into an input', () => {
    document.body.innerHTML = '<main><label>Note <input id="i"></label></main>';
    const input = document.getElementById('i') as HTMLInputElement;
    input.value = 'Your AliPay account is ready';
    const facts = collectPageFacts(document);
    expect(JSON.stringify(facts)).not.toContain('ready');
  });
});

describe('labels present, for diagnostics', () => {
  it('counts a label only where the page shows it, not inside a longer heading', () => {
    document.body.innerHTML =
      '<main><h1>Connect your AliExpress account</h1><p>We have sent a confirmation email to j***@example.com</p></main>';
    const present = labelsPresent(compiled, collectPageFacts(document, wordFilter(compiled)));
    expect(present).toContain('connectHeading');
    expect(present).toContain('emailSent');
    expect(present).not.toContain('connect');
  });
});

describe('the cheap filter for a piece of text (issue #10)', () => {
  const filter = wordFilter(compiled);
  const part = (text: string) => filter('part', normalizeText(text));

  it.each([
    ['a whole label', 'Card linked'],
    ['one word of a label split across elements', 'linked'],
    ['a Spanish label’s first word, after an opening mark', '¡Tarjeta'],
    ['a label with the card it names, in one piece', 'Card linked: Visa •••• 4242'],
    ['a masked card on its own', '•••• 4242'],
  ])('lets through %s', (_what, text) => {
    expect(part(text)).toBe(true);
  });

  it.each([
    ['a product title', 'Wireless earbuds with charging case'],
    ['a shipping note', 'Free shipping over €10'],
    ['a seller name', 'Shenzhen Audio Store'],
  ])('stops %s before its message is read', (_what, text) => {
    expect(part(text)).toBe(false);
  });

  it('passes exactly the pieces that sit inside a wording or start with one, in both languages', () => {
    const wordings = [...new Set([...compiled.wordings.values()].flat())];
    const inside = (text: string) => wordings.some((w) => w.includes(text) || text.startsWith(w));
    // Every run of whole words of every wording, each with a tail, and the same pieces cut mid-word.
    const pieces = wordings.flatMap((w) => {
      const words = w.split(' ');
      return words.flatMap((_, i) =>
        words.slice(i).flatMap((__, j) => {
          const run = words.slice(i, i + j + 1).join(' ');
          return [run, `${run} 4242`, run.slice(1), `x${run}`];
        }),
      );
    });
    expect(pieces.length).toBeGreaterThan(500);
    const wrong = pieces.filter((p) => !MASKED_CARD.test(p) && filter('part', p) !== inside(p));
    expect(wrong).toEqual([]);
    expect(pieces.filter((p) => !inside(p) && !MASKED_CARD.test(p)).length).toBeGreaterThan(100);
  });
});

describe('the cheap filter for a whole subtree (issue #10)', () => {
  const filter = wordFilter(compiled);
  const wordings = [...new Set([...compiled.wordings.values()].flat())];
  /** Any text without letters or digits: punctuation, spaces, bullets, marks. */
  const noLetters = fc.string().map((s) => s.replace(/[\p{L}\p{M}\p{N}]/gu, ''));

  it('passes every label, whatever joins its pieces and whatever comes between its words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...wordings),
        fc.string(),
        fc.string(),
        fc.array(fc.oneof(noLetters, fc.constantFrom('check_circle', 'local_fire_department'))),
        fc.boolean(),
        (wording, before, after, between, upper) => {
          // As textContent joins a subtree: no spaces between pieces, an icon's ligature
          // (aria-hidden, not perceived) between words, any case.
          const words = wording.split(' ');
          const joined = words.map((w, i) => w + (i < words.length - 1 ? (between[i] ?? '') : ''));
          const text = before + joined.join('') + after;
          return filter('subtree', upper ? text.toUpperCase() : text);
        },
      ),
    );
  });

  it.each([
    ['a masked card number, wherever it is', 'Visa•••• – 4242Expires 12/28'],
    ['a Spanish label with a soft hyphen in a word', '¡Tarje\u00ADta vinculada!'],
  ])('passes %s', (_what, text) => {
    expect(filter('subtree', text)).toBe(true);
  });

  it.each([
    [
      'a product card',
      'local_fire_departmentDeal 5: wireless earbuds€14.99star 4.5 · free shippingAdd to cart',
    ],
    ['a shipping banner', 'Free shipping over €10Choice deals'],
    ['nothing at all', ''],
  ])('stops %s', (_what, text) => {
    expect(filter('subtree', text)).toBe(false);
  });
});
