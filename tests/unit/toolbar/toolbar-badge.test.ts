/**
 * Issue #14: the toolbar button says how far the shopper is without opening
 * the popup — "3/5", a check when finished — and its tooltip names the step
 * to do now, in the chosen language.
 */
import { describe, expect, it } from 'vitest';
import english from '../../../public/_locales/en/messages.json';
import spanish from '../../../public/_locales/es/messages.json';
import { emptyProgress, reduceProgress } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import type { StepId } from '@/utils/flow/steps';
import type { Catalogue } from '@/utils/i18n/catalogue';
import { formatMessage } from '@/utils/i18n/format-message';
import { BADGE_COLORS, toolbarBadge } from '@/utils/toolbar/toolbar-badge';

const sayIn = (catalogue: Catalogue) => (key: string, subs?: string[]) =>
  formatMessage(catalogue, key, subs) ?? key;

const marked = (step: StepId | null): Progress =>
  step ? reduceProgress(emptyProgress(), { type: 'mark-done', at: 1, step }) : emptyProgress();

describe('toolbar badge', () => {
  it('counts the steps done and names the next one', () => {
    const badge = toolbarBadge(marked('verify-email'), sayIn(english));
    expect(badge.text).toBe('2/5');
    expect(badge.title.split('\n')).toEqual([
      'AliPay Card Guide',
      '2 of 5 steps done',
      `Step 3 of 5: ${english.step_set_pin_title.message}`,
    ]);
    expect(badge.color).toBe(BADGE_COLORS.underWay);
    expect(toolbarBadge(marked(null), sayIn(english)).text).toBe('0/5');
  });

  it('shows a check, in green, once all five are done', () => {
    const badge = toolbarBadge(marked('confirm-card'), sayIn(english));
    expect(badge).toEqual({
      text: '✓',
      title: `AliPay Card Guide\n${english.allDoneTitle.message}`,
      color: BADGE_COLORS.finished,
    });
  });

  it('speaks Spanish when Spanish is chosen', () => {
    const badge = toolbarBadge(marked('sync'), sayIn(spanish));
    expect(badge.title).toContain(spanish.step_verify_email_title.message);
    expect(badge.title).toContain(formatMessage(spanish, 'progressLabel', ['1']));
    expect(badge.title).not.toContain(english.step_verify_email_title.message);
  });
});
