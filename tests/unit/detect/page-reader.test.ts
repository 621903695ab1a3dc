// @vitest-environment happy-dom
/**
 * Issue #10: the reader's cost follows what changes. After one read, a ticking
 * countdown costs no style or layout work, a toast that appears later (also in
 * a shadow root attached late) is caught, and one that goes is dropped.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LABELS } from '@/utils/detect/default-labels';
import { DEFAULT_RULES } from '@/utils/detect/default-rules';
import { compileRules, wordFilter } from '@/utils/detect/matcher';
import { createPageReader, type PageReader } from '@/utils/detect/page-reader';

const filter = wordFilter(compileRules(DEFAULT_RULES));
let stop: AbortController;
let changes = 0;
let reader: PageReader;

/**
 * (Re)starts the reader on the page as it is, read once, with `words` as its
 * filter, telling `onMutation` of batches as the guide is told.
 */
function startReader(
  words: typeof filter = filter,
  onMutation?: (records: readonly MutationRecord[]) => void,
): void {
  stop?.abort();
  stop = new AbortController();
  reader = createPageReader(document, stop.signal, {
    filter: words,
    layout: false,
    onChange: () => (changes += 1),
    onMutation,
  });
  reader.flush();
  changes = 0;
}

/** Attaches a shadow root holding "Card linked" to `host`, which no mutation tells of. */
async function attachLateAndFind(host: Element): Promise<void> {
  host.attachShadow({ mode: 'open' }).innerHTML = `<p>${DEFAULT_LABELS.cardLinked.en}</p>`;
  // The reader looks again at custom elements it saw bare.
  await vi.waitFor(
    () => {
      reader.flush();
      expect(reader.facts().texts).toContain('card linked');
    },
    { timeout: 3000, interval: 50 },
  );
}

/** Makes reading `property` of `node` throw, as any use of a dead node does in Firefox. */
function deadOn(node: Node, property: string): void {
  Object.defineProperty(node, property, {
    get() {
      throw new TypeError("can't access dead object");
    },
  });
}

/** Shows "Card linked" in a status added in the same task as what came before. */
function addCardLinkedStatus(): void {
  const toast = document.createElement('div');
  toast.setAttribute('role', 'status');
  toast.textContent = DEFAULT_LABELS.cardLinked.en;
  document.body.append(toast);
}

/** Lets the observer deliver its records, then runs whatever the reader queued. */
async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 0));
  reader.flush();
}

beforeEach(() => {
  document.body.innerHTML = `<h1>${DEFAULT_LABELS.manageCards.en}</h1><ul id="deals"></ul>`;
  for (let i = 0; i < 40; i += 1) {
    document
      .getElementById('deals')!
      .insertAdjacentHTML(
        'beforeend',
        `<li>Deal ${i} <span class="countdown">00:10:${String(i).padStart(2, '0')}</span></li>`,
      );
  }
  startReader();
});
afterEach(() => {
  stop.abort();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('incremental page reading', () => {
  it('reads the page once: the heading, and none of the deals', () => {
    expect(reader.facts().headings).toEqual(['manage your cards']);
    expect(reader.facts().texts).toEqual(['manage your cards']);
  });

  it('spends no style or layout work on text that merely ticks', async () => {
    const styles = vi.spyOn(window, 'getComputedStyle');
    for (let tick = 0; tick < 20; tick += 1) {
      for (const el of document.querySelectorAll('.countdown')) {
        el.firstChild!.nodeValue = `00:09:${String(tick).padStart(2, '0')}`;
      }
      await settle();
    }
    expect(styles).not.toHaveBeenCalled();
    expect(changes).toBe(0);
  });

  it('reads nothing when a countdown sets its text anew (textContent), as the deals page does', async () => {
    const words = vi.fn(filter);
    startReader(words);
    words.mockClear();
    const timers = vi.spyOn(window, 'setTimeout');
    for (let tick = 0; tick < 5; tick += 1) {
      for (const el of document.querySelectorAll('.countdown'))
        el.textContent = `00:09:${String(tick).padStart(2, '0')}`;
      await settle();
    }
    // Not one word check: a tick costs the walk over its mutation records, nothing more,
    // not even a turn to run nothing in (the only timers are settle()'s own, one a tick).
    expect(words).not.toHaveBeenCalled();
    expect(timers).toHaveBeenCalledTimes(5);
    expect(changes).toBe(0);
    // Words in place of the digits are read as ever.
    document.querySelector('.countdown')!.textContent = DEFAULT_LABELS.cardLinked.en;
    await settle();
    expect(words).toHaveBeenCalled();
  });

  // Browsers tell of text set anew (`textContent`) in one record, which the reader compares
  // too; this DOM in two, so here only text changed in place, as frameworks do.
  it('reads nothing when a countdown with words ticks', async () => {
    const words = vi.fn(filter);
    const clocks = [...document.querySelectorAll('.countdown')];
    for (const el of clocks) el.textContent = 'Ends in 5h 09m 59s';
    startReader(words);
    words.mockClear();
    for (let tick = 0; tick < 5; tick += 1) {
      for (const el of clocks) el.firstChild!.nodeValue = `Ends in 5h 0${8 - tick}m ${50 + tick}s`;
      await settle();
    }
    expect(words).not.toHaveBeenCalled();
    expect(changes).toBe(0);
    // New words are read.
    clocks[1]!.firstChild!.nodeValue = DEFAULT_LABELS.cardLinked.en;
    await settle();
    expect(words).toHaveBeenCalledWith('part', 'card linked');
  });

  it('tells the guide of what moves the page, not of text that ticks', async () => {
    const moves = vi.fn();
    startReader(filter, moves);
    for (let tick = 0; tick < 3; tick += 1) {
      // Set in place, and set anew, as countdowns do both.
      for (const el of document.querySelectorAll('.countdown')) {
        el.firstChild!.nodeValue = `00:08:${tick}0`;
        el.textContent = `00:07:${tick}0`;
      }
      await settle();
    }
    expect(moves).not.toHaveBeenCalled();
    // A card added to the feed, a banner's words, a class that may hide something: told.
    document.getElementById('deals')!.append(document.createElement('li'));
    await settle();
    expect(moves).toHaveBeenCalledTimes(1);
    document.querySelector('li')!.firstChild!.nodeValue = 'Sold out ';
    await settle();
    expect(moves).toHaveBeenCalledTimes(2);
    document.querySelector('h1')!.className = 'collapsed';
    await settle();
    expect(moves).toHaveBeenCalledTimes(3);
  });

  it('spends no turn on a style set every frame where no candidate is, and does not tell the guide', async () => {
    const moves = vi.fn();
    startReader(filter, moves);
    const ticker = document.body.appendChild(document.createElement('p'));
    ticker.textContent = 'Today only: earbuds, chargers, watches';
    await settle();
    moves.mockClear();
    const timers = vi.spyOn(window, 'setTimeout');
    for (let frame = 0; frame < 5; frame += 1) {
      ticker.style.transform = `translateX(${frame}px)`;
      ticker.className = `frame-${frame}`;
      await settle();
    }
    // Not a turn of reading (the only timers are settle()'s own, one a frame), nor a word
    // to the guide: it hears of its control's moves from the browser (element-tracker.ts).
    expect(timers).toHaveBeenCalledTimes(5);
    expect(moves).not.toHaveBeenCalled();
    // A style on what holds a candidate is looked at: the page's heading hidden, and back.
    document.body.style.opacity = '0';
    await settle();
    expect(reader.facts().headings).toEqual([]);
    document.body.style.opacity = '';
    await settle();
    expect(reader.facts().headings).toEqual(['manage your cards']);
  });

  // Firefox makes every node of a frame's document that went away "dead": any use throws,
  // until the sweep that its removal queued drops it. A style set meanwhile must not lose the
  // rest of its batch: here a toast added in the same task.
  it('reads the rest of a batch when a candidate it looks through throws, as a dead one does', async () => {
    deadOn(document.querySelector('h1')!, 'assignedSlot');
    const ticker = document.body.appendChild(document.createElement('p'));
    await settle();
    ticker.style.transform = 'translateX(2px)';
    addCardLinkedStatus();
    await settle();
    expect(reader.facts().texts).toContain('card linked');
  });

  // The same for a record that throws when read, as one of a frame's document that went away
  // before its records came would: the batch falls back to reading the whole page.
  it('reads the page again when a record of the batch throws, and finds the rest', async () => {
    const box = document.body.appendChild(document.createElement('div'));
    await settle();
    const dead = document.createTextNode('gone');
    deadOn(dead, 'nodeValue');
    box.append(dead);
    dead.remove();
    addCardLinkedStatus();
    await settle();
    expect(reader.facts().texts).toContain('card linked');
  });

  it('catches a toast that appears later, and lets it go when it goes', async () => {
    const toast = document.createElement('div');
    toast.setAttribute('role', 'status');
    toast.textContent = `${DEFAULT_LABELS.cardLinked.en} Visa •••• 4242`;
    document.body.append(toast);
    await settle();
    expect(reader.facts().texts).toContain('card linked visa •••• 4242');
    expect(changes).toBe(1);
    toast.remove();
    await settle();
    expect(reader.facts().texts).not.toContain('card linked visa •••• 4242');
    expect(changes).toBe(2);
  });

  it('reads a shadow root that a custom element attaches after it was read', async () => {
    const host = document.createElement('pay-toast');
    document.body.append(host);
    await settle();
    await attachLateAndFind(host);
    // Once found, the shadow root is watched like the document.
    host.shadowRoot!.querySelector('p')!.textContent = 'Something else';
    await settle();
    expect(reader.facts().texts).not.toContain('card linked');
  });

  // Blink keeps the live list `childNodes` (or `children`) returns on the node for the node's
  // lifetime: asked of every element of a feed, that was 130 KB on the busy store page.
  it('leaves no child list on the nodes it reads: light, shadow, slotted and closed details', () => {
    const host = document.createElement('deal-card');
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<p>${DEFAULT_LABELS.cardLinked.en}</p><slot></slot>`;
    host.innerHTML = `<span>${DEFAULT_LABELS.linkCard.en}</span>`;
    document.body.append(host);
    document.body.insertAdjacentHTML(
      'beforeend',
      `<details><summary>${DEFAULT_LABELS.manageCards.en}</summary><p>Hidden</p></details>`,
    );
    const lists = [
      vi.spyOn(Node.prototype, 'childNodes', 'get'),
      vi.spyOn(Element.prototype, 'children', 'get'),
    ];
    startReader((_, text) => text.length > 0);
    expect(reader.facts().texts).toContain('card linked');
    for (const list of lists) expect(list).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('notices a status that becomes visible without any change to its words', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div id="t" role="status" style="opacity:0">${DEFAULT_LABELS.accountReady.en}</div>`,
    );
    await settle();
    expect(reader.facts().texts).toEqual(['manage your cards']);
    document.getElementById('t')!.style.opacity = '1';
    await settle();
    expect(reader.facts().texts).toContain('your alipay account is ready');
  });
});

/** A product card as feeds build them: a custom element whose words live in its shadow root. */
function card(inner: string): HTMLLIElement {
  const li = document.createElement('li');
  const host = document.createElement('deal-card');
  host.attachShadow({ mode: 'open' }).innerHTML =
    `<style>:host{display:block}</style><span aria-hidden="true">local_fire_department</span>${inner}`;
  li.append(host);
  return li;
}
const plainCard = (n: number) =>
  card(
    `<h3>Deal ${n}: wireless earbuds</h3><p>€12.99</p><button type="button">Add to cart</button>`,
  );

describe('passing over what can hold no label (issue #10)', () => {
  let words: ReturnType<typeof vi.fn<typeof filter>>;
  let feed: HTMLElement;

  beforeEach(() => {
    feed = document.getElementById('deals')!;
    for (let n = 0; n < 20; n += 1) feed.append(plainCard(n));
    words = vi.fn(filter);
    startReader(words);
  });

  /** The word checks made of single pieces and of messages, headings and controls. */
  const pieceChecks = () => words.mock.calls.filter(([kind]) => kind !== 'subtree');

  it('reads no card of a feed piece by piece, on the first read or as cards arrive', async () => {
    const cardWords = (call: unknown[]) => /earbuds|add to cart|€/.test(String(call[1]));
    expect(pieceChecks().filter(cardWords)).toEqual([]);
    words.mockClear();
    for (let n = 20; n < 60; n += 1) feed.append(plainCard(n));
    await settle();
    expect(pieceChecks().filter(cardWords)).toEqual([]);
    // One check per card that came, on the card as a whole.
    expect(words.mock.calls.filter(([kind]) => kind === 'subtree').length).toBeGreaterThan(0);
    expect(reader.facts().headings).toEqual(['manage your cards']);
  });

  it('still reads a card passed over once words come into it, and cards that hold a label', async () => {
    const passed = feed.querySelector('deal-card')!.shadowRoot!;
    passed.querySelector('p')!.setAttribute('role', 'status');
    passed.querySelector('p')!.textContent = DEFAULT_LABELS.cardLinked.en;
    await settle();
    expect(reader.facts().texts).toContain('card linked');

    feed.append(card(`<div role="status">${DEFAULT_LABELS.accountReady.es}</div>`));
    await settle();
    expect(reader.facts().texts).toContain(DEFAULT_LABELS.accountReady.es.toLowerCase());
  });

  it('reads words that only together make a label: across a shadow root, around a hidden icon', async () => {
    const [first, second] = DEFAULT_LABELS.cardLinked.en.split(' ');
    const message = document.createElement('p');
    message.append(`${first} `, document.createElement('x-word'));
    message.lastElementChild!.attachShadow({ mode: 'open' }).textContent = second!;
    const heading = document.createElement('section');
    heading.innerHTML = '<h2><x-title></x-title></h2>';
    heading.querySelector('x-title')!.attachShadow({ mode: 'open' }).textContent =
      DEFAULT_LABELS.myAliExpress.es;
    const iconed = document.createElement('div');
    iconed.innerHTML = `<div role="status">${first} <span aria-hidden="true">check_circle</span>${second}</div>`;
    document.body.append(message, heading, iconed);
    await settle();
    expect(reader.facts().texts.filter((t) => t === 'card linked')).toHaveLength(2);
    expect(reader.facts().headings).toContain(DEFAULT_LABELS.myAliExpress.es.toLowerCase());
  });

  it('reads names that come from elsewhere: a label attribute, a slot', async () => {
    const control = document.createElement('div');
    control.innerHTML = `<span role="button" tabindex="0" aria-label="${DEFAULT_LABELS.linkCard.en}"><i>+</i></span>`;
    const host = document.createElement('x-status');
    host.append(DEFAULT_LABELS.cardLinked.en.split(' ')[0]!);
    host.attachShadow({ mode: 'open' }).innerHTML =
      `<p role="status"><slot></slot> ${DEFAULT_LABELS.cardLinked.en.split(' ')[1]}</p>`;
    document.body.append(control, host);
    await settle();
    expect(reader.facts().controls).toContain('link card');
    expect(reader.facts().texts).toContain('card linked');

    // Its label gone, the control is read again, though nothing in it could be one now.
    control.querySelector('span')!.removeAttribute('aria-label');
    await settle();
    expect(reader.facts().controls).not.toContain('link card');
  });

  it('waits for a custom element in a card passed over to attach its shadow root', async () => {
    const li = plainCard(99);
    const late = document.createElement('pay-toast');
    li.append(late);
    feed.append(li);
    await settle();
    await attachLateAndFind(late);
  });

  it('waits for hundreds of light-DOM components, none looked at more often than the late one it finds', async () => {
    // Components that render into their light DOM (a badge, a rating) never attach a
    // shadow root: hundreds of hosts to wait for, inside cards and beside them.
    for (let n = 0; n < 200; n += 1) {
      const li = card(`<star-rating>4.${n % 10}</star-rating>`);
      li.append(document.createElement('deal-badge'));
      feed.append(li);
    }
    const late = document.createElement('pay-toast');
    feed.append(late);
    await settle();
    const looks = vi.spyOn(Element.prototype, 'shadowRoot', 'get');
    await attachLateAndFind(late);
    // No host is waited for twice over (a subtree read again must not add it again).
    const hostLooks = looks.mock.contexts.filter((el) => (el as Element).localName !== 'pay-toast');
    const perHost = new Map<unknown, number>();
    for (const el of hostLooks) perHost.set(el, (perHost.get(el) ?? 0) + 1);
    const lateLooks = looks.mock.contexts.filter((el) => el === late).length;
    expect(perHost.size).toBeGreaterThanOrEqual(400);
    expect(Math.max(...perHost.values())).toBeLessThanOrEqual(lateLooks);
    vi.restoreAllMocks();
  });

  it('reads a feed longer than any message once, not again for each card that arrives', async () => {
    feed.append(plainCard(100));
    await settle();
    const reads = vi.spyOn(feed, 'closest');
    for (let n = 101; n < 110; n += 1) feed.append(plainCard(n));
    await settle();
    expect(reads).not.toHaveBeenCalled();
    // Words taken out of it may make it a message again: then it is read.
    for (const li of [...feed.children]) li.remove();
    feed.textContent = DEFAULT_LABELS.cardLinked.en;
    await settle();
    expect(reads).toHaveBeenCalled();
    expect(reader.facts().texts).toContain('card linked');
  });

  it('reads a toast that comes while it is still behind with a page that grew a lot', async () => {
    stop.abort();
    stop = new AbortController();
    // Slices of 2 ms, so the backlog below takes many turns.
    reader = createPageReader(document, stop.signal, {
      filter,
      layout: false,
      onChange: () => undefined,
      budget: { perSecondMs: 10 },
    });
    reader.flush();
    // Many messages at once, each read in full (they hold a label's words)…
    const notice = `${DEFAULT_LABELS.cardLinked.en} to another account could not be verified`;
    const many = document.createElement('div');
    many.innerHTML = `<p>${notice}</p>`.repeat(2000);
    document.body.append(many);
    await new Promise((r) => setTimeout(r, 0));
    // …then a toast, in a mutation of its own.
    const toast = document.createElement('div');
    toast.setAttribute('role', 'status');
    toast.textContent = DEFAULT_LABELS.cardLinked.en;
    document.body.append(toast);
    await vi.waitFor(() => expect(reader.facts().texts).toContain('card linked'), {
      timeout: 3000,
      interval: 20,
    });
    // Read before what was waiting: most of the messages are not read yet.
    const notices = reader.facts().texts.filter((t) => t.startsWith('card linked to'));
    expect(notices.length).toBeLessThan(1000);
  });
});
