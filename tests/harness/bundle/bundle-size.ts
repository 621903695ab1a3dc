/**
 * Gzip size of each built entry (content script, background, popup) per build.
 * Deterministic: reads only `.output/`, so the bundle-budget test shares it.
 * Entries are found through each build's manifest.json, and an entry's size
 * includes every file it loads up front (static imports, the popup's HTML,
 * scripts and stylesheets), each gzipped on its own as the browser reads it.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundleEntry } from './budgets';

export const OUTPUT_DIR = path.resolve(import.meta.dirname, '../../../.output');
export const BUILDS = ['chrome-mv3', 'firefox-mv2'] as const;
export type BuildName = (typeof BUILDS)[number];

export interface EntrySize {
  build: BuildName;
  entry: BundleEntry;
  /** Paths relative to the build folder. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[]; page?: string };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
}

export function gzipBytes(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** `/chunks/a.js` and `./a.js` alike, relative to the build folder. */
function resolveRef(buildDir: string, fromFile: string, ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return null; // http:, data:, chrome-extension:
  const abs = ref.startsWith('/')
    ? path.join(buildDir, ref)
    : path.resolve(path.dirname(path.join(buildDir, fromFile)), ref);
  return path.relative(buildDir, abs).split(path.sep).join('/');
}

/** Files a file loads before it runs: HTML script/link references, JS static imports. */
function staticRefs(buildDir: string, file: string): string[] {
  const text = readFileSync(path.join(buildDir, file), 'utf8');
  const pattern = file.endsWith('.html')
    ? /<(?:script|link)\b[^>]*?\b(?:src|href)=["']([^"']+)["']/g
    : /(?:\bimport\s*|\bfrom\s*)["']([^"']+\.(?:js|mjs|css))["']/g;
  return [...text.matchAll(pattern)]
    .map((m) => resolveRef(buildDir, file, m[1]!))
    .filter((f): f is string => f !== null && /\.(html|m?js|css)$/.test(f));
}

/** The entry files and everything they pull in, in load order, without repeats. */
export function closure(buildDir: string, roots: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    if (!existsSync(path.join(buildDir, file)))
      throw new Error(`${file} is referenced but missing in ${buildDir}`);
    seen.add(file);
    if (!file.endsWith('.css')) staticRefs(buildDir, file).forEach(visit);
  };
  roots.forEach(visit);
  return [...seen];
}

export function entryRoots(buildDir: string): Record<BundleEntry, string[]> {
  const manifestPath = path.join(buildDir, 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`No build at ${buildDir}: run "npm run build" first.`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const strip = (f: string) => f.replace(/^\//, '');
  const bg = manifest.background;
  const popup = manifest.action?.default_popup ?? manifest.browser_action?.default_popup;
  return {
    content: (manifest.content_scripts ?? [])
      .flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])])
      .map(strip),
    background: (bg?.service_worker
      ? [bg.service_worker]
      : bg?.page
        ? [bg.page]
        : (bg?.scripts ?? [])
    ).map(strip),
    popup: popup ? [strip(popup)] : [],
  };
}

export function measureBuild(build: BuildName, outputDir = OUTPUT_DIR): EntrySize[] {
  const buildDir = path.join(outputDir, build);
  const roots = entryRoots(buildDir);
  return (Object.keys(roots) as BundleEntry[]).map((entry) => {
    const files = closure(buildDir, roots[entry]);
    if (files.length === 0) throw new Error(`${build}: the manifest names no ${entry} entry`);
    const contents = files.map((f) => readFileSync(path.join(buildDir, f)));
    return {
      build,
      entry,
      files,
      rawBytes: contents.reduce((sum, c) => sum + c.length, 0),
      gzipBytes: contents.reduce((sum, c) => sum + gzipBytes(c), 0),
    };
  });
}

export function measureBundles(outputDir = OUTPUT_DIR): EntrySize[] {
  return BUILDS.flatMap((build) => measureBuild(build, outputDir));
}
