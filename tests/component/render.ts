/** Renders a Preact tree into the document and lets the test wait for what it started. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const mounted: HTMLElement[] = [];

/** Renders `tree` into a fresh container in the body; effects have run when it returns. */
export function mount(tree: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.push(container);
  act(() => render(tree, container));
  return container;
}

/** Unmounts everything `mount` rendered (from the setup's afterEach). */
export function unmountAll(): void {
  for (const container of mounted.splice(0)) act(() => render(null, container));
}

/**
 * Lets the fake deps' promises resolve (a macrotask runs after every pending
 * microtask), then flushes Preact's re-renders and effects.
 */
export async function settle(): Promise<void> {
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/** A user's click, then whatever it started. */
export async function click(el: Element | null): Promise<void> {
  if (!(el instanceof HTMLElement)) throw new Error('Nothing to click');
  el.click();
  await settle();
}

/** A key pressed on an element (it bubbles, as a real one does). */
export async function press(el: Element | null, key: string): Promise<void> {
  if (!el) throw new Error('Nothing to press a key on');
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  await settle();
}
