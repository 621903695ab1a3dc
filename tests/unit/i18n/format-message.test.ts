import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import type { Catalogue } from '@/utils/i18n/catalogue';
import { formatMessage } from '@/utils/i18n/format-message';

const catalogue: Catalogue = {
  two: {
    message: '$WHEN$: expected “$WHAT$”',
    placeholders: { when: { content: '$1' }, what: { content: '$2' } },
  },
  plain: { message: 'costs $5' },
};

describe('formatMessage', () => {
  it('fills named placeholders from the substitutions, in order', () => {
    expect(formatMessage(catalogue, 'two', ['today', 'Save'])).toBe('today: expected “Save”');
    expect(formatMessage(en, 'stepOfTotal', ['3'])).toBe('Step 3 of 5');
  });

  it('leaves a substitution as written, even one that looks like a placeholder', () => {
    expect(formatMessage(catalogue, 'two', ['$2', '$&'])).toBe('$2: expected “$&”');
  });

  it('is undefined for a key the catalogue lacks, inherited ones included', () => {
    expect(formatMessage(catalogue, 'missing')).toBeUndefined();
    expect(formatMessage(catalogue, '__proto__')).toBeUndefined();
    expect(formatMessage(catalogue, 'toString')).toBeUndefined();
  });

  it('keeps a $n with no substitution', () => {
    expect(formatMessage(catalogue, 'plain')).toBe('costs $5');
  });
});
