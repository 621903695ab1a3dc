/**
 * Where a page's main-thread time goes, from a Chromium trace: exclusive
 * ("self") time by kind of work, so a forced layout inside a script counts as
 * layout, not twice. Comparing a load with the extension to one without shows
 * what the extension adds beyond its own script: style and layout for its
 * shadow root, paint, the isolated world's setup.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: {
    name?: string;
    data?: { url?: string; functionName?: string };
    beginData?: { url?: string };
  };
}

export const KINDS = [
  'script',
  'styleLayout',
  'paint',
  'parseHtml',
  'contextSetup',
  'gc',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];
export type Breakdown = Record<Kind | 'total', number>;

const KIND_OF: Record<string, Exclude<Kind, 'other'>> = {};
const kinds: Record<Exclude<Kind, 'other'>, string[]> = {
  script: [
    'EvaluateScript',
    'FunctionCall',
    'TimerFire',
    'FireAnimationFrame',
    'EventDispatch',
    'v8.compile',
    'v8.compileModule',
    'v8.evaluateModule',
    'RunMicrotasks',
    'v8.callFunction',
  ],
  styleLayout: ['UpdateLayoutTree', 'Layout', 'ParseAuthorStyleSheet', 'HitTest'],
  paint: ['PrePaint', 'Paint', 'PaintImage', 'Layerize', 'Commit', 'UpdateLayer'],
  parseHtml: ['ParseHTML'],
  contextSetup: [
    'LocalWindowProxy::Initialize',
    'ContextCreatedNotification',
    'InstallConditionalFeatures',
  ],
  gc: ['MinorGC', 'MajorGC'],
};
for (const [kind, names] of Object.entries(kinds))
  for (const n of names) KIND_OF[n] = kind as Exclude<Kind, 'other'>;

export function emptyBreakdown(): Breakdown {
  return {
    total: 0,
    script: 0,
    styleLayout: 0,
    paint: 0,
    parseHtml: 0,
    contextSetup: 0,
    gc: 0,
    other: 0,
  };
}

/** Self time by kind on the given threads (`pid:tid`), in ms; `total` is the sum of top-level tasks. */
export function mainThreadBreakdown(events: TraceEvent[], threads: Set<string>): Breakdown {
  const out = emptyBreakdown();
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !threads.has(thread) || (e.name !== 'RunTask' && !KIND_OF[e.name]))
      continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), e]);
  }
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const stack: { e: TraceEvent; children: number }[] = [];
    const close = (frame: { e: TraceEvent; children: number }) => {
      const kind = KIND_OF[frame.e.name];
      if (kind) out[kind] += Math.max(0, (frame.e.dur ?? 0) - frame.children) / 1000;
    };
    for (const e of list) {
      while (stack.length && stack.at(-1)!.e.ts + (stack.at(-1)!.e.dur ?? 0) <= e.ts)
        close(stack.pop()!);
      const parent = stack.at(-1);
      if (parent) parent.children += e.dur ?? 0;
      else if (e.name === 'RunTask') out.total += (e.dur ?? 0) / 1000;
      // A RunTask's own time is "other"; its children are classified below it.
      stack.push({ e, children: 0 });
    }
    while (stack.length) close(stack.pop()!);
  }
  out.other = Math.max(
    0,
    out.total - KINDS.filter((k) => k !== 'other').reduce((s, k) => s + out[k], 0),
  );
  return out;
}
