// @vitest-environment happy-dom
/** Issue #12: the on-page callout names the pack whose words it shows, and only then. */
import { describe, expect, it } from 'vitest';
import { createGuideOverlay } from '@/components/guide/guide-overlay';
import type { GuideView } from '@/components/guide/guide-view';

const VIEW: GuideView = {
  pageId: 'ap-manage-cards',
  plan: { step: 'link-card', control: 'linkCard', say: 'do_linkCard', why: null, errors: [] },
  title: 'Link your card on AliPay',
  say: 'Press “Link card”.',
  tips: ['Virtual cards do not work.'],
  source: 'Store support pack',
  target: null,
  callout: { placement: 'corner', box: { top: 0, left: 0, width: 300, height: 200 } },
  search: 'none',
  controlName: null,
  reported: false,
  announcement: '',
};

function render(view: GuideView) {
  const root = document.createElement('div');
  document.body.append(root);
  const actions = { hide() {}, turnOff() {}, reportDifferent() {} };
  createGuideOverlay(root, actions).render(view);
  return root;
}

describe('guide callout: the source line', () => {
  it('names the pack under its texts', () => {
    const source = render(VIEW).querySelector('[data-agc-hint] p.source[data-agc-source]');
    expect(source?.textContent).toBe('From: Store support pack');
  });

  it('is absent when every text is built in', () => {
    expect(
      render({ ...VIEW, tips: [], source: null }).querySelector('[data-agc-source]'),
    ).toBeNull();
  });
});
