/**
 * Whether a person can actually perceive an element: the costly check, with
 * style and layout, run only on the few elements whose words already match a
 * label. A security review ticked steps from "Card linked" styled
 * `opacity:0`, off-screen, clipped, in a zero-size box, at `font-size:0` or in
 * transparent text (issue #10); none of those counts here.
 */
import {
  composedParent,
  hiddenByMarkup,
  hiddenInTree,
  isSilent,
  renderedChildren,
  ELEMENT_NODE,
  TEXT_NODE,
} from './perceive';
import { hostFrame } from './frames';

export interface PerceiveOptions {
  /**
   * Whether boxes can be measured. A DOM without a layout engine (unit tests)
   * reports every box as empty, so only the style checks apply there.
   */
  layout: boolean;
}

/** Smaller than this, in CSS pixels, is the screen-reader-only pattern or a spoof. */
const MIN_BOX_PX = 2;
const MIN_FONT_PX = 4;
const MIN_OPACITY = 0.1;

function alpha(color: string): number {
  if (color === 'transparent') return 0;
  const match = /rgba?\(([^)]+)\)/.exec(color);
  if (!match) return 1;
  const parts = match[1]!.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 4) return 1;
  const a = parts[3]!;
  return a.endsWith('%') ? parseFloat(a) / 100 : parseFloat(a);
}

/** `clip-path`/`clip` values that leave nothing to see. */
function clipsAway(style: CSSStyleDeclaration): boolean {
  const path = style.clipPath;
  if (path && path !== 'none') {
    const inset = /^inset\(([^)]*)\)/.exec(path);
    if (inset) {
      const v = inset[1]!.split(/\s+/).map((x) => parseFloat(x));
      const [top = 0, right = top, bottom = top, left = right] = v;
      if (path.includes('%') && (top + bottom >= 100 || left + right >= 100)) return true;
    }
    if (/^(circle|ellipse)\(\s*0(px|%)?[\s)]/.test(path)) return true;
    if (/^polygon\(/.test(path)) {
      const points = path
        .slice(8, -1)
        .split(',')
        .map((p) => p.trim());
      if (new Set(points).size <= 2) return true;
    }
  }
  const clip = style.clip;
  if (clip && clip !== 'auto' && /^rect\(/.test(clip)) {
    const v = clip
      .slice(5, -1)
      .split(/[\s,]+/)
      .map((x) => parseFloat(x) || 0);
    const [top = 0, right = 0, bottom = 0, left = 0] = v;
    if (bottom - top <= 1 || right - left <= 1) return true;
  }
  return false;
}

/** Style checks on the element and every rendered ancestor (no layout needed). */
function styleHides(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  let opacity = 1;
  let first = true;
  for (let e: Element | null = el; e; e = composedParent(e)) {
    const style = view.getComputedStyle(e);
    if (style.display === 'none' || style.contentVisibility === 'hidden') return true;
    if (first && (style.visibility === 'hidden' || style.visibility === 'collapse')) return true;
    const o = parseFloat(style.opacity);
    if (!Number.isNaN(o)) opacity *= o;
    if (clipsAway(style)) return true;
    first = false;
  }
  return opacity < MIN_OPACITY;
}

/** The text's own look: readable size and a colour that is not transparent. */
function textHidden(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  const style = view.getComputedStyle(el);
  const size = parseFloat(style.fontSize);
  if (!Number.isNaN(size) && size < MIN_FONT_PX) return true;
  if (alpha(style.color) < MIN_OPACITY) return true;
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  return !!fill && alpha(fill) < MIN_OPACITY;
}

/** Whether the box is on the page, big enough, and not cut away by an ancestor's overflow. */
function boxHides(el: Element): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view) return true;
  let r = el.getBoundingClientRect();
  let left = r.left;
  let top = r.top;
  let right = r.right;
  let bottom = r.bottom;
  if (right - left < MIN_BOX_PX || bottom - top < MIN_BOX_PX) return true;
  for (let e = composedParent(el); e && e !== doc.documentElement; e = composedParent(e)) {
    const style = view.getComputedStyle(e);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    r = e.getBoundingClientRect();
    left = Math.max(left, r.left);
    top = Math.max(top, r.top);
    right = Math.min(right, r.right);
    bottom = Math.min(bottom, r.bottom);
    if (right - left < MIN_BOX_PX || bottom - top < MIN_BOX_PX) return true;
  }
  // Off the page: left of or above its origin, or past its scrollable end.
  const pageWidth = Math.max(doc.documentElement.scrollWidth, view.innerWidth);
  const pageHeight = Math.max(doc.documentElement.scrollHeight, view.innerHeight);
  return (
    right + view.scrollX <= 0 ||
    bottom + view.scrollY <= 0 ||
    left + view.scrollX >= pageWidth ||
    top + view.scrollY >= pageHeight
  );
}

/** The elements that hold the words of `el` (itself included), as rendered; a few suffice. */
function textHolders(el: Element, max = 16): Element[] {
  const out: Element[] = [];
  const walk = (node: Node, owner: Element): void => {
    if (out.length >= max) return;
    if (node.nodeType === TEXT_NODE) {
      if (node.nodeValue?.trim() && !out.includes(owner)) out.push(owner);
      return;
    }
    let next = owner;
    if (node.nodeType === ELEMENT_NODE) {
      const child = node as Element;
      if (child !== el && (isSilent(child) || hiddenByMarkup(child))) return;
      next = child;
    }
    for (const c of renderedChildren(node)) walk(c, next);
  };
  walk(el, el);
  return out;
}

/** Whether the frames around a framed element (if any) are themselves shown. */
function framesShow(el: Element, layout: boolean): boolean {
  for (let frame = hostFrame(el.ownerDocument); frame; frame = hostFrame(frame.ownerDocument)) {
    if (!frame.isConnected || hiddenInTree(frame) || styleHides(frame)) return false;
    if (layout && boxHides(frame)) return false;
  }
  return true;
}

export function isPerceivable(el: Element, { layout }: PerceiveOptions): boolean {
  if (!el.isConnected || hiddenInTree(el)) return false;
  // What a hidden, transparent or empty frame holds is not seen, however it is styled inside.
  if (!framesShow(el, layout)) return false;
  if (styleHides(el)) return false;
  if (layout && boxHides(el)) return false;
  // Every part of the words must be readable: a spoof hides one span of a sentence.
  const holders = textHolders(el);
  for (const holder of holders) {
    if (textHidden(holder)) return false;
    if (holder !== el && (styleHides(holder) || (layout && boxHides(holder)))) return false;
  }
  return true;
}
