import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '@/components/popup/popup-app';
import { popupDeps } from '@/utils/popup/popup-deps';
import { createPopupModel, PopupModelContext } from '@/utils/popup/popup-model';
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
