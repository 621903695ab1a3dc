/** What the on-page guide renders: plain data, recomputed by the content script. */
import type { Box, Placement } from '@/utils/guide/callout-position';
import type { GuidePlan } from '@/utils/guide/guide-plan';

export type SearchState = 'none' | 'searching' | 'found' | 'missing';

export interface GuideView {
  pageId: string;
  plan: GuidePlan;
  /** The step's title and what to do, from the active pack where it has them. */
  title: string;
  say: string;
  tips: string[];
  /** The active pack's name when any of the texts above is the pack's, else null. */
  source: string | null;
  /** The spotlight's box around the highlighted control (its ring), when found. */
  target: Box | null;
  callout: { placement: Placement; box: Box };
  search: SearchState;
  /** The control's visible name in the page's words, for "we can't find X". */
  controlName: string | null;
  reported: boolean;
  /** Polite announcement of the step and any error, for screen readers. */
  announcement: string;
}

export interface GuideActions {
  hide(): void;
  turnOff(): void;
  reportDifferent(): void;
}
