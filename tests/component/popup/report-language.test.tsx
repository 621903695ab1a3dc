// @vitest-environment happy-dom
/**
 * The support report names the language the shopper reads. After a change of
 * language, the report made before it is not shown, nor can it be copied,
 * until the report is read again: what support receives stays true.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { CopyReport } from '@/components/report/copy-report';
import { SAMPLE_REPORT } from '@/tests/unit/options/fake-options-deps';
import { holdIdleCallbacks } from '../hold-idle';
import { mount, settle } from '../render';

describe('the support report across a change of language', () => {
  it('shows and copies nothing from before the change, then the report read after it', async () => {
    const runIdle = holdIdleCallbacks();
    let language = 'en-US';
    const source = {
      load: vi.fn(async () => ({ ...SAMPLE_REPORT, language })),
      copy: vi.fn(async () => {}),
    };
    const tree = (setting: string) => <CopyReport source={source} language={setting} />;
    const container = mount(tree('auto'));
    const show = (setting: string) => act(() => render(tree(setting), container));
    const state = () => container.querySelector<HTMLElement>('[data-report]')!.dataset.report;
    const json = () => container.querySelector('[data-report-json]')!.textContent ?? '';
    const copyJson = () =>
      container.querySelector<HTMLButtonElement>('[data-action="copy-report-json"]')!;

    runIdle();
    await settle();
    expect(state()).toBe('ready');
    expect(JSON.parse(json()).language).toBe('en-US');

    language = 'es';
    // As a browser does: the new language's render is on screen (and readable by a page's
    // test or a copy) before any effect runs; it must not show the old report in new words.
    render(tree('es'), container);
    expect(state()).toBe('loading');
    expect(json()).toBe('');
    show('es');
    expect(state()).toBe('loading');
    expect(json()).toBe('');
    expect(copyJson().disabled).toBe(true);

    runIdle();
    await settle();
    expect(state()).toBe('ready');
    expect(JSON.parse(json()).language).toBe('es');
    expect(copyJson().disabled).toBe(false);
  });
});
