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
import {
  ASK_RULES,
  DISPROOF_RULES,
  ERROR_RULES,
  EVIDENCE_RULES,
  PAGE_RULES,
} from './default-rules';

export interface PageClaim {
  site: Site;
  pageId: string | null;
  evidence: readonly StepId[];
  disproved?: readonly StepId[];
  asked?: readonly StepId[];
  errors: readonly string[];
}

type StepRule = { step: StepId; site: Site; page?: string };

/** The first step no rule lets this page claim, if any. */
const unprovable = (
  rules: readonly StepRule[],
  steps: readonly StepId[],
  site: Site,
  page: string | null,
) =>
  steps.find(
    (step) =>
      !rules.some((e) => e.step === step && e.site === site && (!e.page || e.page === page)),
  );

/** Null when every claim is one the page could prove; else why it is refused. */
export function refuseClaim(claim: PageClaim, senderUrl: string | undefined): string | null {
  let host = '';
  try {
    host = senderUrl ? new URL(senderUrl).hostname : '';
  } catch {
    return 'no valid sender URL';
  }
  const site = siteOfHost(host);
  const page = claim.pageId;
  if (!site || site !== claim.site) return `a ${claim.site} report from ${host}`;
  if (page !== null && !PAGE_RULES.some((p) => p.id === page && p.site === site))
    return `no ${site} page ${page}`;
  const step =
    unprovable(EVIDENCE_RULES, claim.evidence, site, page) ??
    unprovable(DISPROOF_RULES, claim.disproved ?? [], site, page) ??
    unprovable(ASK_RULES, claim.asked ?? [], site, page);
  if (step) return `${step} cannot be proved or disproved on ${site}/${page}`;
  const error = claim.errors.find((id) => !ERROR_RULES.some((e) => e.id === id && e.site === site));
  return error ? `no ${site} error ${error}` : null;
}
