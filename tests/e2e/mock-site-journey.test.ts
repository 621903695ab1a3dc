/**
 * The mock site on its own (no extension): a shopper clicks through the whole
 * journey in Chromium, mail included, and finds the card on AliExpress. If this
 * fails, the extension's e2e tests cannot pass, so it runs first and fast. The
 * `framed` style puts AliPay's card panel in an iframe; the journey works in it.
 */
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STEP_IDS, type StepId } from '../mock-site/journey-steps';
import { LABELS, type Lang } from '../mock-site/labels';
import { type RunningMockSite, startMockSite } from '../mock-site/server';
import { SITE_TEXT } from '../mock-site/site-text';
import { launchChromium } from '../harness/browsers';
import { JOURNEY_CARD_MASKED, JOURNEY_SECRETS, walkJourney } from '../harness/journey';
import { setMockOptions } from '../harness/session';
import { findClickable } from '../harness/shopper';

describe('mock site in Chromium, as a shopper', () => {
  let site: RunningMockSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await startMockSite({ port: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  for (const lang of ['en', 'es'] as const satisfies readonly Lang[]) {
    it(`walks all five steps in ${lang} and finds the card on AliExpress`, async () => {
      // Its own context: its own cookies, so its own session on the mock site.
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        const steps: { step: StepId; url: string }[] = [];
        await walkJourney(
          page,
          { aliexpress: site.origin('aliexpress') },
          {
            lang,
            onStep: (step) => void steps.push({ step, url: page.url() }),
          },
        );

        expect(steps.map((s) => s.step)).toEqual([...STEP_IDS]);
        expect(steps.map((s) => new URL(s.url).hostname)).toEqual([
          'alipay.localhost',
          'alipay.localhost',
          'alipay.localhost',
          'alipay.localhost',
          'aliexpress.localhost',
        ]);
        const L = LABELS[lang];
        const listed = await page.$eval('main', (main) => main.innerText);
        expect(listed).toContain('Visa');
        expect(listed).toContain(JOURNEY_CARD_MASKED);
        expect(listed).toContain(lang === 'es' ? 'Predeterminada' : 'Default');
        await findClickable(page, L.deleteCard);
        await findClickable(page, L.useForPayments);
        expect(await page.$eval('html', (html) => html.lang)).toBe(lang);

        // What was typed stays in the forms it was typed into: the store never shows it back.
        const html = await page.content();
        for (const secret of [
          JOURNEY_SECRETS.cardNumber,
          JOURNEY_SECRETS.pin,
          JOURNEY_SECRETS.password,
        ]) {
          expect(html).not.toContain(secret);
        }
      } finally {
        await context.close();
      }
    });
  }

  it('walks the journey with the card panel in a same-origin iframe (style framed)', async () => {
    const context = await browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 860 });
      const store = site.origin('aliexpress');
      await setMockOptions(page, store, { style: 'framed' });
      let onCardsPage: { frames: string[]; forms: number } | undefined;
      let inFrame = '';
      await walkJourney(
        page,
        { aliexpress: store },
        {
          onStep: async (step) => {
            if (step !== 'link-card') return;
            // The page itself holds the heading and the frame; the form and banner are in the frame.
            onCardsPage = await page.evaluate(() => ({
              frames: [...document.querySelectorAll('iframe')].map((f) => f.title),
              forms: document.querySelectorAll('form').length,
            }));
            const panel = page
              .frames()
              .find((frame) => new URL(frame.url()).pathname === '/cards/panel');
            inFrame = (await panel?.evaluate(() => document.body.innerText)) ?? '';
          },
        },
      );

      expect(onCardsPage).toEqual({ frames: [SITE_TEXT.en.cardsFrameTitle], forms: 0 });
      expect(inFrame).toContain(LABELS.en.cardLinked);
      expect(inFrame).toContain(`Visa ${JOURNEY_CARD_MASKED}`);
      expect(new URL(page.url()).hostname).toBe('aliexpress.localhost');
      const listed = await page.$eval('main', (main) => main.innerText);
      expect(listed).toContain('Visa');
      expect(listed).toContain(JOURNEY_CARD_MASKED);
      await findClickable(page, LABELS.en.deleteCard);
    } finally {
      await context.close();
    }
  });
});
