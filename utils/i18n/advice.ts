/**
 * The source article's advice, as catalogue keys in the order it is shown.
 * The one list: the popup shows it, and the illustrated guide prints it.
 */
import type { MessageKey } from './t';

export const ADVICE_KEYS = [
  'adviceComputer',
  'advicePin',
  'adviceEdit',
  'adviceNoAlternatives',
] as const satisfies readonly MessageKey[];
