/**
 * Reads what a person sees on the page into PageFacts. Browser glue around
 * the pure matcher.
 *
 * Privacy: only element text and accessible names are read. Form fields are
 * skipped entirely (never `.value`), and so are textareas and editable regions,
 * whose text is what the shopper typed.
 */
import { normalizeText } from './normalize';
import type { PageFacts } from './page-facts';

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"]';
export const CONTROLS =
  'a[href],button,[role="button"],[role="link"],[role="menuitem"],[role="tab"],summary';
/** Text inside these is code, styling or something the shopper typed. */
const SKIP_TEXT_IN = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
]);
/** A message or banner is short; longer blocks are articles, not status. */
const MAX_TEXT = 300;
const MAX_ELEMENTS = 2000;
/** Status messages live in the first few thousand blocks of any real page; a huge feed is not read whole. */
const MAX_TEXT_BLOCKS = 5000;

export function isVisible(el: Element): boolean {
  // `hidden` first: cheap, and some DOMs (and engines without a UA sheet) get it wrong otherwise.
  if (el.closest('[hidden]')) return false;
  if (typeof el.checkVisibility === 'function') {
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  }
  // Fallback for DOMs without checkVisibility (older engines, test DOMs).
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e instanceof HTMLElement && e.hidden) return false;
    const style = e.ownerDocument.defaultView?.getComputedStyle(e);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  }
  return true;
}

function isEditable(el: Element): boolean {
  return el.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}

/** The name a screen reader would announce, from the sources that cover real-world icons. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => el.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  const text = el.textContent ?? '';
  if (text.trim()) return text;
  const img = el.querySelector('img[alt], svg title, [aria-label]');
  const fromChild = img?.getAttribute('alt') ?? img?.getAttribute('aria-label') ?? img?.textContent;
  return fromChild ?? el.getAttribute('title') ?? '';
}

function visibleNames(root: ParentNode, selector: string, name: (el: Element) => string): string[] {
  const out: string[] = [];
  for (const el of Array.from(root.querySelectorAll(selector)).slice(0, MAX_ELEMENTS)) {
    if (el.closest('input,textarea,select') || !isVisible(el)) continue;
    const text = normalizeText(name(el));
    if (text) out.push(text);
  }
  return out;
}

/**
 * Short visible text blocks, each the full text of the element that holds a
 * text node. `keep` filters before the (costly) visibility check.
 */
function visibleTexts(doc: Document, keep: (normalized: string) => boolean): string[] {
  const body = doc.body;
  if (!body) return [];
  const seen = new Set<Element>();
  const out: string[] = [];
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || seen.has(parent) || SKIP_TEXT_IN.has(parent.tagName)) continue;
    if (seen.size >= MAX_TEXT_BLOCKS) break;
    seen.add(parent);
    if (!node.nodeValue?.trim()) continue;
    const raw = parent.textContent ?? '';
    if (raw.length > MAX_TEXT) continue;
    const text = normalizeText(raw);
    if (!text || !keep(text) || isEditable(parent) || !isVisible(parent)) continue;
    out.push(text);
  }
  return out;
}

export function collectPageFacts(
  doc: Document,
  keepText: (normalized: string) => boolean = () => true,
): PageFacts {
  return {
    headings: visibleNames(doc, HEADINGS, (el) => el.textContent ?? ''),
    controls: visibleNames(doc, CONTROLS, accessibleName),
    texts: visibleTexts(doc, keepText),
  };
}
