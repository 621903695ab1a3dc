/**
 * What a page's JS heap is made of (issue #10's heap target): the objects of a
 * V8 heap snapshot, summed by kind. Subtracting a page without the extension
 * says what the extension's added heap is: its compiled code, the DOM bindings
 * its world sets up for each interface it touches, its strings, its own
 * objects. Pure, so the snapshot format is checked by unit tests.
 */

/** Kinds in the JS heap, as JSHeapUsedSize counts it, in the order the bench prints them. */
export const HEAP_KINDS = [
  'compiled code',
  'DOM bindings and object shapes',
  'strings',
  'other JS objects',
] as const;
export type HeapKind = (typeof HEAP_KINDS)[number];

/** The parts of a `.heapsnapshot` this reads. */
export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
  strings: string[];
}

/**
 * V8's own objects that hold what a world knows about the DOM's interfaces
 * (templates, accessors, global property cells) rather than data: each
 * interface a content script touches first makes its world set these up.
 */
const BINDING =
  /^system \/ (\w*TemplateInfo|FunctionTemplateRareData|AccessorPair|AccessorInfo|PropertyCell|PropertyArray|ArrayList)$/;

/**
 * A node's kind, or null when it is not in the JS heap: Blink's C++ objects
 * (layout, style, DOM nodes) and the data of external strings (a script's
 * source) live outside it, and JSHeapUsedSize leaves them out too.
 */
export function kindOf(type: string, name: string): HeapKind | null {
  if (type === 'synthetic' || name === 'system / ExternalStringData') return null;
  if (type === 'native' && !name.startsWith('system / ')) return null;
  if (type === 'code' || name.startsWith('system / IrRegExpData')) return 'compiled code';
  if (type === 'object shape' || BINDING.test(name)) return 'DOM bindings and object shapes';
  if (type.endsWith('string')) return 'strings';
  return 'other JS objects';
}

/** Bytes per kind, and in all (JS heap only), of one snapshot. */
export function heapByKind(snapshot: HeapSnapshotJson): Record<HeapKind | 'all', number> {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  if (!Array.isArray(types)) throw new Error('heap snapshot: node types are not listed');
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  if (typeAt < 0 || nameAt < 0 || sizeAt < 0)
    throw new Error('heap snapshot: nodes lack a type, name or self_size');
  const sums: Record<HeapKind | 'all', number> = {
    'compiled code': 0,
    'DOM bindings and object shapes': 0,
    strings: 0,
    'other JS objects': 0,
    all: 0,
  };
  const { nodes, strings } = snapshot;
  for (let i = 0; i < nodes.length; i += fields.length) {
    const kind = kindOf(String(types[nodes[i + typeAt]!]), strings[nodes[i + nameAt]!] ?? '');
    if (!kind) continue;
    sums[kind] += nodes[i + sizeAt]!;
    sums.all += nodes[i + sizeAt]!;
  }
  return sums;
}
