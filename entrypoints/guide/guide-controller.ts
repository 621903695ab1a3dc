/**
 * The on-page guide's brain: from what the page shows and where the shopper
 * stands, decide what to point at, find it (waiting a little for late
 * content), follow it on screen, and render. Everything stops with `signal`.
 */
import { createGuideOverlay, type GuideOverlay } from '@/components/guide/guide-overlay';
import type { GuideView, SearchState } from '@/components/guide/guide-view';
import { currentStep } from '@/utils/flow/progress';
import type { Progress } from '@/utils/flow/progress-schema';
import { stepIndex, type StepId } from '@/utils/flow/steps';
import { pickControl } from '@/utils/detect/find-control';
import { accessibleName, ELEMENT_NODE } from '@/utils/detect/perceive';
import type { CompiledRules, Detection } from '@/utils/detect/matcher';
import { placeCallout, ringAround, type CalloutSize } from '@/utils/guide/callout-position';
import { planGuide, type GuidePlan } from '@/utils/guide/guide-plan';
import { onLanguageChange, t } from '@/utils/i18n/t';
import { wordingIn } from '@/utils/i18n/page-words';
import { stepTitle } from '@/utils/i18n/step-text';
import { STEP_KEYS } from '@/utils/i18n/step-keys';
import type { GuideSettings, LanguageSetting } from '@/utils/settings/settings';
import { packStepText } from '@/utils/packs/apply-pack';
import type { Pack } from '@/utils/packs/pack-schema';
import { uiLocale } from '@/utils/i18n/ui-locale';
import { onEscape } from './escape-key';
import { trackElement, viewportOf, type Tracked, type Tracker } from './element-tracker';
import type { ShadowHost } from './shadow-host';

/** How long a missing control may still be loading before the guide says so. */
export const SEARCH_GRACE_MS = 2500;
const FOLLOW_MS = 100;
/**
 * The callout's size beside a control (its width is fixed) and docked as a bar
 * (its width is the viewport's); each height is measured when drawn that way.
 */
const calloutSize: CalloutSize = { width: 320, height: 230, dock: 96 };

export interface GuideCallbacks {
  turnOff(): void;
  reportDifferent(detection: Detection, step: StepId | null, expected: string | null): void;
  /** The perceivable controls named by one of these (normalised) wordings, from the page reader. */
  controlsNamed(wordings: readonly string[]): Element[];
  /**
   * Asked only when the guide has something to say, in the language its
   * settings choose: whether it has texts to say it with. Until it has, it
   * says nothing; their arrival, a change of language, draws again.
   */
  textsReady(language: LanguageSetting): boolean;
}

/**
 * A batch that opened a dialog or added a popover: the guide must go back on
 * top. Called for every batch while the callout shows, so the added nodes are
 * walked where they are, never copied into an array (`wordsOf` in
 * page-reader.ts has the figures).
 */
function mayOpenLayer(records: readonly MutationRecord[]): boolean {
  for (const r of records) {
    if (r.attributeName === 'open') return true;
    for (const n of r.addedNodes as NodeListOf<Element>)
      if (n.nodeType === ELEMENT_NODE && (n.localName === 'dialog' || n.hasAttribute('popover')))
        return true;
  }
  return false;
}

export function createGuideController(
  signal: AbortSignal,
  /** Puts the guide's element on the page; called once, when there is first something to show. */
  mountUi: () => ShadowHost,
  rules: () => CompiledRules,
  callbacks: GuideCallbacks,
) {
  let detection: Detection | null = null;
  let progress: Progress | null = null;
  let settings: GuideSettings | null = null;
  let pack: Pack | null = null;
  /** What to say and point at: derived once per update, read by locate, view and the actions. */
  let plan: GuidePlan | null = null;
  let hiddenOn: string | null = null;
  let reportedFor: string | null = null;
  let search: { key: string; state: SearchState; timer?: ReturnType<typeof setTimeout> } = {
    key: '',
    state: 'none',
  };
  /**
   * The control being followed (null while there is none: then only what the
   * callout must leave free); measured is null until the first frame.
   */
  let target: { el: HTMLElement | null; measured: Tracked | null; tracker: Tracker } | null = null;

  /** Page mutations come in bursts: follow them at most this often, and only while a callout shows. */
  let moved: ReturnType<typeof setTimeout> | undefined;
  /** Whether the last render showed a callout. */
  let showing = false;
  /** A page mutation since the last follow-up may have opened a dialog or popover. */
  let stackChanged = false;

  const release = () => {
    target?.tracker.stop();
    target = null;
  };

  /** The followed control's name as the page shows it, read once per control. */
  let shown: { el: Element; name: string } | null = null;
  const shownName = (el: Element): string | null => {
    if (shown?.el !== el) shown = { el, name: accessibleName(el).replace(/\s+/g, ' ').trim() };
    return shown.name || null;
  };

  function follow(el: HTMLElement | null) {
    if (target?.el === el) {
      // A new plan or detection: the page may have opened or closed fields.
      target.tracker.schedule();
      return;
    }
    release();
    // The tracker reports from the next frame on, once `followed` is made.
    const followed: NonNullable<typeof target> = {
      el,
      measured: null,
      tracker: trackElement(el, (measured) => {
        followed.measured = measured;
        if (target === followed) draw();
      }),
    };
    target = followed;
  }

  /**
   * Whether the guide may show anything on this page: it has a plan here, is
   * on, and was not hidden here. When not, it follows nothing and asks for no
   * frame: a requested frame alone costs the page a lifecycle update, and a
   * followed control a measure on every scroll (issue #10: no UI work where
   * the guide says nothing, the guide turned off or hidden included).
   */
  const mayShow = (): boolean =>
    !!plan && !!detection?.pageId && !!settings?.guideEnabled && hiddenOn !== detection.pageId;

  function view(): GuideView | null {
    if (
      !plan ||
      !detection?.pageId ||
      !settings ||
      !mayShow() ||
      !callbacks.textsReady(settings.language)
    )
      return null;
    const measured = target?.measured;
    const box = search.state === 'found' && measured?.box;
    const ring = box ? ringAround(box) : null;
    // As the tracker measured it with the rest, where layout is up to date; it is
    // measured again on a resize.
    const { width, height } = measured?.viewport ?? viewportOf(document);
    // The control is quoted in the page's words (issue #11): the found one by its own name,
    // else by its wording in the page's language, else in the shopper's.
    const langs = [document.documentElement.lang, uiLocale(settings)].map((l) => l.slice(0, 2));
    const found = search.state === 'found' && target?.el ? shownName(target.el) : null;
    const controlName =
      found ?? (plan.control ? wordingIn(rules().rules.labels[plan.control], langs) : null);
    const step = plan.step;
    const announcement = [
      step
        ? `${t('stepOfTotal', String(stepIndex(step) + 1))}: ${stepTitle(step)}`
        : t('allDoneTitle'),
      ...plan.errors.map((key) => t(key)),
    ].join('. ');
    const own = step ? packStepText(pack, step, uiLocale(settings)) : { tips: [] };
    // A pack's "what to do" replaces the step's built-in instruction, not page-specific advice.
    const generic = step && plan.say === STEP_KEYS[step].todo;
    const fromPack = own.title !== undefined || !!(generic && own.todo) || own.tips.length > 0;
    return {
      pageId: detection.pageId,
      plan,
      title: own.title ?? (step ? stepTitle(step) : t('allDoneTitle')),
      // A `do_*` instruction names its control as $CONTROL$; other messages have no placeholder.
      say: (generic && own.todo) || t(plan.say, controlName ?? ''),
      tips: own.tips,
      source: fromPack ? (pack?.name ?? null) : null,
      target: ring,
      callout: placeCallout(
        ring,
        calloutSize,
        { width, height },
        measured ?? { keep: [], fields: [] },
      ),
      search: search.state,
      controlName,
      reported: reportedFor === search.key,
      announcement,
    };
  }

  const actions = {
    hide() {
      hiddenOn = detection?.pageId ?? null;
      release();
      draw();
    },
    turnOff() {
      callbacks.turnOff();
    },
    reportDifferent() {
      if (!detection) return;
      reportedFor = search.key;
      callbacks.reportDifferent(detection, plan?.step ?? null, plan?.control ?? null);
      draw();
    },
  };
  /**
   * The guide's element and callout, made the first time there is something
   * to show: where it says nothing (pages outside the journey, every page but
   * the card list once it is done, the guide turned off), the page gets no
   * element of ours, and the script does no UI work.
   */
  let mounted: { ui: ShadowHost; overlay: GuideOverlay } | null = null;
  // The shopper chose another language: the same callout, in it.
  onLanguageChange(() => draw(), signal);
  onEscape(signal, () => {
    if (showing) actions.hide();
  });

  // The callout's real height arrives from a ResizeObserver (no forced layout);
  // a change places it again. A bar opened to show more keeps the place its
  // compact height chose: it must not jump away from the shopper's pointer.
  let measuredCallout: Element | null = null;
  let measuring: ResizeObserver | null = null;
  /** Where the callout was last drawn (placement and position), to know whether a new height moves it. */
  let drawnAt = '';
  const placeOf = (shown: GuideView | null) => {
    const at = shown?.callout;
    return at ? `${at.placement} ${Math.round(at.box.top)} ${Math.round(at.box.left)}` : '';
  };
  const calloutResized: ResizeObserverCallback = ([entry]) => {
    const height = entry?.borderBoxSize[0]?.blockSize ?? 0;
    const callout = entry?.target;
    if (!height || callout?.querySelector('[aria-expanded=true]')) return;
    const key = callout?.getAttribute('data-placement')?.startsWith('dock') ? 'dock' : 'height';
    if (Math.abs(height - calloutSize[key]) > 4) {
      calloutSize[key] = height;
      // Drawn again only if its real height moves it: beside a control it mostly
      // does not, and a frame more is a restyle and a commit for nothing.
      if (placeOf(view()) !== drawnAt) draw();
    }
  };

  /** Renders at the next frame, once per frame however many changes asked for it. */
  let frame = 0;
  function draw() {
    if (signal.aborted) return;
    // Nothing on the page and nothing to put there.
    if (!showing && !mayShow()) return;
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      if (signal.aborted) return;
      // The live region only speaks when its text changes, so re-rendering is quiet.
      const shown = view();
      if (!mounted) {
        if (!shown) return;
        // Made empty a frame before its first words, so that a screen reader
        // already knows the live region when they come.
        const ui = mountUi();
        mounted = { ui, overlay: createGuideOverlay(ui.root, actions) };
        draw();
        return;
      }
      const { overlay } = mounted;
      showing = shown !== null;
      overlay.render(shown);
      drawnAt = placeOf(shown);
      const callout = overlay.callout;
      if (callout !== measuredCallout) {
        measuring ??= new ResizeObserver(calloutResized);
        measuring.disconnect();
        if (callout) measuring.observe(callout);
        measuredCallout = callout;
      }
    });
  }

  /** Finds the control to point at, giving late content a grace period before "missing". */
  function locate() {
    if (!plan || !detection?.pageId) return;
    const key = `${detection.pageId}|${plan.control ?? ''}`;
    if (key !== search.key) {
      clearTimeout(search.timer);
      search = { key, state: plan.control ? 'searching' : 'none' };
      if (plan.control) {
        search.timer = setTimeout(() => {
          if (search.key === key && search.state === 'searching') search.state = 'missing';
          draw();
        }, SEARCH_GRACE_MS);
      }
    }
    const el = plan.control
      ? pickControl(callbacks.controlsNamed(rules().wordings.get(plan.control) ?? []))
      : null;
    if (el) {
      clearTimeout(search.timer);
      search.state = 'found';
    } else if (search.state === 'found') {
      // It was there and went away (a redesign, a re-render): wait again, then say so.
      search = { key: '', state: 'none' };
      return locate();
    }
    follow(el);
  }

  signal.addEventListener('abort', () => {
    cancelAnimationFrame(frame);
    clearTimeout(moved);
    measuring?.disconnect();
    release();
    clearTimeout(search.timer);
    mounted?.overlay.render(null);
  });

  return {
    /**
     * The page mutated somewhere (cheap to call on every batch). While the
     * callout shows, keep it on top and look for a control still awaited (one
     * found tells of its own moves); on a page where it shows nothing, do no
     * UI work at all.
     */
    pageMoved(records: readonly MutationRecord[]) {
      if (signal.aborted || !showing) return;
      if (!stackChanged && mayOpenLayer(records)) stackChanged = true;
      if (moved !== undefined) return;
      moved = setTimeout(() => {
        moved = undefined;
        if (signal.aborted) return;
        // Re-check the top layer only when a dialog or popover may have opened: that
        // check queries the whole page, too costly for every burst of a busy feed.
        mounted?.ui.keepOnTop(stackChanged);
        stackChanged = false;
        // While searching, the control may have come. (A control found tells of its moves
        // itself: element-tracker.ts.)
        if (!target?.el && search.state === 'searching') {
          locate();
          draw();
        }
      }, FOLLOW_MS);
    },
    /** The page changed or a report came back: re-plan, re-find, re-draw. */
    update(next: {
      detection?: Detection;
      progress?: Progress;
      settings?: GuideSettings;
      pack?: Pack | null;
    }) {
      if (next.pack !== undefined) pack = next.pack;
      if (next.detection) {
        if (next.detection.pageId !== detection?.pageId) hiddenOn = null;
        detection = next.detection;
      }
      if (next.progress) progress = next.progress;
      if (next.settings) settings = next.settings;
      plan =
        detection?.pageId && progress
          ? planGuide(detection.site, detection.pageId, currentStep(progress), detection.errors)
          : null;
      mounted?.ui.keepOnTop();
      if (mayShow()) locate();
      else release();
      draw();
    },
  };
}
