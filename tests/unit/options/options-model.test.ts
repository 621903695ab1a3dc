import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createOptionsModel } from '@/entrypoints/options/options-model';
import { exportPack } from '@/utils/packs/export-pack';
import { fakeOptionsDeps, pack, SAMPLE_REPORT } from './fake-options-deps';

const shipped = (name: string) =>
  readFileSync(new URL(`../../../public/packs/${name}`, import.meta.url), 'utf8');

const flush = () => new Promise((r) => setTimeout(r, 0));

async function loaded(fake = fakeOptionsDeps()) {
  const model = createOptionsModel(fake.deps);
  await model.load();
  // From here on, `calls` holds what the test's own actions did.
  fake.calls.length = 0;
  return { model, ...fake };
}

describe('options model: loading', () => {
  it('is ready once packs and settings are read, in the chosen language', async () => {
    const fake = fakeOptionsDeps([{ pack: pack('old'), active: true }]);
    const model = createOptionsModel(fake.deps);
    expect(model.ready.value).toBe(false);
    await model.load();
    expect(model.ready.value).toBe(true);
    expect(model.packs.value?.map((p) => p.id)).toEqual(['old']);
    expect(model.activePack.value?.id).toBe('old');
    expect(fake.deps.applyLanguage).toHaveBeenCalledWith({ guideEnabled: true, language: 'auto' });
  });

  it('re-reads when something changed elsewhere', async () => {
    const fake = fakeOptionsDeps();
    const model = createOptionsModel(fake.deps);
    const stop = model.start();
    await flush();
    expect(model.packs.value).toEqual([]);
    fake.stored.set('new', { pack: pack('new'), active: true });
    fake.changeElsewhere();
    await flush();
    expect(model.activePack.value?.id).toBe('new');
    stop();
  });

  it('shows a load error rather than nothing when the store cannot be read', async () => {
    const fake = fakeOptionsDeps();
    fake.deps.listPacks.mockRejectedValueOnce(new Error('blocked'));
    const model = createOptionsModel(fake.deps);
    await model.load();
    expect(model.loadError.value).toBe(true);
    expect(model.ready.value).toBe(false);
  });
});

describe('options model: checking a pack', () => {
  it.each([
    [
      'a hostile key',
      '{"format":"alipay-card-guide-pack","formatVersion":1,"__proto__":{"x":1}}',
      '$.__proto__',
    ],
    [
      'an unknown format version',
      JSON.stringify({ ...pack('future'), formatVersion: 2 }),
      '$.formatVersion',
    ],
    [
      'a wrong shape',
      JSON.stringify({ ...pack('bad'), labels: { linkCard: { en: 5 } } }),
      '$.labels.linkCard.en',
    ],
    ['text that is not JSON', 'not json', '$'],
  ])(
    'rejects %s with located errors, stores nothing, keeps the active pack',
    async (_what, text, path) => {
      const { model, deps, calls } = await loaded(
        fakeOptionsDeps([{ pack: pack('old'), active: true }]),
      );
      model.pasted.value = text;
      model.checkPasted();
      expect(model.candidate.value).toBeNull();
      expect(model.packErrors.value.length).toBeGreaterThan(0);
      for (const e of model.packErrors.value) expect(e.path.startsWith('$')).toBe(true);
      expect(model.packErrors.value.map((e) => e.path)).toContain(path);
      // Nothing to activate: the button's action does nothing.
      await model.activateCandidate();
      expect(deps.savePack).not.toHaveBeenCalled();
      expect(calls).toEqual([]);
      expect(model.activePack.value?.id).toBe('old');
    },
  );

  it('rejects a file over the size limit without reading it', async () => {
    const { model } = await loaded();
    let read = false;
    await model.checkPackFile({
      size: 65 * 1024 + 1,
      text: async () => {
        read = true;
        return '';
      },
    });
    expect(read).toBe(false);
    expect(model.packErrors.value).toEqual([
      expect.objectContaining({
        path: '$',
        message: expect.stringMatching(/too large .* at most 64 KB/),
      }),
    ]);
  });

  it('previews a good pack against the active one, then activates: save, then packsChanged', async () => {
    const { model, deps, calls } = await loaded(
      fakeOptionsDeps([{ pack: pack('old'), active: true }]),
    );
    await model.checkPackFile({ size: 300, text: async () => shipped('relabel-link-card.json') });
    expect(model.packErrors.value).toEqual([]);
    const candidate = model.candidate.value;
    expect(candidate?.pack.id).toBe('relabel-link-card');
    expect(candidate?.changes).toEqual([
      { kind: 'label', key: 'linkCard', locale: 'en', before: 'Link card', after: 'Add card' },
      {
        kind: 'label',
        key: 'linkCard',
        locale: 'es',
        before: 'Vincular tarjeta',
        after: 'Añadir tarjeta',
      },
    ]);
    expect(candidate?.replaces).toBeNull();
    // Checking stores nothing.
    expect(deps.savePack).not.toHaveBeenCalled();

    await model.activateCandidate();
    expect(calls).toEqual(['save relabel-link-card', 'packsChanged']);
    const [saved, json, activate] = deps.savePack.mock.calls[0]!;
    expect(saved.id).toBe('relabel-link-card');
    expect(json).toBe(exportPack(saved));
    expect(activate).toBe(true);
    expect(model.candidate.value).toBeNull();
    expect(model.activePack.value?.id).toBe('relabel-link-card');
    expect(model.packs.value?.find((p) => p.id === 'old')?.active).toBe(false);
    expect(model.message.value).toEqual({
      tone: 'status',
      key: 'msgPackActivated',
      args: ['Link card is now Add card'],
    });
  });

  it('says when a checked pack replaces a stored one, and that it changes nothing if identical', async () => {
    const relabel = JSON.parse(shipped('relabel-link-card.json'));
    const { model } = await loaded(fakeOptionsDeps([{ pack: relabel, active: true }]));
    model.checkPackText(shipped('relabel-link-card.json'));
    expect(model.candidate.value?.replaces?.id).toBe('relabel-link-card');
    expect(model.candidate.value?.changes).toEqual([]);
  });

  it('a bad pack checked after a good one clears the preview', async () => {
    const { model } = await loaded();
    model.checkPackText(shipped('relabel-link-card.json'));
    expect(model.candidate.value).not.toBeNull();
    model.checkPackText('{}');
    expect(model.candidate.value).toBeNull();
    expect(model.packErrors.value[0]?.path).toBe('$.format');
    model.cancelCandidate();
    expect(model.packErrors.value).toEqual([]);
  });

  it('keeps the preview and says so when saving fails', async () => {
    const { model, deps } = await loaded();
    deps.savePack.mockRejectedValueOnce(new Error('quota'));
    model.checkPackText(shipped('relabel-link-card.json'));
    await model.activateCandidate();
    expect(deps.packsChanged).not.toHaveBeenCalled();
    expect(model.message.value?.key).toBe('msgPackFailed');
    expect(model.candidate.value).not.toBeNull();
    expect(model.busy.value).toBe(false);
  });

  it('says so when the tabs could not be told', async () => {
    const { model, deps } = await loaded();
    deps.packsChanged.mockRejectedValueOnce(new Error('no worker'));
    model.checkPackText(shipped('relabel-link-card.json'));
    await model.activateCandidate();
    expect(model.message.value?.key).toBe('msgTabsNotUpdated');
    expect(model.activePack.value?.id).toBe('relabel-link-card');
  });
});

describe('options model: stored packs', () => {
  const two = () =>
    fakeOptionsDeps([
      { pack: pack('first'), active: true },
      { pack: pack('second', { version: '2.1.0' }), active: false },
    ]);

  it('activates one (the other goes off) and deactivates it, telling the tabs each time', async () => {
    const { model, calls } = await loaded(two());
    await model.activate('second');
    expect(model.activePack.value?.id).toBe('second');
    await model.deactivate('second');
    expect(model.activePack.value).toBeNull();
    expect(calls).toEqual(['activate second', 'packsChanged', 'deactivate second', 'packsChanged']);
    expect(model.message.value).toEqual({
      tone: 'status',
      key: 'msgPackDeactivated',
      args: ['Pack second'],
    });
  });

  it('removes only after confirmation', async () => {
    const { model, deps, calls } = await loaded(two());
    model.askRemove('first');
    expect(model.confirmingRemove.value).toBe('first');
    model.cancelRemove();
    expect(deps.removePack).not.toHaveBeenCalled();
    model.askRemove('first');
    await model.confirmRemove();
    expect(calls).toEqual(['remove first', 'packsChanged']);
    expect(model.packs.value?.map((p) => p.id)).toEqual(['second']);
    expect(model.confirmingRemove.value).toBeNull();
  });

  it('exports a stored pack as canonical JSON, named by id and version', async () => {
    const { model, deps } = await loaded(two());
    model.exportPack('second');
    expect(deps.download).toHaveBeenCalledWith(
      'second-2.1.0.json',
      exportPack(pack('second', { version: '2.1.0' })),
    );
    model.exportPack('missing');
    expect(deps.download).toHaveBeenCalledOnce();
  });
});

describe('options model: language', () => {
  it('saves the setting, then applies it to the page', async () => {
    const { model, calls } = await loaded();
    await model.setLanguage('es');
    expect(calls).toEqual(['updateSettings {"language":"es"}', 'applyLanguage es']);
    expect(model.settings.value?.language).toBe('es');
  });

  it('keeps the old setting shown when saving fails', async () => {
    const { model, deps } = await loaded();
    deps.updateSettings.mockRejectedValueOnce(new Error('no worker'));
    await model.setLanguage('es');
    expect(model.settings.value?.language).toBe('auto');
    expect(model.message.value?.key).toBe('msgSettingFailed');
  });
});

describe("options model: a shopper's report", () => {
  it('opens a good report read-only', async () => {
    const { model } = await loaded();
    model.reportPasted.value = JSON.stringify(SAMPLE_REPORT);
    model.openPastedReport();
    expect(model.reportErrors.value).toEqual([]);
    expect(model.shopperReport.value).toEqual(SAMPLE_REPORT);
    model.closeReport();
    expect(model.shopperReport.value).toBeNull();
  });

  it('rejects a report that carries anything else, with located errors', async () => {
    const { model } = await loaded();
    model.openReportText(JSON.stringify({ ...SAMPLE_REPORT, email: 'juan@example.com' }));
    expect(model.shopperReport.value).toBeNull();
    expect(model.reportErrors.value.map((e) => e.path)).toEqual(['$.email']);
    await model.openReportFile({ size: 300, text: async () => '{"format":"something-else"}' });
    expect(model.reportErrors.value.map((e) => e.path)).toEqual(['$.format']);
  });

  it('leaves the pack state alone', async () => {
    const { model, calls } = await loaded();
    model.openReportText(JSON.stringify(SAMPLE_REPORT));
    expect(calls).toEqual([]);
  });
});
