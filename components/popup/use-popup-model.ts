import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
// Type only: the model lives beside its screen's entrypoint, which provides it.
import type { PopupModel } from '@/entrypoints/popup/popup-model';

export const PopupModelContext = createContext<PopupModel | null>(null);

export function usePopupModel(): PopupModel {
  const model = useContext(PopupModelContext);
  if (!model) throw new Error('usePopupModel needs a PopupModelContext provider');
  return model;
}
