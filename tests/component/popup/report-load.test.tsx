// @vitest-environment happy-dom
/**
 * Issue #11: the support report loads its own code and reads every store. The
 * popup leaves that to idle time, so its first frames only draw the checklist;
 * the report is still ready moments later.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { unmountAll } from '../render';
import { fakePopupDeps } from './fake-popup-deps';
import { mountPopup } from './mount-popup';

afterEach(() => {
  // Unmounted while the idle stubs are still there: unmounting cancels the idle load.
  unmountAll();
  vi.unstubAllGlobals();
});

describe('popup: the support report', () => {
  it('is read once the popup is idle, not with its first render', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    const { deps } = fakePopupDeps();
    const { $ } = await mountPopup(deps);

    expect($('[data-step="sync"]')).not.toBeNull();
    expect(deps.reportSource.load).not.toHaveBeenCalled();
    expect($('[data-report]')!.dataset.report).toBe('loading');

    for (const run of idle.splice(0)) run();
    await vi.waitFor(() => expect($('[data-report]')!.dataset.report).toBe('ready'));
    expect(deps.reportSource.load).toHaveBeenCalledTimes(1);
  });
});
