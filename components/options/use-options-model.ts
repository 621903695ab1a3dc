import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
// Type only: the model lives beside its screen's entrypoint, which provides it.
import type { OptionsModel } from '@/entrypoints/options/options-model';

export const OptionsModelContext = createContext<OptionsModel | null>(null);

export function useOptionsModel(): OptionsModel {
  const model = useContext(OptionsModelContext);
  if (!model) throw new Error('useOptionsModel needs an OptionsModelContext provider');
  return model;
}
