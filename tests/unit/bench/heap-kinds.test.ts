import { describe, expect, it } from 'vitest';
import { heapByKind, kindOf, type HeapSnapshotJson } from '../../tools/bench/heap-kinds';

/** A snapshot in V8's layout: flat node fields, types and names by index. */
function snapshotOf(nodes: [type: string, name: string, size: number][]): HeapSnapshotJson {
  const types = ['hidden', 'array', 'string', 'object', 'code', 'closure', 'regexp', 'number'];
  types.push('native', 'synthetic', 'concatenated string', 'sliced string', 'object shape');
  const strings: string[] = [];
  const at = (s: string) => (strings.includes(s) ? strings.indexOf(s) : strings.push(s) - 1);
  return {
    snapshot: {
      meta: {
        node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'],
        node_types: [types, 'string', 'number', 'number', 'number'],
      },
    },
    nodes: nodes.flatMap(([type, name, size], id) => [types.indexOf(type), at(name), id, size, 0]),
    strings,
  };
}

describe('heap by kind', () => {
  it('sorts V8 objects into code, bindings, strings and the rest', () => {
    expect(kindOf('code', 'system / BytecodeArray')).toBe('compiled code');
    expect(kindOf('native', 'system / IrRegExpData')).toBe('compiled code');
    expect(kindOf('native', 'system / FunctionTemplateInfo')).toBe(
      'DOM bindings and object shapes',
    );
    expect(kindOf('object shape', 'system / DescriptorArray')).toBe(
      'DOM bindings and object shapes',
    );
    expect(kindOf('concatenated string', 'Card linked')).toBe('strings');
    expect(kindOf('closure', 'scan')).toBe('other JS objects');
    expect(kindOf('native', 'system / NativeContext')).toBe('other JS objects');
  });

  it('leaves out what JSHeapUsedSize leaves out: Blink objects and external string data', () => {
    expect(kindOf('native', 'blink::LayoutBlockFlow')).toBeNull();
    expect(kindOf('native', 'HTMLDivElement')).toBeNull();
    expect(kindOf('native', 'system / ExternalStringData')).toBeNull();
    expect(kindOf('synthetic', '(GC roots)')).toBeNull();
  });

  it('sums self sizes per kind and in all', () => {
    const sums = heapByKind(
      snapshotOf([
        ['synthetic', '(GC roots)', 0],
        ['code', 'system / InstructionStream', 8000],
        ['code', 'system / BytecodeArray', 2000],
        ['native', 'system / AccessorPair', 300],
        ['string', 'Link card', 40],
        ['sliced string', 'Card', 20],
        ['object', 'Object', 100],
        ['native', 'blink::ComputedStyle', 5000],
        ['native', 'system / ExternalStringData', 45000],
      ]),
    );
    expect(sums).toEqual({
      'compiled code': 10000,
      'DOM bindings and object shapes': 300,
      strings: 60,
      'other JS objects': 100,
      all: 10460,
    });
  });

  it('refuses a snapshot whose nodes it cannot read', () => {
    const broken = snapshotOf([['object', 'Object', 1]]);
    broken.snapshot.meta.node_fields = ['name', 'id'];
    expect(() => heapByKind(broken)).toThrow(/type, name or self_size/);
    broken.snapshot.meta.node_types = ['number'];
    expect(() => heapByKind(broken)).toThrow(/node types/);
  });
});
