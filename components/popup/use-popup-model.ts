import { useContext } from 'preact/hooks';
import { PopupModelContext, type PopupModel } from '@/utils/popup/popup-model';

export function usePopupModel(): PopupModel {
  const model = useContext(PopupModelContext);
  if (!model) throw new Error('usePopupModel needs a PopupModelContext provider');
  return model;
}
