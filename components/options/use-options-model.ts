import { useContext } from 'preact/hooks';
import { OptionsModelContext, type OptionsModel } from '@/utils/options/options-model';

export function useOptionsModel(): OptionsModel {
  const model = useContext(OptionsModelContext);
  if (!model) throw new Error('useOptionsModel needs an OptionsModelContext provider');
  return model;
}
