/**
 * The illustrated guide as one self-contained HTML document: inline CSS,
 * screenshots as data URLs, nothing fetched. Pure: data in, string out.
 * Every text goes through `escapeHtml`, because pack texts are data from a
 * file, not markup (packs reject `<` and `>`, but this does not rely on it).
 */
import type { StepId } from '../../../utils/flow/steps';
import type { GuideTexts } from './guide-texts';

export interface GuideImage {
  step: StepId;
  png: Uint8Array;
  alt: string;
  width: number;
  height: number;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Print and screen alike: A4 pages, one step never split across two. */
const CSS = `
@page { size: A4; margin: 14mm 12mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #1b2430; background: #fff; font: 15px/1.5 system-ui, sans-serif; }
main { max-width: 58rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; }
.brand { font-weight: 600; color: #c2410c; margin: 0; }
h2 { font-size: 1.25rem; margin: 0 0 .4rem; }
h3 { font-size: 1rem; margin: .6rem 0 .2rem; }
.intro, .pack { color: #475467; margin: .2rem 0 1rem; }
.advice { border: 2px solid #e8590c; border-radius: 10px; padding: .6rem 1rem; margin: 0 0 1.25rem; background: #fff7ed; break-inside: avoid; }
.advice ul, .tips { margin: .2rem 0; padding-left: 1.25rem; }
ol.steps { list-style: none; margin: 0; padding: 0; }
ol.steps > li { margin: 0 0 1.5rem; break-inside: avoid; page-break-inside: avoid; }
.count { font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; color: #c2410c; margin: 0; }
.todo { margin: 0 0 .3rem; }
.why { color: #475467; margin: 0 0 .5rem; }
figure { margin: .4rem 0 0; }
img { display: block; width: 100%; height: auto; border: 1px solid #d0d7e2; border-radius: 6px; }
`;

export function renderGuideHtml(texts: GuideTexts, images: GuideImage[]): string {
  const e = escapeHtml;
  const byStep = new Map(images.map((image) => [image.step, image]));
  const steps = texts.steps.map((s) => {
    const image = byStep.get(s.step);
    const tips = s.tips.length
      ? `<h3>${e(texts.tipsLabel)}</h3><ul class="tips">${s.tips.map((tip) => `<li>${e(tip)}</li>`).join('')}</ul>`
      : '';
    const figure = image
      ? `<figure><img src="data:image/png;base64,${Buffer.from(image.png).toString('base64')}" ` +
        `alt="${e(image.alt)}" width="${image.width}" height="${image.height}"></figure>`
      : '';
    return (
      `<li data-step="${e(s.step)}"><section aria-labelledby="step-${e(s.step)}">` +
      `<p class="count">${e(s.count)}</p><h2 id="step-${e(s.step)}">${e(s.title)}</h2>` +
      `<p class="todo">${e(s.todo)}</p>` +
      `<p class="why"><strong>${e(texts.whyLabel)}:</strong> ${e(s.why)}</p>` +
      `${tips}${figure}</section></li>`
    );
  });
  const advice = texts.advice.map((a) => `<li>${e(a)}</li>`).join('');
  return [
    '<!doctype html>',
    `<html lang="${e(texts.lang)}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(`${texts.extName}: ${texts.heading}`)}</title>`,
    `<style>${CSS}</style></head>`,
    '<body><main>',
    `<p class="brand">${e(texts.extName)}</p><h1>${e(texts.heading)}</h1>`,
    `<p class="intro">${e(texts.intro)}</p>`,
    texts.packNote ? `<p class="pack">${e(texts.packNote)}</p>` : '',
    `<section class="advice" aria-labelledby="advice"><h2 id="advice">${e(texts.adviceTitle)}</h2><ul>${advice}</ul></section>`,
    `<ol class="steps">${steps.join('\n')}</ol>`,
    '</main></body></html>',
    '',
  ].join('\n');
}
