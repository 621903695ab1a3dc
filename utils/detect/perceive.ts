/**
 * What a person perceives of an element, read from the DOM without layout:
 * its text as announced (no `aria-hidden` icon-font ligatures, no hidden or
 * script content, open shadow roots and slots followed as rendered), and the
 * accessible name of headings and controls (`aria-labelledby`, `aria-label`,
 * text, image alternatives).
 *
 * Privacy: form fields, textareas and editable regions contribute nothing;
 * their content is what the shopper typed. Nothing here reads `.value`.
 */

/**
 * Elements whose content is code, styling, a template or typed text, or the
 * fallback a browser shows only where it cannot draw the element itself (a
 * canvas, a player, a gauge): words a person never sees. Tag lists here are one
 * string split, in a third of an array's bytes (the content script's budget).
 */
const SILENT_TAGS = new Set(
  (
    'script,style,noscript,template,textarea,select,option,input,iframe,object,svg,' +
    'canvas,video,audio,progress,meter'
  ).split(','),
);

export const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role=heading]';
export const CONTROLS =
  'a[href],button,[role=button],[role=link],[role=menuitem],[role=tab],summary';
/**
 * The tag names HEADINGS and CONTROLS name; whatever else they match has a
 * `role`. Read from the selectors, so a cheap check by tag cannot drift from them.
 */
export const NAMED_TAGS: ReadonlySet<string> = new Set(
  `${HEADINGS},${CONTROLS}`.split(',').flatMap((part) => /^[a-z][a-z0-9]*/.exec(part) ?? []),
);

/** Phrasing elements: a message's words may be split across them, so the message is their block. */
const INLINE_TAGS = new Set(
  (
    'a,abbr,b,bdi,bdo,cite,code,data,dfn,em,font,i,kbd,label,mark,q,s,samp,small,span,' +
    'strong,sub,sup,time,u,var'
  ).split(','),
);

/**
 * Node types by their standard numbers, the values of `Node.ELEMENT_NODE` and
 * the rest. Spelled as properties of `Node`, each of their 20 uses stays whole
 * in the script every store page loads (no minifier can shorten them).
 */
export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const FRAGMENT_NODE = 11;
export const DOCUMENT_NODE = 9;

/**
 * The element's name as it was created: lower-case for HTML (and as written
 * in XHTML, where HTML's names are lower-case too). `localName`, unlike
 * `tagName`, needs no case folding: this is called for every node read.
 */
const tagOf = (el: Element) => el.localName;

export function isSilent(el: Element): boolean {
  return SILENT_TAGS.has(tagOf(el));
}

/** The element or its nearest rendered ancestor (through slots and shadow roots) matching `selector`. */
export function composedClosest(el: Element, selector: string): Element | null {
  for (let e: Element | null = el; e; e = composedParent(e)) if (e.matches(selector)) return e;
  return null;
}

/** Hidden from people by markup: `hidden`, `aria-hidden="true"` or `inert` (CSS is checked later, with layout). */
export function hiddenByMarkup(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.hasAttribute('inert')
  );
}

export function isEditable(el: Element): boolean {
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** The parent in the rendered (composed) tree: through slots and shadow roots. */
export function composedParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === ELEMENT_NODE ? (parent as Element) : null;
}

/**
 * A node's children, in order, from its sibling links. Never `childNodes`:
 * Blink keeps the live list it returns on the node for the node's lifetime,
 * so reading a 1,500-card feed that way left a list on every element of it
 * (about 450 KB of the renderer's memory on the busy store page, by heap
 * snapshot); this array is garbage as soon as the walk has used it.
 */
export function childrenOf(parent: Node): Node[] {
  const out: Node[] = [];
  for (let c = parent.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** The children as rendered: an open shadow root replaces light children, a slot shows what is assigned. */
export function renderedChildren(node: Node): Node[] {
  if (node.nodeType === ELEMENT_NODE) {
    const el = node as Element;
    if (el.shadowRoot) return childrenOf(el.shadowRoot);
    if (tagOf(el) === 'slot') {
      const assigned = (el as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length) return assigned;
    }
    // A closed <details> shows only its summary.
    if (tagOf(el) === 'details' && !(el as HTMLDetailsElement).open) {
      return childrenOf(el).filter(
        (c) => c.nodeType === ELEMENT_NODE && tagOf(c as Element) === 'summary',
      );
    }
  }
  return childrenOf(node);
}

/** True when the element, or one of its rendered ancestors, hides it from people by markup. */
export function hiddenInTree(el: Element): boolean {
  for (let e: Element | null = el, parent; e; e = parent) {
    if (hiddenByMarkup(e)) return true;
    parent = composedParent(e);
    // A closed <details> shows only its summary.
    if (parent && tagOf(parent) === 'details' && !(parent as HTMLDetailsElement).open) {
      if (tagOf(e) !== 'summary') return true;
    }
  }
  return false;
}

export interface TextOptions {
  /** Leave out the words of links and buttons: a status message is not its close button. */
  skipControls?: boolean;
  /** Stop reading past this many characters (long blocks are articles, not status). */
  limit?: number;
}

/** The element's text as a person hears it read out, white space not yet folded. */
export function perceivedText(el: Element, options: TextOptions = {}): string {
  const limit = options.limit ?? Infinity;
  let out = '';
  const walk = (node: Node): void => {
    if (out.length > limit) return;
    if (node.nodeType === TEXT_NODE) {
      out += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== FRAGMENT_NODE) return;
    if (node.nodeType === ELEMENT_NODE) {
      const child = node as Element;
      if (child !== el) {
        if (isSilent(child) || hiddenByMarkup(child) || isEditable(child)) return;
        if (options.skipControls && child.matches(CONTROLS)) return;
      }
      // Blocks and line breaks separate words even where the markup has no space.
      if (child !== el && !INLINE_TAGS.has(tagOf(child))) out += ' ';
      if (tagOf(child) === 'br') out += ' ';
    }
    for (const c of renderedChildren(node)) {
      // Past the limit, stop: not even a glance at the rest of a long feed's children.
      if (out.length > limit) return;
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The element an `aria-labelledby` id points at, looked up where the element lives. */
function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return root.getElementById?.(id) ?? el.ownerDocument.getElementById(id);
}

/** The name a screen reader announces for a heading or control. */
export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => {
        const target = id ? byId(el, id) : null;
        // A referenced element counts even when hidden: that is how labels are often kept.
        return target ? perceivedText(target) : '';
      })
      .join(' ');
    if (text.trim()) return text;
  }
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label;
  const text = perceivedText(el);
  if (text.trim()) return text;
  const img = el.querySelector('img[alt], svg title, [aria-label]');
  const fromChild = img?.getAttribute('alt') ?? img?.getAttribute('aria-label') ?? img?.textContent;
  return fromChild ?? el.getAttribute('title') ?? '';
}

/**
 * The message a text node belongs to: its nearest block ancestor (through
 * phrasing elements such as <strong> or <span>), or a status region. So
 * "<p><strong>Card linked</strong> to another account…</p>" reads as the
 * whole sentence, never as the status "Card linked".
 */
export function messageBlock(text: Node): Element | null {
  let block = composedParent(text);
  while (block && INLINE_TAGS.has(tagOf(block)) && !block.matches(CONTROLS)) {
    const role = block.getAttribute('role');
    if (role === 'status' || role === 'alert') break;
    const parent = composedParent(block);
    if (!parent || parent === block.ownerDocument.documentElement) break;
    block = parent;
  }
  return block;
}
