/**
 * Issue #14: the extension has its own icons, made from one drawing. Both
 * built manifests name them and each file has the size it claims; the
 * committed PNGs are what `npm run icons` makes of
 * tests/tools/icons/icon-source.svg (so nobody edits one and forgets the
 * other); and the toolbar icon stands out on light and dark toolbars. Needs
 * `npm run build` first (test:package does it). PNGs are decoded here with zlib.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { inflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILDS, OUTPUT_DIR } from '../harness/bundle/bundle-size';

const ROOT = path.resolve(import.meta.dirname, '../..');
const APP_SIZES = ['16', '32', '48', '96', '128'];
const TOOLBAR_SIZES = ['16', '32'];
const COMMITTED = [
  ...APP_SIZES.map((s) => `icon/${s}.png`),
  ...TOOLBAR_SIZES.map((s) => `toolbar/${s}.png`),
];
/** Toolbar colours: Chrome light and Firefox light, Chrome dark and Firefox dark. */
const TOOLBARS = { '#ffffff': 'light', '#f9f9fb': 'light', '#202124': 'dark', '#2b2a33': 'dark' };
/** WCAG 2 non-text contrast (1.4.11) for a control's graphic. */
const MIN_CONTRAST = 3;

type Icons = Record<string, string>;
interface Manifest {
  icons?: Icons;
  action?: { default_icon?: Icons; default_popup?: string };
  browser_action?: { default_icon?: Icons; default_popup?: string };
}

const manifest = (build: string) =>
  JSON.parse(readFileSync(path.join(OUTPUT_DIR, build, 'manifest.json'), 'utf8')) as Manifest;

// --- PNG, just enough of it -------------------------------------------------

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, which always comes first. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!bytes.subarray(0, 8).equals(SIGNATURE) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG');
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  rgba: Uint8Array;
}

/** 8-bit RGB or RGBA, not interlaced: what Chromium's screenshots are. */
function decodePng(bytes: Buffer): Pixels {
  const { width, height } = pngSize(bytes);
  const [depth, colourType, , , interlace] = bytes.subarray(24, 29);
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0) {
    throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}`);
  }
  const idat: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    if (bytes.toString('latin1', at + 4, at + 8) === 'IDAT') {
      idat.push(bytes.subarray(at + 8, at + 8 + length));
    }
    at += length + 12;
  }
  const data = inflateSync(Buffer.concat(idat));
  const bpp = colourType === 6 ? 4 : 3;
  const stride = width * bpp;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const line = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? raw[y * stride + x - bpp]! : 0;
      const b = y > 0 ? raw[(y - 1) * stride + x]! : 0;
      const c = x >= bpp && y > 0 ? raw[(y - 1) * stride + x - bpp]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter];
      if (predictor === undefined) throw new Error(`bad PNG filter ${filter}`);
      raw[y * stride + x] = (line[x]! + predictor) & 0xff;
    }
  }
  if (bpp === 4) return { width, height, rgba: raw };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set(raw.subarray(i * 3, i * 3 + 3), i * 4);
    rgba[i * 4 + 3] = 255;
  }
  return { width, height, rgba };
}

// --- colour -----------------------------------------------------------------

type Rgb = [number, number, number];
const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const parseHex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;

function luminance([r, g, b]: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The most common fully opaque colour among the pixels `keep` accepts. */
function dominant({ width, height, rgba }: Pixels, keep: (x: number, y: number) => boolean): Rgb {
  const counts = new Map<string, number>();
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (rgba[i + 3] !== 255 || !keep(x, y)) continue;
      const key = hex([rgba[i]!, rgba[i + 1]!, rgba[i + 2]!]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!top) throw new Error('no opaque pixel');
  return parseHex(top[0]);
}

// --- the tests ----------------------------------------------------------------

const scratch = mkdtempSync(path.join(tmpdir(), 'agc-icons-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('extension icons (issue #14)', () => {
  it.each(BUILDS)(
    '%s: the manifest names the icon at 16–128 px and the toolbar icon at 16 and 32, each that size',
    (build) => {
      const m = manifest(build);
      const button = build === 'chrome-mv3' ? m.action : m.browser_action;
      expect(Object.keys(m.icons ?? {}).sort()).toEqual([...APP_SIZES].sort());
      expect(Object.keys(button?.default_icon ?? {}).sort()).toEqual([...TOOLBAR_SIZES].sort());
      // The icon must not cost the button its popup.
      expect(button?.default_popup).toBe('popup.html');
      for (const [size, file] of [
        ...Object.entries(m.icons ?? {}),
        ...Object.entries(button?.default_icon ?? {}),
      ]) {
        const full = path.join(OUTPUT_DIR, build, file);
        expect(existsSync(full), `${build}/${file} is missing`).toBe(true);
        expect(pngSize(readFileSync(full)), `${build}/${file}`).toEqual({
          width: Number(size),
          height: Number(size),
        });
      }
    },
  );

  it('the committed PNGs are what `npm run icons` makes of icon-source.svg', async () => {
    await promisify(execFile)(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['tests/tools/icons/main.ts', '--out', scratch],
      { cwd: ROOT, timeout: 60_000 },
    );
    for (const file of COMMITTED) {
      const made = decodePng(readFileSync(path.join(scratch, file)));
      const committed = decodePng(readFileSync(path.join(ROOT, 'public', file)));
      expect([committed.width, committed.height], file).toEqual([made.width, made.height]);
      // Compare premultiplied colour, so what is unseen under alpha 0 does not count.
      const premultiplied = ({ rgba }: Pixels, i: number) =>
        i % 4 === 3 ? rgba[i]! : (rgba[i]! * rgba[i - (i % 4) + 3]!) / 255;
      let sum = 0;
      let max = 0;
      for (let i = 0; i < made.rgba.length; i++) {
        const diff = Math.abs(premultiplied(made, i) - premultiplied(committed, i));
        sum += diff;
        max = Math.max(max, diff);
      }
      // Slack for anti-aliasing across Chromium builds; a changed drawing is far out.
      const mean = sum / made.rgba.length;
      const summary = `public/${file} vs the drawing: mean ${mean.toFixed(2)}, max ${max.toFixed(0)}; run npm run icons`;
      expect(mean, summary).toBeLessThan(2);
      expect(max, summary).toBeLessThan(64);
    }
  });

  it.each(TOOLBAR_SIZES)(
    'the %s px toolbar icon stands out (3:1) on light and dark toolbars, and its card on its fill',
    (size) => {
      const file = manifest('chrome-mv3').action?.default_icon?.[size] ?? '';
      const icon = decodePng(readFileSync(path.join(OUTPUT_DIR, 'chrome-mv3', file)));
      const opaque = (x: number, y: number) =>
        x >= 0 && y >= 0 && x < icon.width && y < icon.height
          ? icon.rgba[(y * icon.width + x) * 4 + 3] === 255
          : false;
      const fill = dominant(icon, () => true);
      // The silhouette's rim: opaque pixels with a see-through or outside neighbour.
      const edge = dominant(icon, (x, y) =>
        [
          [x - 1, y],
          [x + 1, y],
          [x, y - 1],
          [x, y + 1],
        ].some(([nx, ny]) => !opaque(nx!, ny!)),
      );
      // The glyph: the most common colour lighter than the fill.
      const glyph = dominant(icon, (x, y) => {
        const i = (y * icon.width + x) * 4;
        return luminance([icon.rgba[i]!, icon.rgba[i + 1]!, icon.rgba[i + 2]!]) > luminance(fill);
      });
      expect(contrast(glyph, fill), `card ${hex(glyph)} on fill ${hex(fill)}`).toBeGreaterThan(
        MIN_CONTRAST,
      );
      for (const [bg, kind] of Object.entries(TOOLBARS)) {
        const figures = `on ${kind} ${bg}: fill ${hex(fill)} ${contrast(fill, parseHex(bg)).toFixed(2)}:1, edge ${hex(edge)} ${contrast(edge, parseHex(bg)).toFixed(2)}:1`;
        // The fill must carry it; where it cannot, the outline must.
        expect(
          Math.max(contrast(fill, parseHex(bg)), contrast(edge, parseHex(bg))),
          figures,
        ).toBeGreaterThanOrEqual(MIN_CONTRAST);
      }
    },
  );
});
