/** The options page as main.tsx mounts it: its model on the given deps, started, the app rendered and settled. */
import { OptionsApp } from '@/components/options/options-app';
import { OptionsModelContext } from '@/components/options/use-options-model';
import { createOptionsModel, type OptionsDeps } from '@/entrypoints/options/options-model';
import { mount, settle } from '../render';

export async function mountOptions(deps: OptionsDeps) {
  const model = createOptionsModel(deps);
  model.start();
  const page = mount(
    <OptionsModelContext.Provider value={model}>
      <OptionsApp />
    </OptionsModelContext.Provider>,
  );
  await settle();
  return { model, page, $: (selector: string) => page.querySelector<HTMLElement>(selector) };
}
