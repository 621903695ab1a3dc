/** The popup as main.tsx mounts it: its model on the given deps, started, the app rendered and settled. */
import { PopupApp } from '@/components/popup/popup-app';
import { PopupModelContext } from '@/components/popup/use-popup-model';
import { createPopupModel, type PopupDeps } from '@/entrypoints/popup/popup-model';
import { mount, settle } from '../render';

export async function mountPopup(deps: PopupDeps) {
  const model = createPopupModel(deps);
  const stop = model.start();
  const app = mount(
    <PopupModelContext.Provider value={model}>
      <PopupApp />
    </PopupModelContext.Provider>,
  );
  await settle();
  return { model, stop, app, $: (selector: string) => app.querySelector<HTMLElement>(selector) };
}
