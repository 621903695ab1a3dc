/**
 * A message of ours kept as its catalogue key and what fills its
 * placeholders, to be worded when it is shown, in the language of that
 * moment: a pack's or a report's errors made before the shopper switched
 * languages follow the switch (issue #11).
 */
import { t, type MessageKey } from './t';

/** A placeholder's content: words as they are (a path, a number), or a message of ours. */
export type LocalArg = string | LocalText;

export interface LocalText {
  key: MessageKey;
  args?: readonly LocalArg[];
}

export function sayText(text: LocalText): string {
  return t(
    text.key,
    (text.args ?? []).map((arg) => (typeof arg === 'string' ? arg : sayText(arg))),
  );
}
