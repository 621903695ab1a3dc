import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
// Type only: the model lives beside its screen's entrypoint, which provides it.
import type { OptionsModel } from '@/entrypoints/options/options-model';

/**
 * The language the page's texts are in. @preact/signals skips re-rendering a
 * component whose props and signals did not change, but t() is no signal: a
 * context change is what makes every component render again in the new language.
 */
export const OptionsLanguageContext = createContext('');

export const OptionsModelContext = createContext<OptionsModel | null>(null);

export function useOptionsModel(): OptionsModel {
  useContext(OptionsLanguageContext);
  const model = useContext(OptionsModelContext);
  if (!model) throw new Error('useOptionsModel needs an OptionsModelContext provider');
  return model;
}
