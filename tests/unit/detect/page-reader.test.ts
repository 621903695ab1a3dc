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
  stop = new AbortController();
  changes = 0;
  reader = createPageReader(document, stop.signal, {
    filter,
    layout: false,
    onChange: () => (changes += 1),
  });
  reader.flush();
  changes = 0;
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
    stop.abort();
    stop = new AbortController();
    reader = createPageReader(document, stop.signal, {
      filter: words,
      layout: false,
      onChange: () => (changes += 1),
    });
    reader.flush();
    words.mockClear();
    changes = 0;
    for (let tick = 0; tick < 5; tick += 1) {
      for (const el of document.querySelectorAll('.countdown'))
        el.textContent = `00:09:${String(tick).padStart(2, '0')}`;
      await settle();
    }
    // Not one word check: a tick costs the walk over its mutation records, nothing more.
    expect(words).not.toHaveBeenCalled();
    expect(changes).toBe(0);
    // Words in place of the digits are read as ever.
    document.querySelector('.countdown')!.textContent = DEFAULT_LABELS.cardLinked.en;
    await settle();
    expect(words).toHaveBeenCalled();
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
    // No mutation tells of this: the reader looks again at custom elements it saw bare.
    host.attachShadow({ mode: 'open' }).innerHTML = `<p>${DEFAULT_LABELS.cardLinked.en}</p>`;
    await vi.waitFor(
      () => {
        reader.flush();
        expect(reader.facts().texts).toContain('card linked');
      },
      { timeout: 3000, interval: 50 },
    );
    // Once found, the shadow root is watched like the document.
    host.shadowRoot!.querySelector('p')!.textContent = 'Something else';
    await settle();
    expect(reader.facts().texts).not.toContain('card linked');
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
