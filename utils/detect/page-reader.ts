/**
 * Reads what a person perceives on the page, incrementally (issue #10).
 *
 * One initial read, then only what mutation records name: added subtrees are
 * scanned, changed text re-reads its message block, removals drop what they
 * held, and style or attribute changes re-check the few candidates beneath.
 * Every candidate first passes a cheap filter (do its words match a label at
 * all?) before anything costly (style, layout). So a countdown ticking ten
 * times a second costs a string comparison per tick, and a product feed costs
 * what it adds, never a walk of the whole page.
 *
 * Work runs in idle time, in slices of a few milliseconds, within a budget
 * per second (work-budget.ts). Open shadow roots, also ones that appear later
 * or nest, and the documents of same-origin frames (frames.ts), also after
 * they navigate, are read and watched like the document.
 */
import { normalizeText } from './normalize';
import type { FactKind, PageFacts, WordFilter } from './page-facts';
import {
  accessibleName,
  composedClosest,
  composedParent,
  CONTROLS,
  HEADINGS,
  NAMED_TAGS,
  isSilent,
  messageBlock,
  perceivedText,
  childrenOf,
  renderedChildren,
  ELEMENT_NODE,
  TEXT_NODE,
  FRAGMENT_NODE,
  DOCUMENT_NODE,
} from './perceive';
import { isPerceivable } from './perceivable';
import { frameDocument, hostFrame, stillShown } from './frames';
import { ACTIVE_BUDGET, createWorkBudget, type BudgetLimits } from './work-budget';

export type { FactKind, WordFilter } from './page-facts';

export interface PageReaderOptions {
  filter: WordFilter;
  /** Called (at most once per slice) when the perceived facts changed. */
  onChange(): void;
  /**
   * Called, cheaply and synchronously, for every batch of page mutations that leaves
   * something to read (the guide keeps itself on top and looks for a control it awaits).
   */
  onMutation?(records: readonly MutationRecord[]): void;
  /** Our own UI's host element: never read as page content. */
  ownHost?: string;
  /** False where boxes cannot be measured (unit tests' DOM). */
  layout?: boolean;
  budget?: BudgetLimits;
}

/** A status message is short; longer blocks are articles or reviews, not status. */
const MAX_TEXT = 300;
/** Up to this many tasks, a change is read before what waits: a status, a toast. */
const SMALL_CHANGE = 24;
/** Past this many queued records in one batch, re-read the root once instead. */
const HUGE_BATCH = 2000;
/** Re-check words that match but are not perceivable yet (fading in, opening) with a backoff. */
const RECHECK_MS = [100, 250, 500, 1000, 2000];
/**
 * How long a custom element not defined yet may take to attach its shadow root after we
 * first saw it: its script may come late, or a page script attach one to it.
 */
const LATE_SHADOW_MS = 10_000;
/**
 * How long a defined one may: its constructor and connectedCallback have run with none,
 * so it renders into its light DOM (a store's badges and ratings, thousands of them),
 * unless its own code attaches one a moment later (after an awaited import).
 */
const DEFINED_LATE_SHADOW_MS = 2_000;
/**
 * At most this many custom elements are waited for (a look reads each once, some
 * nanoseconds): a page that has its components read again and again cannot grow the list
 * without end.
 */
const MAX_PENDING_HOSTS = 10_000;

interface Candidate {
  text: string;
  perceived: boolean;
  /** Index into RECHECK_MS while not perceived. */
  tries: number;
}

type Task =
  /**
   * `whole`: a subtree that changed by itself (added, its attributes changed, a
   * late shadow host), whose message around it is read again through a
   * `reread`: it may be passed over whole when no label can be in it.
   */
  | { scan: Node; whole?: boolean }
  /** `added`: the node was added, so its message can only have grown. */
  | { reread: Node; added?: boolean }
  /** Checks again whether candidates under a node show; with null, the ones not seen yet. */
  | { recheckUnder: Node | null }
  | { sweep: true };

/**
 * Text changes with the text they replace (so a countdown's are compared, and
 * skipped), and the attributes that change what is read or shown. Asking for
 * old text, or for some attributes, asks for text and attribute changes: the
 * DOM standard's `observe()` sets `characterData` and `attributes` for them.
 */
const OBSERVE: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterDataOldValue: true,
  attributeFilter: ['hidden', 'class', 'style', 'open', 'aria-hidden', 'aria-label', 'inert'],
};

const now = () => performance.now();

const EDITABLE = '[contenteditable]:not([contenteditable=false])';
/** Elements whose words are their name: headings and controls. */
const NAMED = `${HEADINGS},${CONTROLS}`;

/**
 * Markup that gives an element words other than its text, or brings in words
 * from elsewhere: a subtree holding any is read node by node.
 */
const WORDS_ELSEWHERE = '[aria-label],[aria-labelledby],[alt],[title],slot,iframe,frame';

/**
 * What ticks: digits, punctuation, spaces, dashes and currency signs (as escapes,
 * – — € £ ¥ ₽ ₹: the guide's script stays ASCII). No letters, and no card mask.
 */
const TICKING = /[\d\s:.,;/%+\-\u2013\u2014()[\]\u20AC$\u00A3\u00A5\u20BD\u20B9#]/g;

/**
 * A text's words: what is left of it when what ticks is taken out. A
 * countdown, a price or a counter has none; one with words ("Ends in 5h
 * 07m") keeps the same ones as it ticks. A change that leaves the words as
 * they were is skipped before any other work (issue #10: countdowns, also
 * those that set `textContent` anew, must not trigger re-reads).
 */
const wordsIn = (text: string | null) => text?.replace(TICKING, '');

/**
 * The words of a list of text nodes, run together as adjacent text renders;
 * null where one is not text. Read by index: a countdown sends hundreds of
 * records a second, and the same check over 2,400 of them took 10-31 ms
 * copying each list into an array, 6-9 ms with `for...of`, 2-11 ms by index
 * (Chromium, in a page).
 */
function wordsOf(nodes: NodeList): string | null {
  let words = '';
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i]!;
    if (node.nodeType !== TEXT_NODE) return null;
    words += wordsIn(node.nodeValue);
  }
  return words;
}

export interface PageReader {
  facts(): PageFacts;
  /** A cheaper watch once the page needs little attention, and back. */
  setBudget(limits: BudgetLimits): void;
  /** Finish all queued work now (tests, and a one-shot read). */
  flush(): void;
  /** The perceived elements of a kind whose words are among `texts` (normalised), in page order. */
  elements(kind: FactKind, texts: readonly string[]): Element[];
}

export function createPageReader(
  doc: Document,
  signal: AbortSignal,
  options: PageReaderOptions,
): PageReader {
  const { filter, onChange, ownHost, layout = true } = options;
  const budget = createWorkBudget(ACTIVE_BUDGET);
  /**
   * The pace asked for. It applies once the first read of the page is done: a
   * page judged "not part of the journey" from a partial read must still be
   * read to the end at full pace (a loaded machine made that read take long).
   */
  let requested = options.budget ?? ACTIVE_BUDGET;
  let firstReadDone = false;
  /** Elements whose words match a label, per kind (a heading is also a text block). */
  const byKind: Record<FactKind, Map<Element, Candidate>> = {
    heading: new Map(),
    control: new Map(),
    text: new Map(),
  };
  const allCandidates = function* (): Generator<[Element, Candidate]> {
    for (const map of Object.values(byKind)) yield* map;
  };
  const queue: Task[] = [];
  /** How many tasks at the front of the queue come from small changes. */
  let soon = 0;
  /**
   * Queues work: a small change goes before work that waits (after the small
   * ones before it, in the order they came), a large one after it. A small
   * change may be a toast that is gone in half a second, while a large one (a
   * feed's next forty cards, a thousand at once) and the rest of the page's
   * first read stay to be read later.
   */
  function add(tasks: Task[]): void {
    if (tasks.length > SMALL_CHANGE) queue.push(...tasks);
    else {
      queue.splice(soon, 0, ...tasks);
      soon += tasks.length;
    }
  }
  /** Frames whose loads we follow: each load brings a new document to read. */
  const followedFrames = new WeakSet<Element>();
  /**
   * Custom elements seen without a shadow root, each followed by when we stop waiting for
   * it: one may attach later, with no mutation to tell. An array, not a map: a node's
   * wrapper that is a key in a map stays as long as the node (see `watch`), and a feed's
   * light-DOM components (a badge, a rating) are thousands of them.
   */
  const pending: (Element | number)[] = [];
  /** When the current slice of reading started, whole ms: when a pending host was seen. */
  let sliceStart = 0;
  /** Blocks last read as longer than a message can be. */
  const tooLong = new WeakSet<Element>();
  let changed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  let recheckTimer: ReturnType<typeof setTimeout> | undefined;

  const isOwn = (el: Element) => !!ownHost && el.localName === ownHost;

  function set(el: Element, kind: FactKind, text: string): void {
    const candidates = byKind[kind];
    const before = candidates.get(el);
    if (!text || !filter(kind, text)) {
      if (before) {
        candidates.delete(el);
        if (before.perceived) changed = true;
      }
      return;
    }
    if (before?.text === text) return;
    const perceived = isPerceivable(el, { layout });
    candidates.set(el, { text, perceived, tries: 0 });
    if (perceived || before?.perceived) changed = true;
    if (!perceived) scheduleRecheck();
  }

  function readHeadingOrControl(el: Element): void {
    // Most elements of a page are neither: spare them two selector matches each.
    if (!NAMED_TAGS.has(el.localName) && !el.hasAttribute('role')) return;
    if (el.matches(HEADINGS)) set(el, 'heading', normalizeText(perceivedText(el)));
    else if (el.matches(CONTROLS) && !el.closest('input,textarea,select'))
      set(el, 'control', normalizeText(accessibleName(el)));
  }

  function readBlock(block: Element): void {
    if (block.closest(EDITABLE)) return;
    // A control's words are its name, not a message (a button reading "Card linked" proves nothing).
    if (composedClosest(block, CONTROLS)) return;
    const raw = perceivedText(block, { skipControls: true, limit: MAX_TEXT });
    if (raw.length > MAX_TEXT) tooLong.add(block);
    else tooLong.delete(block);
    set(block, 'text', raw.length > MAX_TEXT ? '' : normalizeText(raw));
  }

  /**
   * Whether a piece of text is worth reading its message for: it could be
   * part of a label's words, or its message already is one (and may have
   * changed). Product titles and prices of a busy feed stop here, before
   * their messages are read and folded (issue #10).
   */
  function mayMatter(text: Node, block: Element): boolean {
    return byKind.text.has(block) || filter('part', normalizeText(text.nodeValue ?? ''));
  }

  /**
   * Words changed at `node`: read again the message it belongs to, and the
   * heading or control it is part of (their names are their words).
   */
  function rereadAround(node: Node, added = false): void {
    const own = node.nodeType === ELEMENT_NODE ? (node as Element) : null;
    // An element that was itself a message (now emptied, say) is read again too.
    if (own && byKind.text.has(own)) readBlock(own);
    const block = messageBlock(node);
    // A block too long to be a message stays so as things are added to it: a feed's list
    // is not read again for each card that arrives.
    if (block && !(added && tooLong.has(block)) && (own || mayMatter(node, block)))
      readBlock(block);
    const start = own ?? composedParent(node);
    const named = start && composedClosest(start, NAMED);
    if (named) readHeadingOrControl(named);
  }

  /**
   * Observing a root again only sets the same options again (DOM standard), so
   * no set of watched roots: a node's wrapper that is a key in a set or map
   * can never be dropped while the node lives (V8 keeps wrappers with an
   * identity hash), which held one per shadow root of a busy feed (issue #10).
   */
  function watch(root: Node): void {
    observer.observe(root, OBSERVE);
  }

  /**
   * A frame shows a document of its own, and each load replaces it: read the
   * new one, and drop what the old one held. Followed whatever its origin now,
   * since a frame can navigate to our origin later; only a same-origin
   * document can be read.
   */
  function followFrame(frame: Element): void {
    if (followedFrames.has(frame)) return;
    followedFrames.add(frame);
    frame.addEventListener(
      'load',
      () => {
        // Scanning the frame enters its new document; styles loaded with it change what shows.
        add([{ sweep: true }, { scan: frame }, { recheckUnder: frame }]);
        schedule();
      },
      { signal },
    );
  }

  /**
   * Passes over a subtree whose words cannot hold a label (issue #10: the cards
   * of a product feed), instead of reading it node by node: true when none of
   * its text, its shadow roots' included, has all the letters of any label,
   * and nothing in it takes words from elsewhere. Its shadow roots are watched
   * and custom elements waited for all the same, so words that come later are
   * read then; a label read in it before lost its words through a change that
   * had it read again (a `reread`).
   */
  function passOver(root: Element | ShadowRoot): boolean {
    if (root.nodeType === ELEMENT_NODE && (root as Element).matches(WORDS_ELSEWHERE)) return false;
    // Most subtrees that hold a label say so in their own text: no need to look further.
    let text = root.textContent!;
    if (filter('subtree', text)) return false;
    const trees = [root];
    // Watched and waited for as the walk would (both only once), passed over or not.
    const enter = (el: Element) => {
      if (!el.shadowRoot) return waitForShadow(el);
      watch(el.shadowRoot);
      trees.push(el.shadowRoot);
    };
    if (root.nodeType === ELEMENT_NODE) enter(root as Element);
    for (let i = 0; i < trees.length; i += 1) {
      const tree = trees[i]!;
      if (tree.querySelector(WORDS_ELSEWHERE)) return false;
      if (i) text += tree.textContent!;
      // By index: `forEach` calls back from the binding per element, four times the cost
      // over a feed's card roots (Chromium).
      const all = tree.querySelectorAll('*');
      for (let j = 0; j < all.length; j += 1) enter(all[j]!);
    }
    // Tested once, joined: a heading's or message's words may come from several trees.
    return trees.length === 1 || !filter('subtree', text);
  }

  /** A custom element with no shadow root yet: one may attach later, with no mutation to tell. */
  function waitForShadow(el: Element): void {
    // No set to tell a host met again (a subtree read again: see `pending`): a repeat costs
    // a look of some nanoseconds until it expires or the oldest make room.
    // Past the cap (a page that has its components read again and again, as a modal's
    // aria-hidden on the whole page does), no more are added until some go.
    if (!el.localName.includes('-') || isOwn(el) || pending.length > 2 * MAX_PENDING_HOSTS) return;
    pending.push(
      el,
      sliceStart + (el.matches(':defined') ? DEFINED_LATE_SHADOW_MS : LATE_SHADOW_MS),
    );
    scheduleRecheck();
  }

  /**
   * Reads a subtree as rendered: headings, controls, message blocks; enters
   * open shadow roots and same-origin frames. Shadow roots, and a `whole`
   * subtree, are passed over when no label can be in them.
   */
  function scan(root: Node, deadline: number, whole = false): Node[] {
    const stack: Node[] = [root];
    const blocks = new Set<Element>();
    let visited = 0;
    while (stack.length) {
      // The clock is read every 32 nodes: a node costs microseconds, a clock read too.
      if ((++visited & 31) === 0 && now() > deadline) return stack;
      const node = stack.pop()!;
      if (
        (node.nodeType === FRAGMENT_NODE ||
          (whole && node === root && node.nodeType === ELEMENT_NODE)) &&
        passOver(node as Element | ShadowRoot)
      )
        continue;
      if (node.nodeType === TEXT_NODE) {
        if (!node.nodeValue?.trim()) continue;
        const block = messageBlock(node);
        if (block && !blocks.has(block) && mayMatter(node, block)) {
          blocks.add(block);
          readBlock(block);
        }
        continue;
      }
      if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        if (el.localName === 'iframe' || el.localName === 'frame') {
          followFrame(el);
          const inner = frameDocument(el);
          if (inner) {
            watch(inner);
            stack.push(inner.documentElement);
          }
          continue;
        }
        if (isSilent(el) || isOwn(el)) continue;
        readHeadingOrControl(el);
        const shadow = el.shadowRoot;
        if (shadow) {
          watch(shadow);
          // Light children hidden behind a shadow root still matter when slotted later: read them too.
          for (const c of childrenOf(el)) stack.push(c);
          // Read as rendered, first: the shadow root as one subtree.
          stack.push(shadow);
          continue;
        }
        waitForShadow(el);
      }
      const children = renderedChildren(node);
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
    }
    return [];
  }

  /** Checks again whether candidates under `root` (or, with null, the ones not seen yet) show. */
  function recheck(root: Node | null): void {
    for (const [el, c] of allCandidates()) {
      // Gone with its frame's document (in Firefox dead: any use throws); the sweep queued
      // with that load or removal drops it.
      if (!stillShown(el)) continue;
      const within =
        root === null
          ? !c.perceived
          : root.nodeType === DOCUMENT_NODE || root.contains(el) || composedContains(root, el);
      if (!within) continue;
      const perceived = isPerceivable(el, { layout });
      if (perceived !== c.perceived) {
        c.perceived = perceived;
        c.tries = 0;
        changed = true;
      }
      if (!perceived) scheduleRecheck();
    }
  }

  /** Whether `el` is rendered within `root`, through shadow roots and out of frames. */
  function composedContains(root: Node, el: Element): boolean {
    for (let e: Element | null = el; e; e = composedParent(e) ?? hostFrame(e.ownerDocument)) {
      if (e === root) return true;
    }
    return false;
  }

  /**
   * Whether a class or style set on `el` can change how a candidate shows: one is in it.
   * An animation step or a carousel's slide elsewhere then costs no turn of reading: a
   * style set every frame cost an idle callback, a timer and a turn each, outside the
   * budget (about 7 ms a second). Past 32 candidates (a hostile page's decoys), not
   * looked for: rechecked as ever. Asked in the observer's callback, outside the turns'
   * guard: a candidate that throws (Firefox's dead node of a frame gone, until the sweep)
   * must not cost the batch's fallback (the whole page read again), so it counts as held
   * and the turn looks.
   */
  function holdsCandidate(el: Element): boolean {
    let n = 0;
    try {
      for (const [c] of allCandidates()) if (++n > 32 || composedContains(el, c)) return true;
    } catch {
      return true;
    }
    return false;
  }

  function sweep(): void {
    for (const candidates of Object.values(byKind)) {
      for (const [el, c] of candidates) {
        if (stillShown(el)) continue;
        candidates.delete(el);
        if (c.perceived) changed = true;
      }
    }
  }

  function scheduleRecheck(): void {
    if (recheckTimer !== undefined || signal.aborted) return;
    let wait = RECHECK_MS[RECHECK_MS.length - 1]!;
    for (const [, c] of allCandidates()) {
      if (!c.perceived)
        wait = Math.min(wait, RECHECK_MS[Math.min(c.tries, RECHECK_MS.length - 1)]!);
    }
    if (pending.length) wait = Math.min(wait, RECHECK_MS[1]!);
    recheckTimer = setTimeout(() => {
      recheckTimer = undefined;
      let unseen = false;
      for (const [, c] of allCandidates()) {
        if (!c.perceived) {
          c.tries += 1;
          unseen = true;
        }
      }
      // Only what was not seen yet: the perceived ones change through mutations.
      if (unseen) add([{ recheckUnder: null }, { sweep: true }]);
      checkPendingHosts();
      schedule();
      if (pending.length) scheduleRecheck();
    }, wait);
  }

  /**
   * Reads the shadow roots attached since the last look; drops hosts waited for long
   * enough. One property read per host (a host gone from the page is dropped when it
   * expires: a scan skips what is not connected), and counted in the budget.
   */
  function checkPendingHosts(): void {
    const start = now();
    // Kept in place: a new array of thousands at every look cost a quarter of the look.
    let kept = 0;
    for (let i = 0; i < pending.length; i += 2) {
      const host = pending[i] as Element;
      if (host.shadowRoot) add([{ scan: host, whole: true }]);
      else if (start < (pending[i + 1] as number)) {
        pending[kept++] = host;
        pending[kept++] = pending[i + 1]!;
      }
    }
    pending.length = kept;
    budget.record(start, now());
  }

  function run(sliceMs: number): void {
    const start = now();
    // Whole ms: a small integer takes no heap of its own in the array.
    sliceStart = start | 0;
    const deadline = start + sliceMs;
    while (queue.length && now() <= deadline) {
      const task = queue.shift()!;
      if (soon) soon -= 1;
      try {
        if ('scan' in task) {
          if (!task.scan.isConnected) continue;
          const rest = scan(task.scan, deadline, task.whole);
          // Out of time mid-subtree: the rest goes back, in order, first among the work that
          // waits (a small change that held a large subtree joins it).
          if (rest.length) queue.splice(soon, 0, ...rest.map((n) => ({ scan: n })));
        } else if ('reread' in task) {
          if (task.reread.isConnected) rereadAround(task.reread, task.added);
        } else if ('recheckUnder' in task) {
          recheck(task.recheckUnder);
        } else {
          sweep();
        }
      } catch {
        // A node a page script tampered with must not stop the reading of the rest.
      }
    }
    budget.record(start, now());
    if (!firstReadDone && !queue.length) {
      firstReadDone = true;
      budget.limits = requested;
      // The page is known now, even if it holds nothing of the rules': say so once.
      changed = true;
    }
    if (changed) {
      changed = false;
      onChange();
    }
  }

  function tick(): void {
    clearTimeout(timer);
    if (idle !== undefined) doc.defaultView?.cancelIdleCallback?.(idle);
    timer = undefined;
    idle = undefined;
    if (signal.aborted || !queue.length) return;
    const allowance = budget.allowance(now());
    if (allowance <= 0) {
      timer = setTimeout(tick, Math.max(1, -allowance));
      return;
    }
    try {
      run(allowance);
    } finally {
      // Even if a listener threw, queued work is not left waiting for the next mutation.
      if (queue.length) schedule();
    }
  }

  function schedule(): void {
    // Nothing queued (a countdown's tick): no idle callback and timer to set, run and cancel.
    if (timer !== undefined || idle !== undefined || signal.aborted || !queue.length) return;
    const view = doc.defaultView;
    // Idle time first; a busy page still gets its turn within 50 ms (detection latency).
    if (view && 'requestIdleCallback' in view) {
      idle = view.requestIdleCallback(tick, { timeout: 50 });
      // An engine may hold idle callbacks back (a throttled document): never wait on one for long.
      timer = setTimeout(tick, 250);
    } else timer = setTimeout(tick, 0);
  }

  /**
   * For a batch too large to look through, or one that threw (in Firefox a record of a
   * frame's document that went away before its records came: dead, any use throws): the
   * whole page. Made once, not per batch: the callback runs up to every frame.
   */
  function readWhole(tasks: Task[]): void {
    tasks.push({ sweep: true }, { scan: doc.documentElement }, { recheckUnder: doc });
  }

  function enqueueRecords(records: MutationRecord[]): void {
    const tasks: Task[] = [];
    let removed = false;
    if (records.length > HUGE_BATCH) readWhole(tasks);
    else
      try {
        for (const record of records) {
          const target = record.target;
          if (record.type === 'childList') {
            // A countdown that sets its text anew: text comes and goes with the same words, or
            // none (in one record or, in some engines, two). Nothing to read.
            const added = record.addedNodes;
            if ((wordsOf(added) ?? 0) === wordsOf(record.removedNodes)) continue;
            for (const node of added) {
              if (node.nodeType === TEXT_NODE) {
                // Words that replaced others are read through the removal, below.
                if (wordsIn(node.nodeValue)) tasks.push({ reread: node });
              } else if (node.nodeType === ELEMENT_NODE) {
                tasks.push({ scan: node, whole: true });
                // Added inside a message, heading or control: their words changed too.
                tasks.push({ reread: node, added: true });
              }
            }
            if (record.removedNodes.length) {
              removed = true;
              // A message, heading or control that lost a part reads differently now.
              tasks.push({ reread: target.firstChild ?? target });
            }
          } else if (record.type === 'characterData') {
            if (wordsIn(record.oldValue) !== wordsIn(target.nodeValue))
              tasks.push({ reread: target });
          } else if (target.nodeType === ELEMENT_NODE) {
            const el = target as Element;
            // These change which words are rendered or announced, not only whether they show.
            if (record.attributeName !== 'class' && record.attributeName !== 'style') {
              tasks.push({ scan: el, whole: true }, { reread: el.firstChild ?? el });
            } else if (!holdsCandidate(el)) continue;
            tasks.push({ recheckUnder: el });
          }
        }
      } catch {
        readWhole(tasks);
      }
    if (removed) tasks.push({ sweep: true });
    // Only text that ticked (countdowns: ten batches a second on a deals page), or a class or
    // style set where no candidate is (an animation step), leaves nothing to read: the guide
    // is not told of it either. It learns of its control's moves from the browser
    // (element-tracker.ts).
    if (tasks.length) options.onMutation?.(records);
    add(tasks);
    schedule();
  }

  const observer = new MutationObserver(enqueueRecords);
  watch(doc);
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    clearTimeout(recheckTimer);
    if (idle !== undefined) doc.defaultView?.cancelIdleCallback?.(idle);
  });
  // Styles that load late (a stylesheet, a font) change what is visible without a mutation here.
  doc.defaultView?.addEventListener(
    'load',
    () => {
      add([{ recheckUnder: doc }]);
      schedule();
    },
    { signal, once: true },
  );
  queue.push({ scan: doc.documentElement ?? doc });
  schedule();

  const facts = (): PageFacts => {
    const perceived = (kind: FactKind) =>
      [...byKind[kind].values()].filter((c) => c.perceived).map((c) => c.text);
    return {
      headings: perceived('heading'),
      controls: perceived('control'),
      texts: perceived('text'),
    };
  };

  return {
    facts,
    setBudget(limits) {
      requested = limits;
      if (firstReadDone) budget.limits = limits;
    },
    flush() {
      while (queue.length) run(Infinity);
    },
    elements(kind, texts) {
      const found: Element[] = [];
      for (const [el, c] of byKind[kind])
        if (c.perceived && texts.includes(c.text) && stillShown(el)) found.push(el);
      // 4: Node.DOCUMENT_POSITION_FOLLOWING, as a number (the content script's bytes are scarce).
      return found.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
    },
  };
}
