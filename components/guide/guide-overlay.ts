/**
 * The on-page guide: a highlight around the control to use next and a callout
 * that says what to do and why, or explains the error on screen. Never takes
 * focus, never blocks the page: only the callout itself receives the pointer.
 *
 * Plain DOM rather than Preact: the content script runs on every store page
 * and must stay within 15 KB gzip, and a framework was a third of it (issue
 * #10). The buttons are created once and never moved, so a keyboard user's
 * focus survives every re-render; the text above them is rebuilt only when it
 * changes.
 *
 * Beside its control the callout says everything. Docked as a bar (a narrow
 * screen, or no room beside the control: issue #11) it is compact: the step,
 * any error and a one-line instruction, with the title, tips and why behind a
 * "More" disclosure button; CSS does the folding, the words stay the same.
 */
import { stepIndex } from '@/utils/flow/steps';
import { chosenLanguage, t } from '@/utils/i18n/t';
import type { GuideActions, GuideView } from './guide-view';

type Child = Node | string | null | false | undefined;

function el(tag: string, props: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) node.setAttribute(name, value);
  for (const c of children) if (c) node.append(c);
  return node;
}

/**
 * Whole pixels. Turning a fractional number into text makes V8 allocate its
 * number-to-string cache (48 KB of heap, measured) on a page whose own scripts
 * never did; a box from getBoundingClientRect is often fractional, and the
 * callout and its ring need no finer place than a pixel.
 */
const px = (n: number) => `${Math.round(n)}px`;

/** Sets the text only when it changed: rewriting the same words still replaces the text node. */
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}

/** Sets only the style properties that changed: an unchanged callout costs the page no restyle. */
function setStyle(node: HTMLElement, values: Record<string, string>): void {
  for (const [name, value] of Object.entries(values)) {
    const style = node.style as unknown as Record<string, string>;
    if (style[name] !== value) style[name] = value;
  }
}

/**
 * Only what a person does acts on the guide (issue #12): a page script's
 * `.click()` or dispatched key is untrusted, so it cannot hide or turn off the
 * guide. (A DOM without trust flags, as in unit tests, leaves it undefined.)
 */
const byPerson = (e: Event) => e.isTrusted !== false;

function labelled(cls: string, label: string, text: string, extra: Record<string, string> = {}) {
  return el('p', { class: cls, ...extra }, el('strong', {}, `${label}: `), text);
}

/** The callout's words: everything above its buttons. */
function content(view: GuideView): Node[] {
  const { plan } = view;
  const step = plan.step;
  return [
    // No step counter over a completion message (issue #11).
    step && el('p', { class: 'count' }, t('stepOfTotal', String(stepIndex(step) + 1))),
    el('p', { class: 'title' }, view.title),
    ...plan.errors.map((key) =>
      labelled('error', t('problemLabel'), t(key), { 'data-agc-error': '' }),
    ),
    view.search === 'missing' &&
      view.controlName &&
      el('p', { class: 'missing' }, t('cantFind', view.controlName)),
    view.search === 'searching' && el('p', { class: 'searching' }, t('searching')),
    // An error's explanation already says what to do: the instruction once, not twice (issue #11).
    plan.errors.length === 0 && el('p', { class: 'say' }, view.say),
    view.tips.length > 0 &&
      el('ul', { class: 'tips' }, ...view.tips.map((tip) => el('li', {}, tip))),
    view.source &&
      el('p', { class: 'source', 'data-agc-source': '' }, t('packSource', view.source)),
    plan.why && labelled('why', t('whyLabel'), t(plan.why)),
  ].filter((n): n is HTMLElement => !!n);
}

export interface GuideOverlay {
  /** The callout while it is shown (for measuring its height). */
  readonly callout: HTMLElement | null;
  render(view: GuideView | null): void;
}

export function createGuideOverlay(root: HTMLElement, actions: GuideActions): GuideOverlay {
  const button = (action: string, onClick: () => void, cls?: string) => {
    const b = el('button', {
      type: 'button',
      'data-action': action,
      ...(cls ? { class: cls } : {}),
    });
    b.addEventListener('click', (e) => {
      if (byPerson(e)) onClick();
    });
    return b;
  };
  const live = el('div', {
    class: 'sr-only',
    role: 'status',
    'aria-live': 'polite',
    'data-agc-live': '',
  });
  const spotlight = el('div', { class: 'spotlight', 'data-agc-spotlight': '' });
  const words = el('div');
  const reported = el('p', { class: 'reported', role: 'status' });
  const different = button('looks-different', () => actions.reportDifferent());
  const hide = button('hide', () => actions.hide());
  const turnOff = button('turn-off', () => actions.turnOff(), 'quiet');
  // The bar's disclosure: guide.css folds the bar's extra words while it is not expanded.
  const expanded = (open: boolean) => more.setAttribute('aria-expanded', String(open));
  const more = button('more', () => expanded(more.getAttribute('aria-expanded') === 'false'));
  expanded(false);
  const row = el('div', { class: 'actions' }, hide, turnOff);
  const callout = el('section', { class: 'callout', 'data-agc-hint': '' }, words, row);
  callout.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && byPerson(e)) actions.hide();
  });
  root.append(live);
  let shownWords = '';

  /** Present or absent, never hidden with stale words (tests and screen readers read them). */
  const place = (node: Node, want: boolean, parent: Node, before: Node | null) => {
    if (want && node.parentNode !== parent) parent.insertBefore(node, before);
    if (!want) (node as ChildNode).remove();
  };

  return {
    get callout() {
      return callout.isConnected ? callout : null;
    },
    render(view) {
      setText(live, view?.announcement ?? '');
      if (!view) {
        spotlight.remove();
        callout.remove();
        return;
      }
      const ring = view.target;
      place(spotlight, !!ring, root, callout.isConnected ? callout : null);
      if (ring) {
        setStyle(spotlight, {
          top: px(ring.top),
          left: px(ring.left),
          width: px(ring.width),
          height: px(ring.height),
        });
      }
      const { plan, callout: at } = view;
      const attrs: Record<string, string> = {
        'aria-label': t('guideLabel'),
        'data-step': plan.step ?? 'all-done',
        'data-page': view.pageId,
        'data-control': plan.control ?? '',
        'data-search': view.search,
        'data-placement': at.placement,
      };
      for (const [name, value] of Object.entries(attrs))
        if (callout.getAttribute(name) !== value) callout.setAttribute(name, value);
      // A bar spans the viewport and sits on its edge whatever its final height (guide.css).
      const docked = at.placement.startsWith('dock');
      setStyle(callout, {
        top: at.placement === 'dock-bottom' ? '' : px(at.box.top),
        left: px(at.box.left),
        width: docked ? '' : px(at.box.width),
      });
      const key = JSON.stringify([
        view.title,
        view.say,
        view.tips,
        view.source,
        plan,
        view.search,
        view.controlName,
        // Its labels ("Step 1 of 5", "Why") change with the language even when a pack's texts do not.
        chosenLanguage().setting,
      ]);
      if (key !== shownWords) {
        shownWords = key;
        words.replaceChildren(...content(view));
      }
      const missing = view.search === 'missing';
      setText(reported, missing && view.reported ? t('looksDifferentSent') : '');
      place(reported, missing && view.reported, row, hide);
      place(different, missing && !view.reported, row, hide);
      place(more, docked, row, row.firstChild);
      setText(more, t('showMore'));
      setText(different, t('looksDifferent'));
      setText(hide, t('hideOnPage'));
      setText(turnOff, t('turnOff'));
      place(callout, true, root, null);
    },
  };
}
