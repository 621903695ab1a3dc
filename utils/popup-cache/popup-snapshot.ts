/**
 * What the popup needs for its first paint, kept by the background in the
 * extension's local storage so the popup can show the last known checklist
 * before IndexedDB answers (issue #11). IndexedDB stays the truth: the popup
 * reconciles with it at once and the snapshot only ever stands in until then.
 *
 * Privacy: the steps' states (how and when), the two settings and the active
 * pack's name and step texts. Never the pages' addresses (`pageUrls`), the
 * last page, the event log or a pack's links: nothing typed, no URL.
 */
import type { Progress } from '../flow/progress-schema';
import { STEP_IDS } from '../flow/steps';
import { packHeader } from '../packs/pack-header';
import type { Pack } from '../packs/pack-schema';
import type { GuideSettings } from '../settings/settings';

/** The `storage.local` key. */
export const POPUP_SNAPSHOT_KEY = 'popupSnapshot';
/** Bumped when the shape changes: a snapshot of another version is no cache at all. */
export const POPUP_SNAPSHOT_VERSION = 1;

/** A pack as the popup shows it: a valid pack, without its links and label wordings. */
export type SnapshotPack = Pick<
  Pack,
  'format' | 'formatVersion' | 'id' | 'name' | 'version' | 'author' | 'steps'
>;

export interface PopupSnapshot {
  version: typeof POPUP_SNAPSHOT_VERSION;
  /** Done steps: how and when, exactly as in the progress. */
  steps: Progress['steps'];
  settings: GuideSettings;
  pack: SnapshotPack | null;
}

/** Field by field, so nothing else the shown state carries (page URLs) can slip in. */
export function popupSnapshot(state: {
  progress: Progress;
  settings: GuideSettings;
  pack: Pack | null;
}): PopupSnapshot {
  const { progress, settings, pack } = state;
  const steps: Progress['steps'] = {};
  for (const step of STEP_IDS) {
    const done = progress.steps[step];
    if (done) steps[step] = { how: done.how, at: done.at };
  }
  return {
    version: POPUP_SNAPSHOT_VERSION,
    steps,
    settings: { guideEnabled: settings.guideEnabled, language: settings.language },
    pack: pack && { ...packHeader(pack), ...(pack.steps && { steps: pack.steps }) },
  };
}

/** The progress the snapshot stands for: no last page and no page addresses (they are not kept). */
export function snapshotProgress(snapshot: PopupSnapshot): Progress {
  return { steps: snapshot.steps, lastPage: null, pageUrls: {}, updatedAt: 0 };
}
