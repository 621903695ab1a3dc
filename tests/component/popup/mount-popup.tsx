/** The popup as main.tsx mounts it: its model on the given deps, started, the app rendered. */
import { PopupApp } from '@/components/popup/popup-app';
import { PopupModelContext } from '@/components/popup/use-popup-model';
import { createPopupModel, type PopupDeps } from '@/entrypoints/popup/popup-model';
import { mount, settle } from '../render';

/** The first render only, as main.tsx makes it: nothing awaited after the model starts. */
export function renderPopup(deps: PopupDeps) {
  const model = createPopupModel(deps);
  const stop = model.start();
  const app = mount(
    <PopupModelContext.Provider value={model}>
      <PopupApp />
    </PopupModelContext.Provider>,
  );
  return { model, stop, app, $: (selector: string) => app.querySelector<HTMLElement>(selector) };
}

/** Rendered and settled: whatever the deps answer at once is on screen. */
export async function mountPopup(deps: PopupDeps) {
  const popup = renderPopup(deps);
  await settle();
  return popup;
}
