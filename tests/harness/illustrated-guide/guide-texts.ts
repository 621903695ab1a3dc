/**
 * The words of the illustrated guide, per language, as a pure function of the
 * extension's own catalogue (`public/_locales/<lang>/messages.json`) and an
 * optional guidance pack. A pack's title, instructions and tips replace the
 * built-in ones step by step, exactly as the popup would show them.
 */
import { packStepText } from '../../../utils/packs/apply-pack';
import type { Pack } from '../../../utils/packs/pack-schema';
import { STEP_IDS, type StepId } from '../../../utils/flow/steps';
import { ADVICE_KEYS } from '../../../utils/i18n/advice';
import type { Catalogue } from '../../../utils/i18n/catalogue';
import { formatMessage } from '../../../utils/i18n/format-message';
import { STEP_KEYS } from '../../../utils/i18n/step-keys';

export type { Catalogue };

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

/**
 * A message as the extension shows it (utils/i18n/format-message.ts): a
 * missing key falls back to English, then to the key itself, as `t()` does.
 */
export function message(
  catalogues: { lang: Catalogue; en: Catalogue },
  key: string,
  args: string[] = [],
): string {
  return (
    formatMessage(catalogues.lang, key, args) ?? formatMessage(catalogues.en, key, args) ?? key
  );
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
      title: override.title ?? m(STEP_KEYS[step].title),
      todo: override.todo ?? m(STEP_KEYS[step].todo),
      why: m(STEP_KEYS[step].why),
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
