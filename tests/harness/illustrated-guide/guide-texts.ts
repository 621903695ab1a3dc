/**
 * The words of the illustrated guide, per language, as a pure function of the
 * extension's own catalogue (`public/_locales/<lang>/messages.json`) and an
 * optional guidance pack. A pack's title, instructions and tips replace the
 * built-in ones step by step, exactly as the popup would show them.
 */
import { packStepText } from '../../../utils/packs/apply-pack';
import type { Pack } from '../../../utils/packs/pack-schema';
import { STEP_IDS, type StepId } from '../../../utils/flow/steps';

/** A `messages.json` file as `browser.i18n` reads it. */
export type Catalogue = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

export interface StepText {
  step: StepId;
  /** "Step 3 of 5" in the guide's language. */
  count: string;
  title: string;
  todo: string;
  why: string;
  tips: string[];
}

export interface GuideTexts {
  lang: string;
  extName: string;
  heading: string;
  intro: string;
  adviceTitle: string;
  advice: string[];
  whyLabel: string;
  tipsLabel: string;
  steps: StepText[];
  /** Set when a pack supplied texts, so the reader knows where they come from. */
  packNote?: string;
}

/** The advice from the source article, in the order the popup lists it. */
export const ADVICE_KEYS = ['adviceComputer', 'advicePin', 'adviceEdit', 'adviceNoAlternatives'];

/** Words the extension never shows, so its catalogue does not have them. */
const TOOL_WORDS: Record<string, { intro: string; tips: string; pack: string; alt: string }> = {
  en: {
    intro:
      'Each picture shows the page where the step happens, with the guide pointing at what to press.',
    tips: 'Tips',
    pack: 'Instructions and tips from the guidance pack “$1” (version $2).',
    alt: '$1: the $2 page, where the guide highlights “$3” and says what to do.',
  },
  es: {
    intro: 'Cada imagen muestra la página donde se hace el paso, con la guía señalando qué pulsar.',
    tips: 'Consejos',
    pack: 'Instrucciones y consejos del paquete de guía «$1» (versión $2).',
    alt: '$1: la página de $2, donde la guía resalta «$3» y explica qué hacer.',
  },
};

function toolWords(lang: string) {
  return own(TOOL_WORDS, lang.split(/[-_]/)[0]!.toLowerCase()) ?? TOOL_WORDS.en!;
}

/** What a screenshot shows, for its `alt`: the step, the site, the highlighted control. */
export function screenshotAlt(lang: string, step: StepText, site: string, control: string): string {
  return fill(toolWords(lang).alt, [`${step.count}, ${step.title}`, site, control]);
}

/** `$1`…`$9` → parts; a function replacer, so a `$&` inside a part stays literal. */
function fill(template: string, parts: string[]): string {
  return template.replace(/\$(\d)/g, (_, n: string) => parts[Number(n) - 1] ?? '');
}

/** `step_<id>_title` etc.: the catalogue spells step ids with underscores. */
export function stepKey(step: StepId, part: 'title' | 'todo'): string {
  return `step_${step.replace(/-/g, '_')}_${part}`;
}

export function whyKey(step: StepId): string {
  return `why_${step.replace(/-/g, '_')}`;
}

/**
 * A message with `browser.i18n` substitution: `$COUNT$` names a placeholder
 * whose content is `$1`…`$9`; a missing key falls back to English, then to
 * the key itself (what `t()` shows too).
 */
export function message(
  catalogues: { lang: Catalogue; en: Catalogue },
  key: string,
  args: string[] = [],
): string {
  const entry = own(catalogues.lang, key) ?? own(catalogues.en, key);
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = entry.placeholders
      ? own(entry.placeholders, name.toLowerCase())
      : undefined;
    return placeholder ? fill(placeholder.content, args) : whole;
  });
}

export function guideTexts(input: {
  lang: string;
  catalogues: { lang: Catalogue; en: Catalogue };
  pack?: Pack | null;
}): GuideTexts {
  const { lang, catalogues } = input;
  const pack = input.pack ?? null;
  const m = (key: string, args?: string[]) => message(catalogues, key, args);
  const words = toolWords(lang);
  const steps = STEP_IDS.map((step, index): StepText => {
    const override = packStepText(pack, step, lang);
    return {
      step,
      count: m('stepOfTotal', [String(index + 1)]),
      title: override.title ?? m(stepKey(step, 'title')),
      todo: override.todo ?? m(stepKey(step, 'todo')),
      why: m(whyKey(step)),
      tips: override.tips,
    };
  });
  const texts: GuideTexts = {
    lang,
    extName: m('extName'),
    heading: m('popupTitle'),
    intro: words.intro,
    adviceTitle: m('adviceTitle'),
    advice: ADVICE_KEYS.map((key) => m(key)),
    whyLabel: m('whyLabel'),
    tipsLabel: words.tips,
    steps,
  };
  if (pack) texts.packNote = fill(words.pack, [pack.name, pack.version]);
  return texts;
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
