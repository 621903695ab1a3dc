/**
 * A private copy of `.output/`, taken once at the start of a run. Others may
 * rebuild `.output/` while the benchmark runs; a browser whose unpacked
 * extension changes under it starts failing (popup.html not found), and the
 * sizes and timings would describe different builds. Everything in one run
 * measures this copy. (The copy's Chrome build also gets one control page,
 * after the sizes are the same: sizes are measured per entry, not per folder.)
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'puppeteer';
import {
  launchChromiumWithExtension,
  openExtensionPage,
  type ExtensionBrowser,
} from '../../harness/extension';
import { BUILDS, OUTPUT_DIR } from '../../harness/bundle/bundle-size';

/** Added to the copy only: an extension page with no script, the popup's control. */
export const CONTROL_PAGE = 'bench-control.html';
const CONTROL_HTML =
  '<!doctype html><html><head><meta charset="utf-8"><title>control</title></head><body><p>control</p></body></html>';

export interface BuildSnapshot {
  /** Holds `chrome-mv3/` and `firefox-mv2/`, like `.output/`. */
  outputDir: string;
  chromeDir: string;
  dispose(): void;
}

export function snapshotBuild(from = OUTPUT_DIR): BuildSnapshot {
  const outputDir = mkdtempSync(path.join(tmpdir(), 'agc-bench-build-'));
  for (const build of BUILDS) {
    if (!existsSync(path.join(from, build, 'manifest.json'))) {
      rmSync(outputDir, { recursive: true, force: true });
      throw new Error(`No build at ${path.join(from, build)}: run "npm run build" first.`);
    }
    cpSync(path.join(from, build), path.join(outputDir, build), { recursive: true });
  }
  writeFileSync(path.join(outputDir, 'chrome-mv3', CONTROL_PAGE), CONTROL_HTML);
  return {
    outputDir,
    chromeDir: path.join(outputDir, 'chrome-mv3'),
    dispose: () => rmSync(outputDir, { recursive: true, force: true }),
  };
}

/** Chromium with the snapshot's extension, in the shape the e2e helpers (PopupPage, stopServiceWorker) take. */
export function launchSnapshot(snapshot: BuildSnapshot): Promise<ExtensionBrowser> {
  return launchChromiumWithExtension({ build: snapshot.chromeDir });
}

/**
 * The snapshot's extension, set up first from its options page (settings,
 * progress) through its own protocol, as a shopper's would be; closed again if
 * `configure` throws.
 */
export async function launchSnapshotWith(
  snapshot: BuildSnapshot,
  configure: (optionsPage: Page) => Promise<void>,
): Promise<ExtensionBrowser> {
  const ext = await launchSnapshot(snapshot);
  try {
    const page = await openExtensionPage(ext, 'options.html', 'body');
    await configure(page);
    await page.close();
    return ext;
  } catch (error) {
    await ext.close();
    throw error;
  }
}
