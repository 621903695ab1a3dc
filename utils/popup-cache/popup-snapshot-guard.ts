/**
 * Reads a popup snapshot back from storage, zod-free (the popup's size budget):
 * anything that is not exactly a snapshot of this version is no cache at all,
 * and the popup waits for IndexedDB as it would without one.
 */
import { isStepId } from '../flow/steps';
import { isPackData } from '../guards/pack-guard';
import { isSafeRecord, isStepDone } from '../guards/progress-guard';
import { isSettings } from '../guards/settings-guard';
import { POPUP_SNAPSHOT_VERSION, type PopupSnapshot } from './popup-snapshot';

const keyCount = (x: object) => Object.keys(x).length;

export function asPopupSnapshot(x: unknown): PopupSnapshot | null {
  if (!isSafeRecord(x) || keyCount(x) !== 4 || x.version !== POPUP_SNAPSHOT_VERSION) return null;
  const { steps, settings, pack } = x;
  const ok =
    isSafeRecord(steps) &&
    Object.entries(steps).every(([step, done]) => isStepId(step) && isStepDone(done)) &&
    isSettings(settings) &&
    keyCount(settings) === 2 &&
    // A pack's links are addresses, and the popup has no use for its label wordings.
    (pack === null || (isPackData(pack) && !('links' in pack) && !('labels' in pack)));
  return ok ? (x as unknown as PopupSnapshot) : null;
}
