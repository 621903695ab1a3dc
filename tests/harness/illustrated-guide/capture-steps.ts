/**
 * The browser part of the illustrated guide: for each step, set the
 * extension's checklist, seed the mock session, open the page where that step
 * happens and photograph the on-page guide pointing at the control.
 */
import type { Page } from 'puppeteer';
import { DEFAULT_LABELS, type LabelId } from '../../../utils/detect/default-labels';
import type { StepId } from '../../../utils/flow/steps';
import type { RunningMockSite } from '../../mock-site/server';
import type { ExtensionBrowser } from '../extension';
import { GuidePage } from '../guide-page';
import { PopupPage } from '../popup-page';
import { setProgress } from '../progress';
import { findClickable } from '../shopper';
import { nextFrames } from '../wait';

export type Lang = 'en' | 'es';
type Host = 'aliexpress' | 'alipay';

export interface ShotPlan {
  step: StepId;
  /** Checklist done up to (through the extension's protocol). */
  done: StepId | null;
  /** Mock session seeded up to, on `host`. */
  seed: string;
  host: Host;
  path: string;
  control: LabelId;
}

/** Where each step happens, and the control the guide highlights there. */
export const SHOT_PLAN: readonly ShotPlan[] = [
  {
    step: 'sync',
    done: null,
    seed: 'none',
    host: 'aliexpress',
    path: '/account',
    control: 'myAliPayAccount',
  },
  {
    step: 'verify-email',
    done: 'sync',
    seed: 'sync',
    host: 'alipay',
    path: '/verify-email',
    control: 'sendConfirmationEmail',
  },
  {
    step: 'set-pin',
    done: 'verify-email',
    seed: 'verify-email',
    host: 'alipay',
    path: '/security',
    control: 'save',
  },
  {
    step: 'link-card',
    done: 'set-pin',
    seed: 'set-pin',
    host: 'alipay',
    path: '/cards',
    control: 'linkCard',
  },
  {
    step: 'confirm-card',
    done: 'link-card',
    seed: 'link-card',
    host: 'aliexpress',
    path: '/orders',
    control: 'cardsAndBankAccounts',
  },
];

export const VIEWPORT = { width: 1280, height: 800 } as const;

export interface StepShot {
  step: StepId;
  site: string;
  /** The control's name as the page shows it in this language. */
  controlName: string;
  url: string;
  png: Uint8Array;
  width: number;
  height: number;
}

const SITE_NAMES: Record<Host, string> = { aliexpress: 'AliExpress', alipay: 'AliPay' };

export async function captureSteps(
  ext: ExtensionBrowser,
  site: RunningMockSite,
  lang: Lang,
): Promise<StepShot[]> {
  const popup = await PopupPage.open(ext);
  const page = await ext.browser.newPage();
  await page.setViewport(VIEWPORT);
  // A still picture: no pulse half-way through, and the light theme the site has.
  await page.emulateMediaFeatures([
    { name: 'prefers-reduced-motion', value: 'reduce' },
    { name: 'prefers-color-scheme', value: 'light' },
  ]);
  const shots: StepShot[] = [];
  try {
    for (const plan of SHOT_PLAN) {
      await setProgress(popup.page, plan.done);
      const origin = site.origin(plan.host);
      await page.goto(`${origin}/__mock/seed?step=${plan.seed}`);
      const url = `${origin}${plan.path}?lang=${lang}`;
      await page.goto(url);
      const controlName = DEFAULT_LABELS[plan.control][lang];
      await frameControlAndCallout(page, controlName, plan.control);
      const png = await page.screenshot({ type: 'png' });
      shots.push({
        step: plan.step,
        site: SITE_NAMES[plan.host],
        controlName,
        url,
        png,
        ...VIEWPORT,
      });
    }
  } finally {
    await page.close();
    await popup.page.close();
  }
  return shots;
}

/**
 * Scrolls as little as possible (the top of a page tells the reader where they
 * are) so that both the highlighted control and the guide's callout are in
 * view, then waits until the spotlight has followed.
 */
async function frameControlAndCallout(
  page: Page,
  controlName: string,
  control: LabelId,
): Promise<void> {
  const guide = new GuidePage(page);
  const element = await findClickable(page, controlName, { timeout: 20_000 });
  await element.evaluate((el) => el.scrollIntoView({ block: 'nearest', behavior: 'instant' }));
  await nextFrames(page);
  await guide.waitForSpotlight(control, 20_000);
  // The callout sits beside the control; if it overflows the viewport, scroll by the overflow.
  const card = await guide.calloutBox();
  const delta = !card
    ? 0
    : await element.evaluate((el, b: { top: number; height: number }) => {
        const a = el.getBoundingClientRect();
        const top = Math.min(a.top, b.top) - 12;
        const bottom = Math.max(a.bottom, b.top + b.height) + 12;
        if (bottom - top > innerHeight) return 0;
        if (top < 0) return top;
        if (bottom > innerHeight) return bottom - innerHeight;
        return 0;
      }, card);
  if (delta !== 0) {
    await page.evaluate((dy: number) => scrollBy({ top: dy, behavior: 'instant' }), delta);
    await nextFrames(page);
  }
  await guide.waitForSpotlight(control, 20_000);
  await element.dispose();
}
