// @vitest-environment happy-dom
/**
 * Issue #11: the support report loads its own code and reads every store. The
 * popup leaves that to idle time, so its first frames only draw the checklist;
 * the report is still ready moments later.
 */
import { describe, expect, it, vi } from 'vitest';
import { holdIdleCallbacks } from '../hold-idle';
import { fakePopupDeps } from './fake-popup-deps';
import { mountPopup } from './mount-popup';

describe('popup: the support report', () => {
  it('is read once the popup is idle, not with its first render', async () => {
    const runIdle = holdIdleCallbacks();
    const { deps } = fakePopupDeps();
    const { $ } = await mountPopup(deps);

    expect($('[data-step="sync"]')).not.toBeNull();
    expect(deps.reportSource.load).not.toHaveBeenCalled();
    expect($('[data-report]')!.dataset.report).toBe('loading');

    runIdle();
    await vi.waitFor(() => expect($('[data-report]')!.dataset.report).toBe('ready'));
    expect(deps.reportSource.load).toHaveBeenCalledTimes(1);
  });
});
