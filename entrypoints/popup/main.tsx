import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/popup-app';
import { PopupModelContext } from '@/components/popup/use-popup-model';
import { popupDeps } from './popup-deps';
import { createPopupModel } from './popup-model';
import { trackLanguageInSignals } from '@/utils/i18n/track-language';
import { FIRST_PAINT_ID } from '@/utils/popup-cache/first-paint';
import '@/components/shared/palette.css';
import '@/components/shared/checklist.css';
import '@/components/popup/popup.css';

const model = createPopupModel(popupDeps);
// Asked first: storage reads the snapshot while this page waits, below, for its
// first message (in a new process, a synchronous trip to the browser for the bundle).
model.start();
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');
// Every component that calls t() renders again when the language changes.
trackLanguageInSignals();
// The last known checklist when the toolbar button's address carries it
// (utils/popup-cache/popup-url.ts), else "Loading…" until storage's copy answers; IndexedDB's
// replaces it right after (issue #11).
const draw = () =>
  render(
    <PopupModelContext.Provider value={model}>
      <PopupApp />
    </PopupModelContext.Provider>,
    document.getElementById('app')!,
  );
// A page that paints that checklist itself (utils/popup-cache/first-paint.ts) shows it in
// the browser's first frame, then this: run before that frame, this render would take the
// frame's place and delay it (in 1 of 4 to 1 of 10 opens). Elsewhere, and in a hidden
// page (no frames), at once.
if (document.getElementById(FIRST_PAINT_ID) && document.visibilityState === 'visible')
  requestAnimationFrame(() => setTimeout(draw));
else draw();
