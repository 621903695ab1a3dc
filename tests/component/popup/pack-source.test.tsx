// @vitest-environment happy-dom
/**
 * Issue #12: wherever the popup shows a guidance pack's words, it names the
 * pack they came from, and nowhere else.
 */
import { describe, expect, it } from 'vitest';
import type { Pack } from '@/utils/packs/pack-schema';

import { fakePopupDeps, supportPack } from './fake-popup-deps';
import { mountPopup } from './mount-popup';

const PACK = supportPack({
  sync: { en: { title: 'Connect the two accounts', tips: ['Use a computer.'] } },
  'link-card': { en: { tips: ['Virtual cards do not work.'] } },
});

async function openPopup(pack: Pack | null, language: 'en' | 'es' = 'en') {
  const fake = fakePopupDeps({ settings: { language } });
  return (await mountPopup({ ...fake.deps, loadActivePack: async () => pack })).app;
}

describe('popup: where a pack speaks, it is named', () => {
  it('under the next step, and beside the checklist titles it replaced', async () => {
    const app = await openPopup(PACK);
    const next = app.querySelector('[data-next="sync"]');
    expect(next?.textContent).toContain('Connect the two accounts');
    expect(next?.querySelector('[data-pack-source]')?.textContent).toBe('From: Store support pack');
    const sources = app.querySelectorAll('li[data-step] [data-pack-source]');
    expect(sources).toHaveLength(1);
    expect(sources[0]?.closest('li')?.dataset.step).toBe('sync');
  });

  it('in the popup language', async () => {
    const app = await openPopup(PACK, 'es');
    // The pack has no Spanish texts for sync, so its English ones are used and named.
    expect(app.querySelector('[data-next] [data-pack-source]')?.textContent).toBe(
      'Fuente: Store support pack',
    );
  });

  it('not for built-in texts: no pack, or a pack with nothing for the step', async () => {
    expect((await openPopup(null)).querySelector('[data-pack-source]')).toBeNull();
    const labelsOnly: Pack = {
      ...PACK,
      steps: undefined,
      labels: { linkCard: { en: 'Add card' } },
    };
    expect((await openPopup(labelsOnly)).querySelector('[data-pack-source]')).toBeNull();
  });
});
