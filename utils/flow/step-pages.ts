/**
 * Where each step happens, so the popup can open the right page. URLs are the
 * ones the shopper's own browser visited (origin + path), so this works on
 * the real sites and on any practice site alike.
 */
import { SITE_HOME, type Site } from '../site/sites';
import type { Progress } from './progress-schema';
import type { StepId } from './steps';

export const STEP_PAGES: Record<StepId, { site: Site; pages: readonly string[] }> = {
  sync: { site: 'aliexpress', pages: ['ae-my-aliexpress'] },
  'verify-email': { site: 'alipay', pages: ['ap-verify-email', 'ap-email-sent', 'ap-connect'] },
  'set-pin': { site: 'alipay', pages: ['ap-security', 'ap-verify-email'] },
  'link-card': { site: 'alipay', pages: ['ap-manage-cards', 'ap-profile'] },
  'confirm-card': { site: 'aliexpress', pages: ['ae-cards', 'ae-my-orders'] },
};

/** A page the shopper visited first, then a support pack's link, then the site's best guess. */
export function pageUrlForStep(progress: Progress, step: StepId, packUrl?: string): string {
  const { site, pages } = STEP_PAGES[step];
  for (const page of pages) {
    const url = progress.pageUrls[page];
    if (url) return url;
  }
  if (packUrl) return packUrl;
  // Some page of the right site was seen: its home is a better guess than the public site.
  const prefix = site === 'aliexpress' ? 'ae-' : 'ap-';
  const sameSite = Object.entries(progress.pageUrls).find(([id]) => id.startsWith(prefix));
  if (sameSite) return `${new URL(sameSite[1]).origin}/`;
  return SITE_HOME[site];
}
