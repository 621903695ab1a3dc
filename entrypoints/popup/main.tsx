import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/popup-app';
import { PopupModelContext } from '@/components/popup/use-popup-model';
import { popupDeps } from './popup-deps';
import { createPopupModel } from './popup-model';
import '@/components/shared/palette.css';
import '@/components/shared/checklist.css';
import '@/components/popup/popup.css';

const model = createPopupModel(popupDeps);
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = browser.i18n.getMessage('extName');
model.start();
render(
  <PopupModelContext.Provider value={model}>
    <PopupApp />
  </PopupModelContext.Provider>,
  document.getElementById('app')!,
);
