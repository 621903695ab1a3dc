/**
 * The benchmark's output: one table row per figure, with its target and
 * PASS / MISS, printed as Markdown (readable in a terminal, pasteable into the
 * README), and everything, raw samples included, as JSON.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export type Status = 'PASS' | 'MISS' | '';

export interface Row {
  section: string;
  metric: string;
  value: string;
  target: string;
  status: Status;
  runs: string;
}

/** PASS when `ok`, MISS when not; rows without a verdict (no target, or a control) carry no status. */
export function row(
  section: string,
  metric: string,
  value: string,
  runs: string,
  target?: { text: string; ok?: boolean },
): Row {
  return {
    section,
    metric,
    value,
    runs,
    target: target?.text ?? '',
    status: target?.ok === undefined ? '' : target.ok ? 'PASS' : 'MISS',
  };
}

const COLUMNS: [keyof Row, string][] = [
  ['section', 'Area'],
  ['metric', 'Metric'],
  ['value', 'Value'],
  ['target', 'Target'],
  ['status', 'Result'],
  ['runs', 'Runs'],
];

export function markdownTable(rows: Row[]): string {
  const widths = COLUMNS.map(([key, title]) =>
    Math.max(title.length, ...rows.map((r) => r[key].length)),
  );
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [
    line(COLUMNS.map(([, title]) => title)),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(COLUMNS.map(([key]) => r[key]))),
  ].join('\n');
}

export function writeJson(file: string, data: unknown): string {
  const abs = path.resolve(file);
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(
    abs,
    `${JSON.stringify(data, (_, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v), 2)}\n`,
  );
  return abs;
}

export const ms = (v: number) => `${v.toFixed(1)} ms`;
export const times = (v: number) => (Number.isFinite(v) ? `×${v.toFixed(2)}` : '×∞');
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;
