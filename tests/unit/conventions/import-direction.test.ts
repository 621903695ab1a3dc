/**
 * Imports only point down the layers (issue #13): shared code never reaches up
 * into the code that uses it, and the test programs share one harness instead
 * of importing each other sideways. Read from the sources with a regex, so
 * it is cheap and needs no build; a violation names every file and import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results', 'coverage']);
/** WXT's aliases; this project's source folder is its root. */
const ALIASES = ['@/', '~/', '@@/', '~~/'];

interface Edge {
  /** The importing file, relative to the repo root, with `/` separators. */
  from: string;
  /** The specifier as written. */
  spec: string;
  /** What it points at, relative to the repo root (without an extension). */
  to: string;
}

/** A rule: no file under `from` may import anything under one of `never`. */
interface Rule {
  from: string;
  never: string[];
}

function sourceFiles(dir = ROOT): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(full));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(full);
  }
  return files;
}

/** `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`. */
const IMPORT_PATTERNS = [
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function specifiers(source: string): string[] {
  return IMPORT_PATTERNS.flatMap((re) => Array.from(source.matchAll(re), (m) => m[1]!));
}

/** Where a specifier points, relative to the root; null for a package. */
function resolveSpecifier(from: string, spec: string): string | null {
  const alias = ALIASES.find((a) => spec.startsWith(a));
  if (alias) return path.posix.normalize(spec.slice(alias.length));
  if (!spec.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
}

function scan(): Edge[] {
  return sourceFiles().flatMap((file) => {
    const from = path.relative(ROOT, file).split(path.sep).join('/');
    return specifiers(readFileSync(file, 'utf8')).flatMap((spec) => {
      const to = resolveSpecifier(from, spec);
      return to === null ? [] : [{ from, spec, to }];
    });
  });
}

const under = (file: string, dir: string) => file === dir || file.startsWith(`${dir}/`);

/** The edges that break any of `rules`, as "file → import" lines. */
function violations(edges: readonly Edge[], rules: readonly Rule[]): string[] {
  return edges
    .filter((e) => rules.some((r) => under(e.from, r.from) && r.never.some((n) => under(e.to, n))))
    .map((e) => `${e.from} → ${e.spec}`);
}

const RULES = {
  utilsBelowUi: [{ from: 'utils', never: ['components', 'entrypoints'] }],
  productWithoutTests: ['entrypoints', 'components', 'utils'].map((from) => ({
    from,
    never: ['tests'],
  })),
  specsAndToolsApart: [
    { from: 'tests/e2e', never: ['tests/tools', 'tests/package'] },
    { from: 'tests/package', never: ['tests/tools', 'tests/e2e'] },
    { from: 'tests/tools', never: ['tests/e2e', 'tests/package'] },
  ],
  harnessBelowItsUsers: [
    { from: 'tests/harness', never: ['tests/e2e', 'tests/package', 'tests/tools'] },
  ],
} satisfies Record<string, Rule[]>;

const EDGES = scan();

describe('import direction', () => {
  it('utils/ never imports components/ or entrypoints/', () => {
    expect(violations(EDGES, RULES.utilsBelowUi), 'shared code importing UI or wiring').toEqual([]);
  });

  it('entrypoints/, components/ and utils/ never import tests/', () => {
    expect(violations(EDGES, RULES.productWithoutTests), 'shipped code importing tests').toEqual(
      [],
    );
  });

  it('tests/e2e, tests/package and tests/tools never import each other (all use tests/harness)', () => {
    expect(
      violations(EDGES, RULES.specsAndToolsApart),
      'specs and tools importing sideways',
    ).toEqual([]);
  });

  it('tests/harness never imports tests/e2e, tests/package or tests/tools', () => {
    expect(violations(EDGES, RULES.harnessBelowItsUsers), 'harness importing its users').toEqual(
      [],
    );
  });
});

describe('the import scanner itself', () => {
  it('finds the imports of the whole repo, through relative paths and the @/ alias', () => {
    expect(EDGES.length).toBeGreaterThan(300);
    const from = (dir: string) => EDGES.filter((e) => under(e.from, dir));
    for (const dir of [
      'entrypoints',
      'components',
      'utils',
      'tests/e2e',
      'tests/package',
      'tests/tools',
    ]) {
      expect(from(dir).length, dir).toBeGreaterThan(5);
    }
    expect(EDGES.some((e) => e.spec.startsWith('@/'))).toBe(true);
    expect(EDGES).toContainEqual({
      from: 'tests/e2e/global-setup.ts',
      spec: '../harness/check-browsers',
      to: 'tests/harness/check-browsers',
    });
  });

  it('reads every form of import', () => {
    const source = [
      "import { a } from './a';",
      "import type {\n  B,\n  C,\n} from '../b';",
      "export * from '@/utils/c';",
      "export { d } from './d';",
      "import './side-effect';",
      "const e = await import('./e');",
      "import puppeteer from 'puppeteer';",
      "const text = 'not an import from here';",
    ].join('\n');
    expect(specifiers(source).sort()).toEqual(
      ['./a', '../b', '@/utils/c', './d', './side-effect', './e', 'puppeteer'].sort(),
    );
  });

  it('resolves relative paths and aliases from the root, and skips packages', () => {
    expect(resolveSpecifier('tests/e2e/x.test.ts', '../harness/wait')).toBe('tests/harness/wait');
    expect(resolveSpecifier('utils/flow/steps.ts', '../../components/a')).toBe('components/a');
    expect(resolveSpecifier('tests/unit/a.test.ts', '@/utils/flow/steps')).toBe('utils/flow/steps');
    expect(resolveSpecifier('utils/a.ts', 'puppeteer')).toBeNull();
    expect(resolveSpecifier('utils/a.ts', '@preact/signals')).toBeNull();
  });

  it('reports a bad edge and lets good ones through', () => {
    const edge = (from: string, to: string): Edge => ({ from, spec: `./${to}`, to });
    const edges = [
      edge('tests/e2e/a.test.ts', 'tests/tools/guide/x'),
      edge('tests/e2e/b.test.ts', 'tests/harness/wait'),
      edge('tests/e2e-extra/c.ts', 'tests/tools/y'),
      edge('tests/tools/start.ts', 'tests/e2e/support/z'),
      edge('tests/harness/w.ts', 'tests/e2e/q'),
      edge('utils/flow/s.ts', 'components/popup/p'),
      edge('utils/flow/t.ts', 'utils/detect/u'),
      edge('components/c.tsx', 'tests/unit/helper'),
    ];
    expect(violations(edges, RULES.specsAndToolsApart)).toEqual([
      'tests/e2e/a.test.ts → ./tests/tools/guide/x',
      'tests/tools/start.ts → ./tests/e2e/support/z',
    ]);
    expect(violations(edges, RULES.harnessBelowItsUsers)).toEqual([
      'tests/harness/w.ts → ./tests/e2e/q',
    ]);
    expect(violations(edges, RULES.utilsBelowUi)).toEqual([
      'utils/flow/s.ts → ./components/popup/p',
    ]);
    expect(violations(edges, RULES.productWithoutTests)).toEqual([
      'components/c.tsx → ./tests/unit/helper',
    ]);
  });
});
