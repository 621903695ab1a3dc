/**
 * What the toolbar button says about the journey, without opening the popup:
 * a badge with the steps done ("3/5", a check once all five are) and a
 * tooltip naming the step to do now, in the shopper's language. Pure: the
 * caller passes the catalogue lookup, so the badge and the popup word a step
 * the same way.
 */
import { currentStep, doneCount } from '../flow/progress';
import type { Progress } from '../flow/progress-schema';
import { STEP_IDS } from '../flow/steps';
import { STEP_KEYS } from '../i18n/step-keys';
import type { MessageKey } from '../i18n/t';

export interface ToolbarBadge {
  text: string;
  /** The button's tooltip (its accessible name too): one line per fact. */
  title: string;
  /** The popup's accent while under way, its "done" green when finished (components/shared/palette.css). */
  color: string;
}

export type Say = (key: MessageKey, substitutions?: string[]) => string;

export const BADGE_DONE = '✓';
export const BADGE_COLORS = { underWay: '#c2410c', finished: '#18794e' } as const;

export function toolbarBadge(progress: Progress, say: Say): ToolbarBadge {
  const done = doneCount(progress);
  const now = currentStep(progress);
  if (!now) {
    return {
      text: BADGE_DONE,
      title: `${say('extName')}\n${say('allDoneTitle')}`,
      color: BADGE_COLORS.finished,
    };
  }
  const number = String(STEP_IDS.indexOf(now) + 1);
  return {
    text: `${done}/${STEP_IDS.length}`,
    title: [
      say('extName'),
      say('progressLabel', [String(done)]),
      `${say('stepOfTotal', [number])}: ${say(STEP_KEYS[now].title)}`,
    ].join('\n'),
    color: BADGE_COLORS.underWay,
  };
}
