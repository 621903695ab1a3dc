import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { OptionsModelContext, type OptionsModel } from '@/utils/options/options-model';

/**
 * The language the page's texts are in. @preact/signals skips re-rendering a
 * component whose props and signals did not change, but t() is no signal: a
 * context change is what makes every component render again in the new language.
 */
export const OptionsLanguageContext = createContext('');

export function useOptionsModel(): OptionsModel {
  useContext(OptionsLanguageContext);
  const model = useContext(OptionsModelContext);
  if (!model) throw new Error('useOptionsModel needs an OptionsModelContext provider');
  return model;
}
