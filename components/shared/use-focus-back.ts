import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * A ref for the button that opens an inline question: once the question
 * closes (answered or cancelled), focus goes back to that button, so a
 * keyboard user is where they were.
 */
export function useFocusBack<T extends HTMLElement>(open: boolean) {
  const ref = useRef<T>(null);
  const wasOpen = useRef(false);
  useLayoutEffect(() => {
    if (wasOpen.current && !open) ref.current?.focus();
    wasOpen.current = open;
  }, [open]);
  return ref;
}
