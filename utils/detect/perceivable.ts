/**
 * Whether a person can actually perceive an element: the costly check, with
 * style and layout, run only on the few elements whose words already match a
 * label. A security review ticked steps from "Card linked" styled
 * `opacity:0`, off-screen, clipped, in a zero-size box, at `font-size:0` or in
 * transparent text (issue #10); none of those counts here, and neither do
 * words in their background's colour, pushed out of their own box, faded or
 * blurred by a filter, or clipped by paint containment. A fixed or absolute
 * box is cut only by the boxes that hold it (a toast written inside a small
 * component that hides its overflow is seen).
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

/** Red, green, blue (0–255) and alpha (0–1). */
type Rgba = readonly [number, number, number, number];
const WHITE: Rgba = [255, 255, 255, 1];
const CLEAR: Rgba = [0, 0, 0, 0];

/** A number or a percentage (`0.4`, `40%`) as a fraction. */
const fraction = (value: string) => parseFloat(value) / (value.endsWith('%') ? 100 : 1);

/**
 * A computed colour's red, green and blue (0–255) and alpha (0–1). Outside
 * `rgb()` (Oklch, Lab, display-p3: what modern palettes and `color-mix()`
 * compute to) only the alpha is read: the channels are NaN, never the same as
 * another colour's. A DOM without CSS gives no colour (""): nothing is known.
 */
function channels(color: string): Rgba {
  // The function's name, its numbers, and an empty end: "rgba(0, 0, 0, 0.5)" gives
  // rgba 0 0 0 0.5 and "". Alpha is rgba()'s fourth number, or the last after a slash.
  const v = color.split(/[\s(),/]+/);
  const rgb = v[0]!.startsWith('rgb') ? v : [];
  return [+rgb[1]!, +rgb[2]!, +rgb[3]!, fraction(/\/|rgba/.test(color) ? v.at(-2)! : color && '1')];
}

/** A property set to something other than its initial value `none`/`normal` (empty in a DOM without CSS). */
const styled = (value: string) => !!value && value !== 'none' && value !== 'normal';

/** `clip-path`/`clip` values that leave nothing to see. */
function clipsAway(style: CSSStyleDeclaration): boolean {
  const path = style.clipPath;
  if (styled(path)) {
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
  if (/^rect\(/.test(clip)) {
    const v = clip
      .slice(5, -1)
      .split(/[\s,]+/)
      .map((x) => parseFloat(x) || 0);
    const [top = 0, right = 0, bottom = 0, left = 0] = v;
    if (bottom - top <= 1 || right - left <= 1) return true;
  }
  return false;
}

/**
 * Style checks on the element and every rendered ancestor (no layout needed).
 * Opacity multiplies down the tree, a filter's `opacity()` with it; blurs
 * add up (as their radii's squares do) against the element's type size:
 * past a quarter of it, letters run together (a page behind a blurred modal).
 */
function styleHides(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  let opacity = 1;
  let blur = 0;
  let fontPx = 0;
  for (let e: Element | null = el; e; e = composedParent(e)) {
    const style = view.getComputedStyle(e);
    if (style.display === 'none' || style.contentVisibility === 'hidden') return true;
    // The first round is the element's own: visibility is asked of it alone (it inherits).
    if (!fontPx && style.visibility !== 'visible' && style.visibility) return true;
    fontPx ||= parseFloat(style.fontSize) || 16;
    const o = parseFloat(style.opacity);
    if (!Number.isNaN(o)) opacity *= o;
    // `none`, or nothing in a DOM without CSS, matches no function.
    for (const [, fn, arg = ''] of style.filter.matchAll(/(opacity|blur)\(([^)]*)\)/g)) {
      const v = parseFloat(arg) || 0;
      if (fn === 'blur') blur += v * v;
      else opacity *= fraction(arg) || 0;
    }
    if (clipsAway(style)) return true;
  }
  return opacity < MIN_OPACITY || blur * 16 >= fontPx * fontPx;
}

/** Within this of each other on every channel (0–255), two colours look the same. */
const SAME_COLOUR = 12;

/**
 * Words drawn in the colour of what is behind them (white on white). Behind
 * them is the first plain, opaque background up their ancestors, or the
 * page's canvas (white unless the page allows dark). Unknown, so never
 * judged: in a colour space other than `rgb()`, over a picture or a gradient,
 * a translucent background, past an element out of flow (it may sit over
 * anything), filtered or blended, in a frame (whose canvas shows the page
 * behind it), or with a shadow or an outline around the letters, which shows
 * them whatever their colour.
 */
function blendsIn(el: Element, ink: Rgba, style: CSSStyleDeclaration, view: Window): boolean {
  if (styled(style.textShadow) || parseFloat(style.webkitTextStrokeWidth)) return false;
  // Translucent words show less of their colour: each channel is a × ink + (1 − a) × behind.
  const same = (behind: Rgba) =>
    [0, 1, 2].every((i) => ink[3] * Math.abs(ink[i]! - behind[i]!) <= SAME_COLOUR);
  for (let e: Element | null = el; e; e = composedParent(e)) {
    const s = e === el ? style : view.getComputedStyle(e);
    // A background clipped to the text is the words' paint, not what is behind them.
    const bg = s.backgroundClip === 'text' ? null : channels(s.backgroundColor);
    if (styled(s.backgroundImage)) return false;
    if (bg && bg[3] > 0) return bg[3] >= 1 && same(bg);
    if (s.position === 'absolute' || s.position === 'fixed') return false;
    if (styled(s.filter) || styled(s.mixBlendMode)) return false;
  }
  // The canvas is dark where the page allows dark, by CSS or by its color-scheme meta tag.
  const doc = el.ownerDocument;
  const scheme = `${view.getComputedStyle(doc.documentElement).colorScheme} ${doc.querySelector('meta[name=color-scheme]')?.getAttribute('content')}`;
  return !hostFrame(doc) && !scheme.includes('dark') && same(WHITE);
}

/**
 * The words' own look and place: a readable size, a colour (the fill, which
 * `-webkit-text-fill-color` may set apart from `color`, or for transparent
 * words a background clipped to them) that is neither transparent nor its
 * background's, and, where an indent is set and boxes
 * can be measured, within sight.
 */
function wordsUnseen(holder: Element, layout: boolean): boolean {
  const view = holder.ownerDocument.defaultView;
  if (!view) return true;
  const style = view.getComputedStyle(holder);
  // The letters as drawn: their box's height on screen over its height as laid out is the
  // scale a transform, `scale` or `zoom` (on it or an ancestor) draws them at, which their
  // computed size leaves out. Taken as 1 for a box of no height (`display: contents`, and
  // every box in a DOM without layout), whose 0 / 0 gives NaN.
  const drawn = holder.getBoundingClientRect().height / (holder as HTMLElement).offsetHeight;
  if (parseFloat(style.fontSize) * (drawn || 1) < MIN_FONT_PX) return true;
  let ink: Rgba | null = channels(style.webkitTextFillColor || style.color);
  if (ink[3] < MIN_OPACITY) ink = clippedPaint(holder, view);
  if (ink && (ink[3] < MIN_OPACITY || blendsIn(holder, ink, style, view))) return true;
  return layout && parseFloat(style.textIndent) !== 0 && pushedOut(holder);
}

/**
 * What transparent words show: the background of the element that clips it
 * to its text (`background-clip: text`, the gradient heading), theirs or an
 * ancestor's. Null for a picture, whose colours are not judged.
 */
function clippedPaint(holder: Element, view: Window): Rgba | null {
  for (let e: Element | null = holder; e; e = composedParent(e)) {
    const s = view.getComputedStyle(e);
    if (s.backgroundClip === 'text') {
      return styled(s.backgroundImage) ? null : channels(s.backgroundColor);
    }
  }
  return CLEAR;
}

/**
 * Whether the box is on the page, big enough, and not cut away by an
 * ancestor's overflow. An element with `display: contents` (a component's
 * wrapper, and every slot) has no box of its own: what it shows is drawn in
 * its parent's, so that is measured instead. A slot shows what is assigned to
 * it (a web component's toast showing the words it was given).
 */
function boxHides(el: Element): boolean {
  let box = el.getBoundingClientRect();
  if (!box.width && el.ownerDocument.defaultView?.getComputedStyle(el).display === 'contents') {
    const contents = el.ownerDocument.createRange();
    // All its rendered children's parent holds: for a slot, its host's children.
    contents.selectNodeContents(renderedChildren(el)[0]?.parentNode ?? el);
    box = contents.getBoundingClientRect();
  }
  return outOfSight(box, el, false);
}

/**
 * Whether the words are out of sight while their element is not: pushed out
 * of it by a large negative `text-indent`, or by the image-replacement trick
 * (`text-indent: 100%` with the overflow hidden) that leaves only a logo.
 * Asked only where an indent is set: other ways of moving words (position,
 * transform, margins) move their element's box too, which is measured, and
 * a page's first Range costs the script's world 10 KB of heap (measured).
 */
function pushedOut(holder: Element): boolean {
  const words = holder.ownerDocument.createRange();
  // Its own words as rendered (a slot's are the text assigned to it), each run apart:
  // `text-indent` moves only a first line.
  return renderedChildren(holder).some((node) => {
    if (node.nodeType !== TEXT_NODE || !node.nodeValue?.trim()) return false;
    words.selectNodeContents(node);
    return outOfSight(words.getBoundingClientRect(), holder, true);
  });
}

/** An overflow a person can scroll (not `hidden` or `clip`, which only a script scrolls). */
const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';

/**
 * Whether an element is the containing block of fixed boxes inside it, as the
 * view otherwise is (and so of absolute ones too): transformed, filtered,
 * contained or about to be. Any `will-change` or containment counts: in doubt,
 * it clips as before. Left out for the size budget, as rare around a status:
 * `perspective`, `offset-path` and `transform-style: preserve-3d`.
 */
function holdsFixed(s: CSSStyleDeclaration): boolean {
  return (
    [
      s.transform,
      s.translate,
      s.rotate,
      s.scale,
      s.filter,
      s.backdropFilter,
      s.contain,
      s.containerType,
    ].some(styled) ||
    s.willChange !== 'auto' ||
    s.contentVisibility !== 'visible'
  );
}

/**
 * Whether `box`, drawn by `el`, is off the page, too small, or cut away by the
 * overflow of an ancestor (or of `el` itself, for its words: `clipsItself`).
 * Only the ancestors its containing block lies in cut it: an absolute box
 * escapes those below its nearest positioned ancestor, and a fixed one (a
 * toast, a popup) every one below an ancestor that holds fixed boxes.
 */
function outOfSight(box: DOMRect, el: Element, clipsItself: boolean): boolean {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  if (!view) return true;
  let { left, top, right, bottom } = box;
  if (right - left < MIN_BOX_PX || bottom - top < MIN_BOX_PX) return true;
  // The position of the last box on the chain of containing blocks: from `el`, each
  // element that holds the one before. An element off that chain does not clip.
  let held = '';
  for (let e: Element | null = el; e && e !== doc.documentElement; e = composedParent(e)) {
    const style = view.getComputedStyle(e);
    const passed = held === 'fixed' || (held === 'absolute' && style.position === 'static');
    if (passed && !holdsFixed(style)) continue;
    held = style.position;
    if (e === el && !clipsItself) continue;
    // Paint containment (`contain: paint`, `strict` or `content`) clips as overflow does, but
    // not under `content-visibility: auto`: off-screen, that box is a stand-in the words
    // outgrow, and a person who scrolls to it sees them.
    const contained =
      style.contentVisibility !== 'auto' && /paint|strict|content/.test(style.contain);
    if (style.overflow === 'visible' && !contained) continue;
    const r = e.getBoundingClientRect();
    // Past a scroller's start, what it holds is a scroll away, as the page's content is
    // (an app's main panel): taken as in its view. Before its start, nothing reaches it.
    const alongX = scrolls(style.overflowX) && right > r.left - e.scrollLeft;
    const alongY = scrolls(style.overflowY) && bottom > r.top - e.scrollTop;
    left = alongX ? r.left : Math.max(left, r.left);
    right = alongX ? r.right : Math.min(right, r.right);
    top = alongY ? r.top : Math.max(top, r.top);
    bottom = alongY ? r.bottom : Math.min(bottom, r.bottom);
    if (right - left < MIN_BOX_PX || bottom - top < MIN_BOX_PX) return true;
  }
  // Off the page: left of or above its origin, or past its scrollable end. A box fixed to
  // the view (a toast slid out of it and kept) sits in the viewport, which no scrolling moves.
  const root = doc.documentElement;
  const page = held !== 'fixed';
  const x = page ? view.scrollX : 0;
  const y = page ? view.scrollY : 0;
  return (
    right + x <= 0 ||
    bottom + y <= 0 ||
    left + x >= Math.max(page ? root.scrollWidth : 0, view.innerWidth) ||
    top + y >= Math.max(page ? root.scrollHeight : 0, view.innerHeight)
  );
}

/** The elements that hold the words of `el` (itself included), as rendered; a few suffice. */
function textHolders(el: Element): Set<Element> {
  const out = new Set<Element>();
  const walk = (node: Node, owner: Element): void => {
    if (out.size >= 16) return;
    if (node.nodeType === TEXT_NODE) {
      if (node.nodeValue?.trim()) out.add(owner);
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

export function isPerceivable(el: Element, options: PerceiveOptions): boolean {
  const { layout } = options;
  if (!el.isConnected || hiddenInTree(el)) return false;
  // What a hidden, transparent or empty frame holds is not seen, however it is styled
  // inside: the frame around it, if any, must be perceivable itself.
  const frame = hostFrame(el.ownerDocument);
  if (frame && !isPerceivable(frame, options)) return false;
  if (styleHides(el)) return false;
  if (layout && boxHides(el)) return false;
  // Every part of the words must be readable: a spoof hides one span of a sentence.
  for (const holder of textHolders(el)) {
    if (wordsUnseen(holder, layout)) return false;
    if (holder !== el && (styleHides(holder) || (layout && boxHides(holder)))) return false;
  }
  return true;
}
