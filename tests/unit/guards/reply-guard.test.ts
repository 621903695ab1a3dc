import { describe, expect, it } from 'vitest';
import { emptyProgress } from '@/utils/flow/progress';
import {
  parseCatalogueReply,
  parseProgressOnlyReply,
  parseProgressReply,
  parseRulesReply,
  parseSettingsReply,
} from '@/utils/guards/reply-guard';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { DEFAULT_SETTINGS } from '@/utils/settings/settings';

const progress = emptyProgress();

describe('zod-free reply parsers', () => {
  it('return what a well-formed reply carries', () => {
    const state = { progress, settings: DEFAULT_SETTINGS, pack: null };
    expect(parseProgressReply(state)).toEqual(state);
    expect(parseProgressOnlyReply({ progress })).toEqual({ progress });
    expect(parseSettingsReply({ settings: DEFAULT_SETTINGS })).toEqual({
      settings: DEFAULT_SETTINGS,
    });
    const catalogue = { extName: { message: 'AliPay Card Guide' } };
    expect(parseCatalogueReply({ catalogue })).toEqual({ catalogue });
    const rules = { rules: DEFAULT_RULES, packKey: 'team@1' };
    expect(parseRulesReply(rules)).toEqual(rules);
  });

  it('throw on a malformed reply, as a zod parse would', () => {
    expect(() => parseProgressReply({ progress, settings: DEFAULT_SETTINGS })).toThrow(TypeError);
    expect(() => parseProgressOnlyReply(null)).toThrow(TypeError);
    expect(() => parseSettingsReply({ settings: { guideEnabled: 'yes' } })).toThrow(TypeError);
    expect(() => parseCatalogueReply({ catalogue: { extName: { text: 'x' } } })).toThrow(TypeError);
    expect(() => parseRulesReply({ rules: DEFAULT_RULES })).toThrow(TypeError);
    expect(() => parseRulesReply({ rules: { ...DEFAULT_RULES, version: 2 }, packKey: '' })).toThrow(
      TypeError,
    );
  });
});
