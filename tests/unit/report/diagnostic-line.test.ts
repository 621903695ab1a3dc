import { describe, expect, it } from 'vitest';
import { diagnosticLine, ENGLISH_DIAGNOSTIC_LABELS } from '@/utils/report/diagnostic-line';
import { NOTE_FIELDS } from '../diagnostic-fixture';

const note = { at: '2026-11-25T10:15:42.000Z', ...NOTE_FIELDS };

describe('diagnosticLine', () => {
  it('writes ids only, with the words around them', () => {
    expect(diagnosticLine(note, ENGLISH_DIAGNOSTIC_LABELS)).toBe(
      '2026-11-25 10:15 UTC · alipay/ap-connect · step sync · expected connect · missing: connect · found: connectHeading',
    );
  });

  it('leaves out what the note does not have', () => {
    const bare = { ...note, pageId: null, step: null, expected: null, found: [], missing: [] };
    expect(diagnosticLine(bare, ENGLISH_DIAGNOSTIC_LABELS)).toBe('2026-11-25 10:15 UTC · alipay/?');
  });

  it('takes the reader’s words', () => {
    const spanish = { step: 'paso', expected: 'buscaba', missing: 'falta', found: 'encontrado' };
    expect(diagnosticLine(note, spanish)).toContain('paso sync · buscaba connect · falta: connect');
  });
});
