/**
 * Esc hides the guide on this page from anywhere (issue #11), unless the page
 * itself uses the key: it handled the event already, a modal dialog is open,
 * or the focus is in a control where Esc means something (a search field, an
 * open list, a text area, an editable region). Only a real key press counts: a
 * page script cannot dispatch one that hides the guide.
 */
const USES_ESCAPE =
  'input[type=search],select,textarea,[contenteditable]:not([contenteditable=false]),[aria-expanded=true],[role=dialog],[role=alertdialog],[aria-modal=true]';

export function pageUsesEscape(event: KeyboardEvent, doc: Document): boolean {
  if (event.defaultPrevented) return true;
  if (doc.querySelector('dialog[open]:modal')) return true;
  const focused = doc.activeElement;
  return !!focused && focused !== doc.body && !!focused.closest(USES_ESCAPE);
}

export function onEscape(signal: AbortSignal, hide: () => void): void {
  // Bubble phase on the window: the page's own handlers have had their turn.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !event.isTrusted) return;
      if (!pageUsesEscape(event, document)) hide();
    },
    { signal },
  );
}
