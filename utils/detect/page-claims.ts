/**
 * What a content script may claim about a page, checked by the background
 * (issue #12). The content script reports; the background decides: the site
 * comes from the URL the browser gives for the sender, and the page, each
 * piece of evidence and each error must be one the rules could have found on
 * that site (and, for evidence tied to a page, on that page). Packs change
 * wordings only, never these ids, so the default rules are the whole list.
 * Only a compromised renderer could claim more; this is defence in depth.
 */
import type { StepId } from '../flow/steps';
import { siteOfHost, type Site } from '../site/sites';
import { DEFAULT_RULES } from './default-rules';

export interface PageClaim {
  site: Site;
  pageId: string | null;
  evidence: readonly StepId[];
  disproved?: readonly StepId[];
  errors: readonly string[];
}

/** Null when every claim is one the page could prove; else why it is refused. */
export function refuseClaim(claim: PageClaim, senderUrl: string | undefined): string | null {
  let host = '';
  try {
    host = senderUrl ? new URL(senderUrl).hostname : '';
  } catch {
    return 'the sender has no valid URL';
  }
  const site = siteOfHost(host);
  if (!site || site !== claim.site) return `a ${claim.site} report from ${host || 'nowhere'}`;
  const { pages, evidence, errors } = DEFAULT_RULES;
  if (claim.pageId !== null && !pages.some((p) => p.id === claim.pageId && p.site === site))
    return `no ${site} page is called ${claim.pageId}`;
  for (const step of claim.evidence) {
    const provable = evidence.some(
      (e) => e.step === step && e.site === site && (!e.page || e.page === claim.pageId),
    );
    if (!provable)
      return `${step} cannot be proved on ${site}/${claim.pageId ?? 'an unknown page'}`;
  }
  for (const step of claim.disproved ?? []) {
    const provable = (DEFAULT_RULES.disproof ?? []).some(
      (e) => e.step === step && e.site === site && (!e.page || e.page === claim.pageId),
    );
    if (!provable) return `${step} cannot be disproved on ${site}/${claim.pageId ?? 'a page'}`;
  }
  for (const id of claim.errors) {
    if (!errors.some((e) => e.id === id && e.site === site))
      return `no ${site} error is called ${id}`;
  }
  return null;
}
