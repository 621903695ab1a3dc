/**
 * Build step (issue #11): the copies of popup.html that paint the checklist
 * before the popup's script runs (utils/popup-cache/first-paint.ts explains
 * why). Each is the built popup.html, stylesheet and script as they are,
 * with the top of the popup as PopupApp draws it from a snapshot (heading,
 * progress, "what to do now", the checklist) in plain markup with the same
 * classes, so the page's own stylesheet draws both alike. Texts come from the
 * catalogues, escaped; nothing here runs in the page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { STEP_IDS } from '../flow/steps';
import type { Catalogue, CatalogueLanguage } from '../i18n/catalogue';
import { formatMessage } from '../i18n/format-message';
import { STATE_KEYS, STEP_KEYS } from '../i18n/step-keys';
import { FIRST_PAINT_ID, everyFirstPaintPage } from '../popup-cache/first-paint';
import { readPublicCatalogues } from './public-catalogues';
import { POPUP_PAGE } from '../popup-cache/popup-url';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/**
 * The popup's top with the first `done` steps done, in this catalogue's
 * language, in a block that hides the app's root until PopupApp removes it.
 * Inert and hidden from assistive technology: they read the app's own render.
 */
export function firstPaintBlock(lang: string, catalogue: Catalogue, done: number): string {
  const t = (key: string, ...subs: string[]) => {
    const text = formatMessage(catalogue, key, subs);
    if (text === undefined) throw new Error(`popup first paint: no "${key}" in ${lang}`);
    return escapeHtml(text);
  };
  const current = STEP_IDS[done];
  const next = current
    ? `<section class="next"><h2>${t('nextLabel')}: ${t(STEP_KEYS[current].title)}</h2>` +
      `<p>${t(STEP_KEYS[current].todo)}</p>` +
      `<button type="button" class="primary">${t('openStepPage')}</button></section>`
    : `<section class="next next-done"><h2>${t('allDoneTitle')}</h2><p>${t('allDoneText')}</p></section>`;
  const items = STEP_IDS.map((step, i) => {
    const state = i < done ? 'done' : i === done ? 'current' : 'pending';
    return (
      `<li class="step step-${state}"><span class="step-mark">${state === 'done' ? '&#x2713;' : i + 1}</span>` +
      `<span class="step-body"><span class="step-title">${t(STEP_KEYS[step].title)}</span>` +
      `<span class="step-state">${t(STATE_KEYS[state])}</span></span>` +
      `<button type="button" class="link-button">${t(state === 'done' ? 'undo' : 'markDone')}</button></li>`
    );
  });
  const width = (done / STEP_IDS.length) * 100;
  return (
    `<div id="${FIRST_PAINT_ID}" aria-hidden="true" inert><style>#${FIRST_PAINT_ID}~#app{display:none}</style>` +
    `<main class="popup" lang="${lang}"><h1>${t('popupTitle')}</h1>` +
    `<div class="progress"><div class="progress-track"><div class="progress-fill" style="width:${width}%"></div></div>` +
    // Element Timing, as on the script's progress text: the bench reads when the checklist is on screen.
    `<p class="progress-text" elementtiming="checklist">${t('progressLabel', String(done))}</p></div>` +
    `${next}<ol class="checklist">${items.join('')}</ol></main></div>`
  );
}

/** popup.html with the block put before the app's root. */
export function withFirstPaint(html: string, block: string): string {
  const root = '<div id="app"></div>';
  if (!html.includes(root)) throw new Error('popup first paint: popup.html has no <div id="app">');
  return html.replace(root, `${block}${root}`);
}

/** Every first-paint page: its name and its HTML, from the built popup.html. */
export function firstPaintPages(
  popupHtml: string,
  catalogues: Readonly<Record<CatalogueLanguage, Catalogue>>,
): { fileName: string; html: string }[] {
  return everyFirstPaintPage().map(({ lang, done, name }) => ({
    fileName: name,
    html: withFirstPaint(popupHtml, firstPaintBlock(lang, catalogues[lang], done)),
  }));
}

/**
 * Writes the first-paint copies of the built popup.html beside it in
 * `outDir`, with the catalogues in `publicDir`. Run once the build is done
 * (WXT's `build:done`): popup.html is then final, its stylesheet inlined, and
 * WXT, which moves every page its build emits to its entrypoint's place,
 * has nothing to move.
 */
export function writeFirstPaintPages(outDir: string, publicDir: string): void {
  const popupHtml = readFileSync(path.join(outDir, POPUP_PAGE), 'utf8');
  for (const { fileName, html } of firstPaintPages(popupHtml, readPublicCatalogues(publicDir)))
    writeFileSync(path.join(outDir, fileName), html);
}
