/**
 * Zod-free parsers for the background's replies, for the content script and
 * the popup (size budgets). Each throws like a zod parse would, so
 * `sendMessage` treats a malformed reply as a failed call; without a message of
 * its own, since sendMessage's error names the message type (and the content
 * script's bytes are scarce). A reply that passes is returned as it came, not
 * copied field by field: our own background builds it to the protocol's type,
 * and its readers use only the fields checked here.
 */
import type { Progress } from '../flow/progress-schema';
import type { Catalogue } from '../i18n/catalogue';
import type { Pack } from '../packs/pack-schema';
import type { GuideSettings } from '../settings/settings';
import { isCatalogue } from './catalogue-guard';
import { isRecord } from './is-record';
import { isSentPack } from './pack-guard';
import { isProgress } from './progress-guard';
import type { RuleSet } from '../detect/rule-schema';
import { isSettings } from './settings-guard';

/** What every reply and push about progress carries. */
export interface ProgressState {
  progress: Progress;
  settings: GuideSettings;
  pack: Pack | null;
}

/** `{ progress, settings, pack }`, each checked as the guide reads it; other fields are allowed. */
export function isProgressState(data: unknown): data is ProgressState {
  return (
    isRecord(data) &&
    isProgress(data.progress) &&
    isSettings(data.settings) &&
    (data.pack === null || isSentPack(data.pack))
  );
}

/** Replies that carry `{ progress, settings, pack }`. */
export function parseProgressReply(data: unknown): ProgressState {
  if (!isProgressState(data)) throw new TypeError();
  return data;
}

/** Replies to markStep / resetProgress: `{ progress }`. */
export function parseProgressOnlyReply(data: unknown): { progress: Progress } {
  if (!isRecord(data) || !isProgress(data.progress)) throw new TypeError();
  return data as { progress: Progress };
}

/** Replies that carry `{ settings }`. */
export function parseSettingsReply(data: unknown): { settings: GuideSettings } {
  if (!isRecord(data) || !isSettings(data.settings)) throw new TypeError();
  return data as { settings: GuideSettings };
}

/** A catalogue reply: every entry a message string. */
export function parseCatalogueReply(data: unknown): { catalogue: Catalogue } {
  if (!isRecord(data) || !isCatalogue(data.catalogue)) throw new TypeError();
  return data as { catalogue: Catalogue };
}

/**
 * A getRules reply: a rule set and the pack it reflects. Only its frame is
 * checked here. The background builds it from the built-in rules and a pack
 * that was checked on import and again on its way out of IndexedDB, and a test
 * holds what it builds to ruleSetSchema; checking every rule again on every
 * page cost 19 KB of heap and a millisecond per load (same-browser A/B).
 */
export function parseRulesReply(data: unknown): { rules: RuleSet; packKey: string } {
  if (
    !isRecord(data) ||
    !isRecord(data.rules) ||
    data.rules.version !== 1 ||
    !isRecord(data.rules.labels) ||
    ![data.rules.pages, data.rules.evidence, data.rules.errors].every(Array.isArray) ||
    typeof data.packKey !== 'string'
  ) {
    throw new TypeError();
  }
  return data as unknown as { rules: RuleSet; packKey: string };
}
