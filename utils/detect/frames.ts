/**
 * Same-origin frames, read as part of the page around them (issue #10): a
 * payment site may put its card form, and the "Card linked" that follows,
 * in a frame of its own origin. The content script runs only in the top
 * frame; it reads such a frame's document directly, as a person sees the
 * frame as part of the page. A frame of another origin (an ad, the
 * mailbox) has no readable document here, so it is never read.
 */

/** The document shown in a same-origin `<iframe>`/`<frame>`; null for any other element or origin. */
export function frameDocument(el: Element): Document | null {
  const tag = el.localName;
  // `contentDocument` is null when the frame's origin differs from ours.
  const doc =
    tag === 'iframe' || tag === 'frame' ? (el as HTMLIFrameElement).contentDocument : null;
  return doc?.documentElement ? doc : null;
}

/** Read once: `document` is a lookup on the window each time it is named. */
const TOP = document;

/**
 * The frame element showing `doc`, when `doc` is a same-origin frame's document. The top
 * page's is none (the script runs only there), said without asking: `frameElement` is a
 * slow property (0.2 us in Chromium), and a page that moves something every frame asks
 * once per candidate and frame (issue #10).
 */
export const hostFrame = (doc: Document): Element | null =>
  (doc !== TOP && doc.defaultView?.frameElement) || null;

/**
 * Whether `el` still belongs to the page: connected, and in a document still
 * shown. A frame that navigated or was removed leaves its old document
 * connected to itself but with no window, and Firefox makes every object of
 * it "dead" to a content script: any use throws.
 */
export function stillShown(el: Element): boolean {
  try {
    return el.isConnected && !!el.ownerDocument.defaultView;
  } catch {
    return false;
  }
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The element's box in the viewport of the top document: a box inside a
 * frame is moved by where the frame's content starts (inside its border;
 * frames are not given padding), frame by frame.
 */
export function boxInTop(el: Element): Box {
  const box = el.getBoundingClientRect();
  let { left, top } = box;
  for (let frame = hostFrame(el.ownerDocument); frame; frame = hostFrame(frame.ownerDocument)) {
    const f = frame.getBoundingClientRect();
    left += f.left + frame.clientLeft;
    top += f.top + frame.clientTop;
  }
  return { left, top, width: box.width, height: box.height };
}

/** The documents of the same-origin frames within `doc`, nested ones included. */
export function frameDocuments(doc: Document): Document[] {
  const found: Document[] = [];
  const visit = (d: Document) => {
    for (const frame of Array.from(d.querySelectorAll('iframe,frame'))) {
      const inner = frameDocument(frame);
      if (inner && !found.includes(inner)) {
        found.push(inner);
        visit(inner);
      }
    }
  };
  visit(doc);
  return found;
}
