/**
 * The popup's snapshot in the address the toolbar button opens (issue #11).
 * The background sets the button's popup to `popup.html?<snapshot>` (or a
 * copy of the page that paints that checklist before its script runs,
 * first-paint.ts) whenever it writes the snapshot to storage: the popup then
 * has the last known checklist before its first render, with no storage read
 * to wait for (in a new process that read took 5–15 ms, and the checklist
 * came a frame after "Loading…"). Opened some other way (a tab on
 * popup.html, a browser that dropped the address), the popup reads the
 * snapshot from storage as before. Like the stored copy, it holds no page
 * address (popup-snapshot.ts).
 */
import type { PopupSnapshot } from './popup-snapshot';

export const POPUP_PAGE = 'popup.html';

/** The address the toolbar button opens: `page` (the popup's, by default) with the snapshot in its query. */
export function popupUrl(snapshot: PopupSnapshot, page: string | null = null): string {
  return `${page ?? POPUP_PAGE}?${encodeURIComponent(JSON.stringify(snapshot))}`;
}

/**
 * What an address's query (`location.search`) or fragment (`location.hash`,
 * where earlier releases put it) holds, unchecked (asPopupSnapshot checks
 * it); undefined if it is not JSON.
 */
export function snapshotIn(part: string): unknown {
  if (part.length < 2) return undefined;
  try {
    return JSON.parse(decodeURIComponent(part.slice(1)));
  } catch {
    return undefined;
  }
}
