import { describe, expect, it } from 'vitest';
import { jsonPath } from '@/utils/data-file/json-path';

describe('jsonPath', () => {
  it.each<[PropertyKey[], string]>([
    [[], '$'],
    [['steps', 'verify-email', 'es', 'todo'], '$.steps["verify-email"].es.todo'],
    [['steps', 'sync', 'en', 'tips', 0], '$.steps.sync.en.tips[0]'],
    [['labels', 'linkCard', 'pt-BR'], '$.labels.linkCard["pt-BR"]'],
    [['a"b]', '1x', ''], '$["a\\"b]"]["1x"][""]'],
    [['__proto__'], '$.__proto__'],
  ])('%j → %s', (path, expected) => {
    expect(jsonPath(path)).toBe(expected);
  });
});
